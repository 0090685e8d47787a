/** σ(x) = 1 / (1 + e^(−x)) entry by entry; must not overflow for x = ±800. */
export function sigmoid(x: Vec): Vec {
  throw new Error('not implemented: sigmoid (exercise 2.1)');
}

/** tanh(x) entry by entry. */
export function tanh(x: Vec): Vec {
  throw new Error('not implemented: tanh (exercise 2.1)');
}

/** max(0, x) entry by entry. */
export function relu(x: Vec): Vec {
  throw new Error('not implemented: relu (exercise 2.1)');
}

/** x for x > 0, alpha·x otherwise. */
export function leakyRelu(x: Vec, alpha = 0.01): Vec {
  throw new Error('not implemented: leakyRelu (exercise 2.1)');
}

/** dout ⊙ σ′(x), with σ′ = σ(1 − σ). x is the forward input. */
export function sigmoidBackward(dout: Vec, x: Vec): Vec {
  throw new Error('not implemented: sigmoidBackward (exercise 2.1)');
}

/** dout ⊙ tanh′(x), with tanh′ = 1 − tanh². */
export function tanhBackward(dout: Vec, x: Vec): Vec {
  throw new Error('not implemented: tanhBackward (exercise 2.1)');
}

/** dout where x > 0, 0 elsewhere. */
export function reluBackward(dout: Vec, x: Vec): Vec {
  throw new Error('not implemented: reluBackward (exercise 2.1)');
}

/** dout where x > 0, alpha·dout elsewhere. */
export function leakyReluBackward(dout: Vec, x: Vec, alpha = 0.01): Vec {
  throw new Error('not implemented: leakyReluBackward (exercise 2.1)');
}
