/**
 * Batch norm forward, train mode (batch mean and biased variance, no running averages).
 * Return the output and a cache holding whatever batchnormBackward will need.
 */
export function batchnormForward(X: Mat, gamma: Vec, beta: Vec, eps = 1e-5): { out: Mat; cache: unknown } {
  throw new Error('not implemented: batchnormForward (exercise 9.2)');
}

/**
 * Gradients of batch norm: dbeta = Σ dout, dgamma = Σ dout·x̂ (sums over the batch), and dx through
 * all three paths (x̂, μ and σ²). Each column of dx sums to 0.
 */
export function batchnormBackward(dout: Mat, cache: any): { dx: Mat; dgamma: Vec; dbeta: Vec } {
  throw new Error('not implemented: batchnormBackward (exercise 9.2)');
}
