function stableSoftmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
function logSumExp(z: number[]): number {
  const m = Math.max(...z);
  return m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
}
export function softmaxCE(Z: number[][], y: number[]) {
  let loss = 0;
  const dZ = Z.map((z, i) => {
    loss += logSumExp(z) - z[y[i]];
    return stableSoftmax(z).map((v, j) => v - (j === y[i] ? 1 : 0));
  });
  return { loss, dZ };
}
