/**
 * Scale ALL gradients by the same factor min(1, maxNorm / ‖g‖), where ‖g‖ is the global L2 norm over
 * every entry of every tensor. Each entry of `grads` is a vector or a matrix.
 * clipByGlobalNorm([[3, 4]], 1) → [[0.6, 0.8]]
 */
export function clipByGlobalNorm(grads: (Vec | Mat)[], maxNorm: number): (Vec | Mat)[] {
  throw new Error('not implemented: clipByGlobalNorm (exercise 6.1)');
}

/** Clamp every entry of g (a vector or a matrix) to [−c, c]. clipByValue([3, 4], 1) → [1, 1] */
export function clipByValue(g: Vec | Mat, c: number): Vec | Mat {
  throw new Error('not implemented: clipByValue (exercise 6.1)');
}
