import type { Vec } from './tensor';

/**
 * Activation functions and their derivatives with respect to the input.
 *
 * Scalar versions first (forward and derivative side by side), then the layer-style backward on
 * vectors: `xxxBackward(dout, x) = dout ⊙ f'(x)`, "upstream gradient × local gradient". The cache a
 * layer keeps is its INPUT x, so every derivative here is written as a function of x.
 */

/**
 * σ(x) = 1 / (1 + e^{−x}), range (0, 1).
 * Two branches so the exponent is never positive: e^{800} would overflow to Infinity and the
 * textbook e^x / (1 + e^x) would give Infinity / Infinity = NaN.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * σ'(x) = σ(x)(1 − σ(x)) = σ(x)·σ(−x), at most 0.25 (at x = 0).
 * The product form avoids computing 1 − σ(x) for large x, where σ(x) rounds to 1 and the
 * difference would lose every significant digit.
 */
export function sigmoidGrad(x: number): number {
  return sigmoid(x) * sigmoid(-x);
}

/** tanh(x) = (e^x − e^{−x}) / (e^x + e^{−x}) = 2σ(2x) − 1, range (−1, 1), zero-centred. */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/**
 * tanh'(x) = 1 − tanh²(x) = 1 / cosh²(x).
 * The cosh form keeps full relative precision where tanh(x) rounds to ±1 (and gives exactly 0 once
 * cosh overflows, which is the right limit).
 */
export function tanhGrad(x: number): number {
  const c = Math.cosh(x);
  return 1 / (c * c);
}

/** relu(x) = max(0, x) */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** relu'(x) = 1 for x > 0, else 0 (the kink at 0 gets 0, as in CS231n's relu_backward) */
export function reluGrad(x: number): number {
  return x > 0 ? 1 : 0;
}

/** leakyRelu(x) = x for x > 0, αx otherwise (α = 0.01 in the lecture): negative inputs keep a small slope. */
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? x : alpha * x;
}

/** leakyRelu'(x) = 1 for x > 0, α otherwise — never 0, which is the point of the leak. */
export function leakyReluGrad(x: number, alpha = 0.01): number {
  return x > 0 ? 1 : alpha;
}

/* ---- layer-style backward on vectors: dx = dout ⊙ f'(x), with x the cached input ---- */

export const sigmoidBackward = (dout: Vec, x: Vec): Vec => dout.map((d, i) => d * sigmoidGrad(x[i]));
export const tanhBackward = (dout: Vec, x: Vec): Vec => dout.map((d, i) => d * tanhGrad(x[i]));
export const reluBackward = (dout: Vec, x: Vec): Vec => dout.map((d, i) => d * reluGrad(x[i]));
export const leakyReluBackward = (dout: Vec, x: Vec, alpha = 0.01): Vec =>
  dout.map((d, i) => d * leakyReluGrad(x[i], alpha));
