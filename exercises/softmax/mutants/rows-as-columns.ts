export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  // normalises each column instead of each row
  const cols = Z[0].map((_, j) => softmax(Z.map((row) => row[j])));
  return Z.map((row, i) => row.map((_, j) => cols[j][i]));
}
