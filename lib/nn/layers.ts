/**
 * Affine and ReLU layers in the CS231n convention: a batch x is N×D (one row per example),
 * W is D×M, b has M entries, and out = x·W + b is N×M. Each layer's forward returns a cache that
 * holds exactly what its backward needs; backward takes the upstream gradient dout (same shape as
 * out) and returns the gradients of everything the forward read.
 */
import { type Mat, type Vec, matmul, transpose, sumRows } from './tensor';

/** What affineBackward needs from the forward pass: its inputs. */
export interface AffineCache {
  x: Mat;
  W: Mat;
  b: Vec;
}

/** out = x·W + b, with b added to every row (broadcast over the batch). */
export function affineForward(x: Mat, W: Mat, b: Vec): { out: Mat; cache: AffineCache } {
  const out = matmul(x, W).map((row) => row.map((v, j) => v + b[j]));
  return { out, cache: { x, W, b } };
}

/**
 * dx = dout·Wᵀ (N×D), dW = xᵀ·dout (D×M), db = Σ_rows dout (M).
 * db is a SUM over the batch, not a mean: b is used by every row, so its gradient collects every
 * row's contribution (copy gate), and any 1/N of a mean loss already sits inside dout.
 */
export function affineBackward(dout: Mat, cache: AffineCache): { dx: Mat; dW: Mat; db: Vec } {
  const { x, W } = cache;
  return {
    dx: matmul(dout, transpose(W)),
    dW: matmul(transpose(x), dout),
    db: sumRows(dout),
  };
}

/** out = max(0, x) elementwise; the cache is the input x (its sign decides where gradient flows). */
export function reluForward(x: Mat): { out: Mat; cache: Mat } {
  return { out: x.map((row) => row.map((v) => (v > 0 ? v : 0))), cache: x };
}

/**
 * dx = dout where x > 0, else 0: ReLU is a max gate against the constant 0, so it routes the upstream
 * gradient to x only where x won. At x = 0 exactly we pass 0 (a valid subgradient, CS231n's choice).
 */
export function reluBackward(dout: Mat, cache: Mat): Mat {
  return dout.map((row, i) => row.map((d, j) => (cache[i][j] > 0 ? d : 0)));
}
