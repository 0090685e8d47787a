/** Plain SGD: returns w − lr·g. */
export function sgdStep(w: Vec, g: Vec, lr: number): Vec {
  throw new Error('not implemented: sgdStep (exercise 7.1)');
}

/**
 * One momentum step in the lecture form: v ← μv + g, then w ← w − lr·v.
 * Leave the new velocity in state.v; return the new weights.
 * Example: w = [1], g = [1], v = [0], lr = 0.1 → v = [1], w = [0.9].
 */
export function momentumStep(w: Vec, g: Vec, state: MomentumState, lr: number, mu = 0.9): Vec {
  throw new Error('not implemented: momentumStep (exercise 7.1)');
}
