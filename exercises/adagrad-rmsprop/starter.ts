/**
 * One AdaGrad step: r ← r + g², w ← w − lr·g / (√r + eps). Leave the new r in state.r.
 * Example: w = [1], g = [0.5], r = [0], lr = 0.01 → r = [0.25], w ≈ [0.99].
 */
export function adagradStep(w: Vec, g: Vec, state: CacheState, lr: number, eps = 1e-7): Vec {
  throw new Error('not implemented: adagradStep (exercise 7.2)');
}

/**
 * One RMSProp step: r ← ρ·r + (1 − ρ)·g², w ← w − lr·g / (√r + eps). Leave the new r in state.r.
 * Example: w = [1], g = [0.5], r = [0], lr = 0.01 → r = [0.00025], w ≈ [0.6838].
 */
export function rmspropStep(w: Vec, g: Vec, state: CacheState, lr: number, rho = 0.999, eps = 1e-7): Vec {
  throw new Error('not implemented: rmspropStep (exercise 7.2)');
}
