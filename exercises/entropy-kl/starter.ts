/** H(p) = −Σ p_i log p_i in nats, with 0·log 0 = 0. */
export function entropy(p: Vec): number {
  throw new Error('not implemented: entropy (exercise 3.3)');
}

/** H(p, q) = −Σ p_i log q_i (p: truth, q: model), terms with p_i = 0 contribute 0. */
export function crossEntropy(p: Vec, q: Vec): number {
  throw new Error('not implemented: crossEntropy (exercise 3.3)');
}

/** KL(p‖q) = Σ p_i log(p_i / q_i), terms with p_i = 0 contribute 0. */
export function kl(p: Vec, q: Vec): number {
  throw new Error('not implemented: kl (exercise 3.3)');
}
