/**
 * Push n standard-normal inputs of size `width` through `depth` layers H ← f(H·W) (no biases), each W
 * (width × width) drawn with `scheme`, and return the mean, std and saturated fraction (|a| > 0.99) of
 * each layer's activations. Entry 0 is the first hidden layer. Use rng.normal() for every draw.
 */
export function activationStats(scheme: Scheme, act: 'tanh' | 'relu', depth: number, width: number, n: number, rng: Rng): LayerStats[] {
  throw new Error('not implemented: activationStats (exercise 8.2)');
}
