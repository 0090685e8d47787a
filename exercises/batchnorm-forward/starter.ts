/**
 * Batch norm forward. Train: normalise each column with the batch mean and (biased) variance, then
 * out = gamma·x̂ + beta, and update state.runningMean/runningVar. Test: normalise with the running averages.
 * Example: X = [[1,2],[3,6],[5,10]], gamma = [1,2], beta = [0,1] → out[0] ≈ [−1.2247, −1.4495].
 */
export function batchnormForward(X: Mat, gamma: Vec, beta: Vec, state: BNState, mode: 'train' | 'test'): { out: Mat; cache: unknown } {
  throw new Error('not implemented: batchnormForward (exercise 9.1)');
}
