export function softmaxCE(Z: number[][], y: number[]) {
  const N = Z.length;
  let loss = 0;
  const dZ = Z.map((z, i) => {
    const e = z.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    loss += Math.log(s) - z[y[i]];
    return e.map((v, j) => (v / s - (j === y[i] ? 1 : 0)) / N);
  });
  return { loss: loss / N, dZ };
}
