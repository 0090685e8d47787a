/**
 * One Adam step (bias-corrected). Increment state.t first, update state.m and state.v, then step:
 * w ← w − lr·m̂/(√v̂ + eps) with m̂ = m/(1 − beta1^t), v̂ = v/(1 − beta2^t). Returns the new weights.
 * Example: w = [1], g = [0.5], fresh state → w ≈ [0.999] (the first step is lr·sign(g)).
 */
export function adamStep(w: Vec, g: Vec, state: AdamState, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): Vec {
  throw new Error('not implemented: adamStep (exercise 7.3)');
}
