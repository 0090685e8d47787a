export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const s = z.reduce((a, b) => a + b, 0);
  return z.map((v) => Math.exp(v - m) / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
