/**
 * Mean softmax cross-entropy over a batch and its gradient.
 * Z: N×C scores (rows are examples), y: N integer labels.
 * loss = (1/N) Σ_i (log Σ_j e^{Z_ij} − Z_i,y_i), computed with log-sum-exp (subtract the row max);
 * dZ = (softmax(Z) − onehot(y)) / N.
 */
export function softmaxCE(Z: Mat, y: number[]): { loss: number; dZ: Mat } {
  throw new Error('not implemented: softmaxCE (exercise 3.2)');
}
