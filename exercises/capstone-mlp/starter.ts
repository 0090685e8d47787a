// Capstone (exercise 11.9): paste or rewrite your pieces from the earlier exercises, then wire them.

/** Affine forward: out = x·W + b for a batch x (N×D), W (D×M), b (M); returns out and a cache. */
export function affineForward(x: Mat, W: Mat, b: Vec): { out: Mat; cache: any } {
  throw new Error('not implemented: affineForward (exercise 11.9, piece 1)');
}

/** Affine backward: dx = dout·Wᵀ, dW = xᵀ·dout, db = Σ over the batch of dout. */
export function affineBackward(dout: Mat, cache: any): { dx: Mat; dW: Mat; db: Vec } {
  throw new Error('not implemented: affineBackward (exercise 11.9, piece 1)');
}

/** ReLU forward: max(0, x) elementwise, and a cache. */
export function reluForward(x: Mat): { out: Mat; cache: any } {
  throw new Error('not implemented: reluForward (exercise 11.9, piece 2)');
}

/** ReLU backward: dout where the input was positive, 0 elsewhere. */
export function reluBackward(dout: Mat, cache: any): Mat {
  throw new Error('not implemented: reluBackward (exercise 11.9, piece 2)');
}

/** Mean softmax cross-entropy of the N×C scores Z (log-sum-exp!) and dZ = (softmax(Z) − onehot(y))/N. */
export function softmaxCE(Z: Mat, y: number[]): { loss: number; dZ: Mat } {
  throw new Error('not implemented: softmaxCE (exercise 11.9, piece 3)');
}

/** One bias-corrected Adam step on a flat parameter vector; updates state, returns the new weights. */
export function adamStep(w: Vec, g: Vec, state: AdamState, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): Vec {
  throw new Error('not implemented: adamStep (exercise 11.9, piece 4)');
}

/**
 * The assembled net: scores = relu(X·W1 + b1)·W2 + b2; loss = mean softmaxCE + ½·reg·(ΣW1² + ΣW2²).
 * Returns the loss and the gradient of every parameter (same shapes as the model).
 */
export function lossAndGrads(model: Model, X: Mat, y: number[], reg = 0): { loss: number; grads: Model } {
  throw new Error('not implemented: lossAndGrads (exercise 11.9, wiring)');
}

/**
 * Train a fresh net (He init, zero biases) with Adam for opts.steps steps on mini-batches of
 * opts.batchSize examples. Returns the trained model and the loss of every step.
 */
export function train(X: Mat, y: number[], opts: TrainOptions): { model: Model; losses: number[] } {
  throw new Error('not implemented: train (exercise 11.9, wiring)');
}

/** The predicted class (index of the highest score) of every row of X. */
export function predict(model: Model, X: Mat): number[] {
  throw new Error('not implemented: predict (exercise 11.9, wiring)');
}
