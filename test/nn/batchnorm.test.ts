import { describe, expect, it } from 'vitest';
import { batchNormBackward, batchNormForward, batchNormState } from '../../lib/nn/batchnorm';
import { createRng } from '../../lib/nn/rng';

const TOL = { forward: 1e-9, grad: 1e-7, h: 1e-5 };
const relError = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-8, Math.abs(x) + Math.abs(b[i]))));

/** Σ over entries of out(X)·dout, differentiated numerically with respect to every entry of M (centered, h = 1e-5) */
function numGradArray(f: () => number[][], M: number[][], dout: number[][]): number[][] {
  return M.map((row, i) =>
    row.map((_, j) => {
      const old = M[i][j];
      M[i][j] = old + TOL.h;
      const plus = f();
      M[i][j] = old - TOL.h;
      const minus = f();
      M[i][j] = old;
      let s = 0;
      plus.forEach((r, a) => r.forEach((v, b) => (s += (v - minus[a][b]) * dout[a][b])));
      return s / (2 * TOL.h);
    }),
  );
}

const X = [[1, 2], [3, 6], [5, 10]];

describe('H9: forward, train mode', () => {
  it('normalises with the biased variance, then scales and shifts', () => {
    const st = batchNormState(2);
    const { out } = batchNormForward(X, [1, 2], [0, 1], st, 'train');
    expect(relError(out.flat(), [-1.2247425750014138, -1.4494885945856688, 0, 1, 1.2247425750014138, 3.449488594585669])).toBeLessThan(TOL.forward);
    expect(relError([...st.runningMean, ...st.runningVar], [0.3, 0.6, 1.1666666666666667, 1.9666666666666668])).toBeLessThan(TOL.forward);
  });
  it('test mode uses the running statistics and does not change them', () => {
    const st = { runningMean: [3, 6], runningVar: [8 / 3, 32 / 3] };
    const { out } = batchNormForward(X, [1, 2], [0, 1], st, 'test');
    expect(relError(out.flat(), [-1.2247425750014138, -1.4494885945856688, 0, 1, 1.2247425750014138, 3.449488594585669])).toBeLessThan(TOL.forward);
    expect(st.runningMean).toEqual([3, 6]);
  });
  it('property: per-column mean ≈ β and std ≈ γ on random batches (cs231n)', () => {
    const rng = createRng(231);
    for (let k = 0; k < 20; k++) {
      const N = rng.int(2, 200), D = rng.int(1, 6);
      const Xr = rng.randn(N, D, 5).map((r) => r.map((v) => v + 12));
      const gamma = rng.randnVec(D).map((v) => 1 + Math.abs(v)), beta = rng.randnVec(D);
      const { out } = batchNormForward(Xr, gamma, beta, batchNormState(D), 'train');
      for (let j = 0; j < D; j++) {
        const col = out.map((r) => r[j]);
        const m = col.reduce((a, b) => a + b, 0) / N;
        const sd = Math.sqrt(col.reduce((s, v) => s + (v - m) ** 2, 0) / N);
        expect(m).toBeCloseTo(beta[j], 9);
        expect(sd).toBeCloseTo(gamma[j], 4); // eps = 1e-5 makes std slightly < γ
      }
    }
  });
});

describe('H10: backward', () => {
  const dout = [[1, -1], [0.5, 2], [-2, 0]];
  it('matches the catalog values', () => {
    const { cache } = batchNormForward(X, [1, 2], [0, 1], batchNormState(2), 'train');
    const { dx, dgamma, dbeta } = batchNormBackward(dout, cache);
    expect(relError(dx.flat(), [-0.20412031792466076, -0.5103104109211898, 0.4082475250004713, 1.0206202477440287, -0.20412720707581053, -0.5103098368228388])).toBeLessThan(TOL.forward);
    expect(relError(dgamma, [-3.6742277250042417, 1.2247442972928344])).toBeLessThan(TOL.forward);
    expect(relError(dbeta, [-0.5, 1.0])).toBeLessThan(TOL.forward);
  });
  it('finite differences for dx, dγ, dβ on random batches; columns of dx sum to 0', () => {
    const rng = createRng(231);
    for (let k = 0; k < 10; k++) {
      // N ≥ 3: with N = 2 the normalised batch is ±1 whatever x is, so dx ≈ 0 and a relative error means nothing
      const N = rng.int(3, 6), D = rng.int(1, 5);
      const Xr = rng.randn(N, D, 5).map((r) => r.map((v) => v + 12));
      const gamma = [rng.randnVec(D)], beta = [rng.randnVec(D)];
      const up = rng.randn(N, D);
      const fwd = () => batchNormForward(Xr, gamma[0], beta[0], batchNormState(D), 'train').out;
      const { dx, dgamma, dbeta } = batchNormBackward(up, batchNormForward(Xr, gamma[0], beta[0], batchNormState(D), 'train').cache);
      expect(relError(dx.flat(), numGradArray(fwd, Xr, up).flat())).toBeLessThan(TOL.grad);
      expect(relError(dgamma, numGradArray(fwd, gamma, up)[0])).toBeLessThan(TOL.grad);
      expect(relError(dbeta, numGradArray(fwd, beta, up)[0])).toBeLessThan(TOL.grad);
      for (let j = 0; j < D; j++) expect(Math.abs(dx.reduce((s, r) => s + r[j], 0))).toBeLessThan(1e-9);
    }
  });
});
