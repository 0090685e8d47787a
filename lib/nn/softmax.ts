import type { Mat, Vec } from './tensor';

/**
 * softmax(z)_i = e^{z_i − m} / Σ_j e^{z_j − m}, with m = max_j z_j.
 * Subtracting the max is free (softmax is shift-invariant) and keeps every exponent ≤ 0, so nothing
 * overflows and the denominator is ≥ 1.
 */
export function softmax(z: Vec): Vec {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** logSoftmax(z)_i = z_i − m − log Σ_j e^{z_j − m} (log-sum-exp: finite even where softmax underflows to 0) */
export function logSoftmax(z: Vec): Vec {
  const m = Math.max(...z);
  const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
  return z.map((v) => v - lse);
}

/** softmax of each row (rows are examples, columns are classes) */
export const softmaxRows = (Z: Mat): Mat => Z.map(softmax);
