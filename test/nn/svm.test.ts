import { describe, expect, it } from 'vitest';
import { numGrad, relError } from '../../lib/nn/numgrad';
import { createRng } from '../../lib/nn/rng';
import { svmLoss, svmLossOne } from '../../lib/nn/svm';

/** tolerances for this file, in one place */
const TOL = { value: 1e-12, grad: 1e-7, cs231nLoss: 0.05 };

describe('svmLoss: CATALOG §3 reference values', () => {
  it('H2: the lecture example gives 1.95 and 2.01', () => {
    expect(svmLossOne([0.35, 0.33, 0.32], 0)).toBeCloseTo(1.95, 12);
    expect(svmLossOne([0.33, 0.35, 0.32], 0)).toBeCloseTo(2.01, 12);
  });
  it('H3: all-equal scores over C = 10 classes give C − 1 = 9 for any label', () => {
    for (const y of [0, 4, 9]) expect(svmLoss([Array(10).fill(0.7)], [y]).loss).toBe(9);
  });
  it('H3b: [3.2, 5.1, −1.7], y = 0 gives 2.9 and dZ = [−1, 1, 0]', () => {
    const { loss, dZ } = svmLoss([[3.2, 5.1, -1.7]], [0]);
    expect(relError(loss, 2.9)).toBeLessThan(TOL.value);
    expect(dZ).toEqual([[-1, 1, 0]]);
  });
  it('CS231n notes: [10, −2, 3] with y = 0 already satisfies every margin: loss 0', () => {
    expect(svmLoss([[10, -2, 3]], [0]).loss).toBe(0);
  });
  it('CS231n sanity: 0.001·randn(50, 10) gives a loss of about C − 1 = 9', () => {
    const rng = createRng(231);
    const Z = rng.randn(50, 10, 0.001);
    const y = Z.map(() => rng.int(0, 9));
    expect(Math.abs(svmLoss(Z, y).loss - 9)).toBeLessThan(TOL.cs231nLoss);
  });
});

describe('svmLoss: gradient and properties on random batches', () => {
  it('dZ matches the centered difference (margins kept away from 0)', () => {
    const rng = createRng(5);
    for (let t = 0; t < 10; t++) {
      const [N, C] = [rng.int(1, 5), rng.int(2, 6)];
      const Z = rng.randn(N, C, 2);
      const y = Z.map(() => rng.int(0, C - 1));
      // skip draws where some margin sits within 1e-3 of the hinge
      const nearKink = Z.some((z, i) => z.some((v, j) => j !== y[i] && Math.abs(v - z[y[i]] + 1) < 1e-3));
      if (nearKink) continue;
      const { dZ } = svmLoss(Z, y);
      expect(relError(dZ, numGrad(() => svmLoss(Z, y).loss, Z))).toBeLessThan(TOL.grad);
    }
  });
  it('each dZ row sums to 0 and the true class gets −(violations)/N', () => {
    const rng = createRng(9);
    for (let t = 0; t < 20; t++) {
      const Z = rng.randn(4, 5, 1.5);
      const y = Z.map(() => rng.int(0, 4));
      const { dZ } = svmLoss(Z, y);
      dZ.forEach((row, i) => {
        expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(TOL.value);
        const violations = Z[i].filter((v, j) => j !== y[i] && v - Z[i][y[i]] + 1 > 0).length;
        expect(row[y[i]]).toBeCloseTo(-violations / 4, 12);
      });
    }
  });
  it('the loss is the mean of per-example losses and never negative', () => {
    const rng = createRng(12);
    const Z = rng.randn(6, 4, 3);
    const y = Z.map(() => rng.int(0, 3));
    const mean = Z.reduce((s, z, i) => s + svmLossOne(z, y[i]), 0) / 6;
    expect(svmLoss(Z, y).loss).toBeCloseTo(mean, 12);
    expect(svmLoss(Z, y).loss).toBeGreaterThanOrEqual(0);
  });
});
