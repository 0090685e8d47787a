/**
 * Forward pass of a 2-layer MLP on one input x (length D):
 *   h = max(0, W1·x + b1)     (length H, ReLU applied entry by entry)
 *   scores = W2·h + b2        (length C, no activation)
 */
export function mlp2Forward(p: Mlp2Params, x: Vec): { h: Vec; scores: Vec } {
  throw new Error('not implemented: mlp2Forward (exercise 1.2)');
}
