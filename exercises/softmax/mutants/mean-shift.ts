export function softmax(z: number[]): number[] {
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const e = z.map((v) => Math.exp(v - mean));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
