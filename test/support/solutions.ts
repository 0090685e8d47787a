/** Softmax solutions as a student would type them, used by integration and browser tests. */
export const CORRECT_SOFTMAX = `export function softmax(z: number[]): number[] {
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  const e = z.map((v) => Math.exp(v - m));
  let s = 0;
  for (const v of e) s += v;
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map((row) => softmax(row));
}
`;

/** forgets to subtract the max: NaN on large scores */
export const UNSTABLE_SOFTMAX = `export function softmax(z: number[]): number[] {
  const e = z.map((v) => Math.exp(v));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
`;
