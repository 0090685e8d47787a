/**
 * f = σ(w[0]·x[0] + w[1]·x[1] + w[2]) and its gradients, computed with PRIMITIVE gates only
 * (mul, add, ×(−1), exp, +1, 1/u), backpropagating through each one.
 * neuronStaged([2, -3, -3], [-1, -2]) → { f: 0.7311, dw: [-0.1966, -0.3932, 0.1966], dx: [0.3932, -0.5898] }
 */
export function neuronStaged(w: Vec, x: Vec): { f: number; dw: Vec; dx: Vec } {
  throw new Error('not implemented: neuronStaged (exercise 5.3)');
}

/** The same neuron with the whole sigmoid as ONE gate whose local derivative is σ(a)(1 − σ(a)). */
export function neuronFused(w: Vec, x: Vec): { f: number; dw: Vec; dx: Vec } {
  throw new Error('not implemented: neuronFused (exercise 5.3)');
}
