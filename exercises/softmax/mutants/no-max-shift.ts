export function softmax(z: number[]): number[] {
  const e = z.map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
