import { describe, expect, it } from 'vitest';
import { affineBackward, affineForward, reluBackward, reluForward } from '../../lib/nn/layers';
import { numGradArray, relError } from '../../lib/nn/numgrad';
import { createRng } from '../../lib/nn/rng';
import { linspace, reshape } from '../../lib/nn/tensor';

/** tolerances for this file, in one place */
const TOL = {
  published: 1e-8, // CS231n prints 8 decimals; affine: "error should be around e-9 or less"
  publishedRelu: 1e-7, // CS231n relu_forward: "on the order of e-8" (0.04545455 carries 5e-9 of rounding)
  grad: 1e-7, // analytic vs centered difference, smooth (affine is linear: usually ~1e-10)
};

describe('affineForward', () => {
  it('reproduces the CS231n two_layer_net published output', () => {
    // x = linspace(-0.1, 0.5, 240).reshape(2, 4, 5, 6) flattened to 2×120; w = linspace(-0.2, 0.3, 360).reshape(120, 3)
    const x = reshape(linspace(-0.1, 0.5, 240), 2, 120);
    const W = reshape(linspace(-0.2, 0.3, 360), 120, 3);
    const b = linspace(-0.3, 0.1, 3);
    const { out } = affineForward(x, W, b);
    const published = [
      [1.49834967, 1.70660132, 1.91485297],
      [3.25553199, 3.5141327, 3.77273342],
    ];
    expect(relError(out, published)).toBeLessThan(TOL.published);
  });

  it('has shape N×M and adds b to every row', () => {
    const { out } = affineForward([[0, 0], [0, 0], [0, 0]], [[1, 2, 3, 4], [5, 6, 7, 8]], [1, -1, 2, 0.5]);
    expect(out).toEqual([[1, -1, 2, 0.5], [1, -1, 2, 0.5], [1, -1, 2, 0.5]]);
  });
});

describe('affineBackward', () => {
  it('matches numerical gradients for dx, dW, db on random non-square shapes', () => {
    const rng = createRng(231);
    for (const [N, D, M] of [[10, 6, 5], [1, 3, 2], [4, 5, 3]]) {
      const x = rng.randn(N, D);
      const W = rng.randn(D, M);
      const b = rng.randnVec(M);
      const dout = rng.randn(N, M);
      const { cache } = affineForward(x, W, b);
      const { dx, dW, db } = affineBackward(dout, cache);
      const fwd = () => affineForward(x, W, b).out;
      expect(relError(dx, numGradArray(fwd, x, dout))).toBeLessThan(TOL.grad);
      expect(relError(dW, numGradArray(fwd, W, dout))).toBeLessThan(TOL.grad);
      expect(relError(db, numGradArray(fwd, b, dout))).toBeLessThan(TOL.grad);
    }
  });

  it('db is the SUM of dout over the batch (not the mean)', () => {
    const { cache } = affineForward([[1], [2], [3]], [[1, 1]], [0, 0]);
    expect(affineBackward([[1, 2], [3, 4], [5, 6]], cache).db).toEqual([9, 12]);
  });
});

describe('relu', () => {
  it('reproduces the CS231n relu_forward published values', () => {
    const { out } = reluForward(reshape(linspace(-0.5, 0.5, 12), 3, 4));
    const published = [
      [0, 0, 0, 0],
      [0, 0, 0.04545455, 0.13636364],
      [0.22727273, 0.31818182, 0.40909091, 0.5],
    ];
    expect(relError(out, published)).toBeLessThan(TOL.publishedRelu);
  });

  it('out ≥ 0 everywhere and out = x where x > 0 (random inputs)', () => {
    const rng = createRng(11);
    for (let t = 0; t < 30; t++) {
      const x = rng.randn(rng.int(1, 6), rng.int(1, 6), 5);
      const { out } = reluForward(x);
      out.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(x[i][j] > 0 ? x[i][j] : 0)));
    }
  });

  it('backward matches numerical gradients away from the kink, and masks by the input', () => {
    const rng = createRng(231);
    const x = rng.randn(10, 10).map((r) => r.map((v) => (Math.abs(v) < 1e-3 ? v + 0.01 : v)));
    const dout = rng.randn(10, 10);
    const { cache } = reluForward(x);
    const dx = reluBackward(dout, cache);
    expect(relError(dx, numGradArray(() => reluForward(x).out, x, dout))).toBeLessThan(TOL.grad);
    // negative upstream gradient still flows where x > 0 (masking by dout > 0 would block it)
    expect(reluBackward([[-2, -3]], [[1, -1]])).toEqual([[-2, 0]]);
  });
});
