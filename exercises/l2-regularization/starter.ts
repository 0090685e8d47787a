/**
 * The L2 penalty ½·λ·ΣW² over all the matrices, and its gradient λW for each of them.
 * Example: l2Penalty([[[1, -2], [3, 0.5]]], 0.1) → loss 0.7125, grads [[[0.1, -0.2], [0.3, 0.05]]].
 */
export function l2Penalty(weights: Mat[], lambda: number): { loss: number; grads: Mat[] } {
  throw new Error('not implemented: l2Penalty (exercise 10.1)');
}

/**
 * Total loss and gradients of a 2-layer net with L2 on W1 and W2 (not on the biases):
 * loss = dataLoss + ½λ(ΣW1² + ΣW2²); dW = data gradient + λW; db unchanged.
 */
export function addL2(params: Params, grads: Params, dataLoss: number, lambda: number): { loss: number; grads: Params } {
  throw new Error('not implemented: addL2 (exercise 10.1)');
}
