/**
 * A fanIn × fanOut weight matrix drawn for the given scheme:
 * zeros → 0, small → N(0, 0.01²), large → N(0, 1), xavier → N(0, 1/fanIn), he → N(0, 2/fanIn),
 * glorot → N(0, 2/(fanIn + fanOut)). Use rng.normal() for the draws.
 */
export function initWeights(fanIn: number, fanOut: number, scheme: Scheme, rng: Rng): Mat {
  throw new Error('not implemented: initWeights (exercise 8.1)');
}
