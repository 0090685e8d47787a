import { describe, expect, it } from 'vitest';
import { gradError, numGrad, numGradArray, relError } from '../../lib/nn/numgrad';
import { createRng } from '../../lib/nn/rng';

/** tolerances for this file, in one place */
const TOL = { smooth: 1e-8 };

describe('numGrad', () => {
  it('gives 2x for f = Σ x² over random vectors and restores x exactly', () => {
    const rng = createRng(231);
    for (let t = 0; t < 20; t++) {
      const x = rng.randnVec(rng.int(1, 8), 3);
      const before = x.slice();
      const g = numGrad(() => x.reduce((s, v) => s + v * v, 0), x) as number[];
      expect(x).toEqual(before);
      expect(relError(g, x.map((v) => 2 * v))).toBeLessThan(TOL.smooth);
    }
  });

  it('works on matrices and returns the matrix shape: f = Σ sin(X_ij)·j', () => {
    const rng = createRng(7);
    const X = rng.randn(3, 5);
    const f = () => X.reduce((s, row) => s + row.reduce((r, v, j) => r + Math.sin(v) * j, 0), 0);
    const g = numGrad(f, X) as number[][];
    expect(g.length).toBe(3);
    expect(g[0].length).toBe(5);
    expect(relError(g, X.map((row) => row.map((v, j) => Math.cos(v) * j)))).toBeLessThan(TOL.smooth);
  });
});

describe('numGradArray', () => {
  it('contracts the local derivative with the upstream gradient (f = x ⊙ x ⊙ c)', () => {
    const rng = createRng(3);
    const x = rng.randn(4, 5);
    const c = rng.randn(4, 5);
    const dout = rng.randn(4, 5);
    const f = () => x.map((row, i) => row.map((v, j) => v * v * c[i][j]));
    const g = numGradArray(f, x, dout);
    const exact = x.map((row, i) => row.map((v, j) => 2 * v * c[i][j] * dout[i][j]));
    expect(relError(g, exact)).toBeLessThan(TOL.smooth);
  });

  it('handles a function whose output shape differs from x (vector in, matrix out)', () => {
    const x = [1.5, -2];
    const f = () => [[x[0] * x[1], x[0]], [x[1] * x[1], 3]];
    const dout = [[1, 2], [3, 4]];
    // ∂/∂x0 = x1·1 + 1·2 = 0 ; ∂/∂x1 = x0·1 + 2x1·3 = 1.5 − 12
    expect(relError(numGradArray(f, x, dout), [0, -10.5])).toBeLessThan(TOL.smooth);
  });
});

describe('relError (CS231n rel_error)', () => {
  it('is the max over entries of |a−b| / max(1e-8, |a|+|b|)', () => {
    expect(relError([1, 2], [1, 2])).toBe(0);
    expect(relError([1, 3], [1, 1])).toBeCloseTo(0.5, 15);
    expect(relError(0, 0)).toBe(0);
    // the 1e-8 floor: two tiny numbers do not produce a relative error of 1
    expect(relError(1e-12, 0)).toBeCloseTo(1e-4, 12);
  });
  it('is Infinity for NaN or mismatched shapes, so a check can never pass by accident', () => {
    expect(relError([NaN], [1])).toBe(Infinity);
    expect(relError([1, 2], [1])).toBe(Infinity);
    expect(relError([[1, 2]], [[1, NaN]])).toBe(Infinity);
  });
});

describe('gradError (gradient-check error on the gradient\'s own scale)', () => {
  it('forgives the absolute noise of a centered difference on an entry that is ~0 by cancellation', () => {
    // relError calls this 1e-3; against 1% of the gradient's scale (5) it is 2e-10 / 0.05 = 4e-9
    expect(relError([5, 1e-7], [5, 1.002e-7])).toBeGreaterThan(1e-4);
    expect(gradError([5, 1e-7], [5, 1.002e-7])).toBeLessThan(1e-8);
  });
  it('still reports real errors: a wrong entry, NaN, a shape mismatch', () => {
    expect(gradError([5, 1], [5, 1.1])).toBeGreaterThan(0.04);
    expect(gradError([5, 0], [5, 0.5])).toBeGreaterThan(0.09);
    expect(gradError([NaN, 1], [1, 1])).toBe(Infinity);
    expect(gradError([1, 2], [1])).toBe(Infinity);
  });
  it('stays below 1e-7 for the centered difference of random affine maps', () => {
    const rng = createRng(77);
    for (let t = 0; t < 50; t++) {
      const x = rng.randn(4, 6);
      const W = rng.randn(6, 5);
      const dout = rng.randn(4, 5);
      const f = () => x.map((r) => W[0].map((_, j) => r.reduce((s, v, d) => s + v * W[d][j], 0)));
      const exact = dout.map((r) => W.map((wr) => wr.reduce((s, w, m) => s + w * r[m], 0)));
      expect(gradError(exact, numGradArray(f, x, dout))).toBeLessThan(1e-7);
    }
  });
});
