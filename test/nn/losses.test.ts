import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/nn/rng';
import { crossEntropy, entropy, kl, softmaxCrossEntropy } from '../../lib/nn/losses';

/** Tolerances for this file, in one place. */
// grad: relative error of analytic vs numerical gradient; gradAbs: the numerical gradient's own rounding
// noise (≈ eps·|loss|/h ≈ 1e-10), so tiny entries are compared absolutely instead of relatively
const TOL = { value: 1e-9, grad: 1e-7, gradAbs: 1e-9, identity: 1e-12 };
const H = 1e-5;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
const relMat = (A: number[][], B: number[][]) => Math.max(...A.flatMap((r, i) => r.map((v, j) => rel(v, B[i][j]))));

/** centered differences of a scalar function of a matrix, entry by entry */
function numGradMat(f: (Z: number[][]) => number, Z: number[][]): number[][] {
  return Z.map((row, i) =>
    row.map((_, j) => {
      const old = Z[i][j];
      Z[i][j] = old + H;
      const fp = f(Z);
      Z[i][j] = old - H;
      const fm = f(Z);
      Z[i][j] = old;
      return (fp - fm) / (2 * H);
    }),
  );
}

describe('softmaxCrossEntropy (CATALOG H2, H3, H3b, §3.2 #2)', () => {
  it('lecture example: CE_A = 1.0820235217165082, CE_B = 1.1020235217165082', () => {
    expect(rel(softmaxCrossEntropy([[0.35, 0.33, 0.32]], [0]).loss, 1.0820235217165082)).toBeLessThan(TOL.value);
    expect(rel(softmaxCrossEntropy([[0.33, 0.35, 0.32]], [0]).loss, 1.1020235217165082)).toBeLessThan(TOL.value);
  });
  it('equal scores over 10 classes give ln 10 for any label', () => {
    for (const y of [0, 4, 9]) expect(rel(softmaxCrossEntropy([new Array(10).fill(0.3)], [y]).loss, 2.302585092994046)).toBeLessThan(TOL.value);
  });
  it('H3b: loss and gradient for [3.2, 5.1, −1.7], y = 0', () => {
    const { loss, dZ } = softmaxCrossEntropy([[3.2, 5.1, -1.7]], [0]);
    expect(rel(loss, 2.0403551528001698)).toBeLessThan(TOL.value);
    expect(relMat(dZ, [[-0.8700174609828268, 0.8690495352082659, 0.0009679257745610439]])).toBeLessThan(TOL.value);
  });
  it('is finite where −log(softmax) underflows: CE([−1000, 0, 1000], y = 0) = 2000', () => {
    const { loss, dZ } = softmaxCrossEntropy([[-1000, 0, 1000]], [0]);
    expect(loss).toBe(2000);
    expect(dZ).toEqual([[-1, 0, 1]]);
  });
  it('averages over the batch: a batch of two copies has the single example loss and half its gradient', () => {
    const one = softmaxCrossEntropy([[3.2, 5.1, -1.7]], [0]);
    const two = softmaxCrossEntropy([[3.2, 5.1, -1.7], [3.2, 5.1, -1.7]], [0, 0]);
    expect(rel(two.loss, one.loss)).toBeLessThan(TOL.identity);
    expect(relMat(two.dZ, [one.dZ[0].map((v) => v / 2), one.dZ[0].map((v) => v / 2)])).toBeLessThan(TOL.identity);
  });
  it('CS231n sanity check: 0.001·randn(50, 10) gives a loss near ln 10', () => {
    const rng = createRng(231);
    const Z = rng.randn(50, 10, 0.001);
    const y = Array.from({ length: 50 }, () => rng.int(0, 9));
    expect(Math.abs(softmaxCrossEntropy(Z, y).loss - Math.log(10))).toBeLessThan(0.01);
  });
  it('dZ matches the numerical gradient and its rows sum to 0 on random batches', () => {
    const rng = createRng(5);
    for (const [N, C] of [[4, 5], [3, 7], [1, 3], [50, 10]]) {
      const Z = rng.randn(N, C, N === 50 ? 0.001 : 2);
      const y = Array.from({ length: N }, () => rng.int(0, C - 1));
      const { dZ } = softmaxCrossEntropy(Z, y);
      const num = numGradMat((M) => softmaxCrossEntropy(M, y).loss, Z);
      dZ.forEach((row, i) => row.forEach((v, j) => {
        expect(Math.abs(v - num[i][j])).toBeLessThanOrEqual(TOL.grad * (Math.abs(v) + Math.abs(num[i][j])) + TOL.gradAbs);
      }));
      for (const row of dZ) expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-15);
    }
  });
});

describe('entropy, cross-entropy, KL (CATALOG H4)', () => {
  const p = [0.5, 0.25, 0.25];
  const u = [1 / 3, 1 / 3, 1 / 3];
  const q2 = [0.7, 0.2, 0.1];
  it('reproduces H4', () => {
    expect(rel(entropy(p), 1.0397207708399179)).toBeLessThan(TOL.value);
    expect(rel(entropy(p) / Math.log(2), 1.5)).toBeLessThan(TOL.value);
    expect(rel(kl(p, u), 0.05889151782819174)).toBeLessThan(TOL.value);
    expect(rel(crossEntropy(p, u), 1.0986122886681098)).toBeLessThan(TOL.value);
    expect(rel(kl(p, q2), 0.11662245248648477)).toBeLessThan(TOL.value);
    expect(rel(kl(q2, p), 0.09927278218459154)).toBeLessThan(TOL.value);
  });
  it('0·log 0 = 0: a certain outcome has entropy 0 and zero entries give no NaN', () => {
    expect(entropy([0, 1, 0])).toBe(0);
    expect(Number.isFinite(kl([0, 0.5, 0.5], [0.2, 0.3, 0.5]))).toBe(true);
    expect(crossEntropy([0, 1, 0], [0.2, 0.5, 0.3])).toBe(-Math.log(0.5));
  });

  const rng = createRng(99);
  const randomDist = (n: number, withZero: boolean) => {
    const w = Array.from({ length: n }, () => rng.next() + 1e-3);
    if (withZero) w[rng.int(0, n - 1)] = 0;
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / s);
  };
  it('H(p, q) = H(p) + KL(p‖q), KL ≥ 0, KL(p‖p) = 0, H(p) ≤ log n, on 1000 random pairs', () => {
    for (let k = 0; k < 1000; k++) {
      const n = rng.int(2, 8);
      const a = randomDist(n, k % 3 === 0);
      const b = randomDist(n, false);
      expect(Math.abs(crossEntropy(a, b) - entropy(a) - kl(a, b))).toBeLessThan(TOL.identity);
      expect(kl(a, b)).toBeGreaterThanOrEqual(0);
      expect(kl(a, a)).toBe(0);
      expect(entropy(a)).toBeLessThanOrEqual(Math.log(n) + 1e-12);
    }
  });
  it('with a one-hot truth, cross-entropy equals KL', () => {
    const q = randomDist(5, false);
    expect(crossEntropy([0, 0, 1, 0, 0], q)).toBe(kl([0, 0, 1, 0, 0], q));
  });
});
