/**
 * Affine layer forward: out = x·W + b, for a batch x (N×D), weights W (D×M), bias b (M).
 * Returns out (N×M) and a cache holding whatever affineBackward will need.
 */
export function affineForward(x: Mat, W: Mat, b: Vec): { out: Mat; cache: any } {
  throw new Error('not implemented: affineForward (exercise 5.4)');
}

/** Affine layer backward: from dout (N×M) and the cache, return dx (N×D), dW (D×M), db (M). */
export function affineBackward(dout: Mat, cache: any): { dx: Mat; dW: Mat; db: Vec } {
  throw new Error('not implemented: affineBackward (exercise 5.4)');
}

/** ReLU forward: out = max(0, x) elementwise, plus a cache for the backward pass. */
export function reluForward(x: Mat): { out: Mat; cache: any } {
  throw new Error('not implemented: reluForward (exercise 5.4)');
}

/** ReLU backward: dx = dout where the input was positive, 0 elsewhere. */
export function reluBackward(dout: Mat, cache: any): Mat {
  throw new Error('not implemented: reluBackward (exercise 5.4)');
}
