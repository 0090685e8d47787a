// ReLU backward keeps the positive upstream gradients instead of the entries where the input was positive.
const matmul = (A: number[][], B: number[][]) => A.map((row) => B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0)));
const T = (A: number[][]) => A[0].map((_, j) => A.map((row) => row[j]));

export function affineForward(x: number[][], W: number[][], b: number[]) {
  const out = matmul(x, W).map((row) => row.map((v, j) => v + b[j]));
  return { out, cache: { x, W, b } };
}
export function affineBackward(dout: number[][], cache: { x: number[][]; W: number[][]; b: number[] }) {
  const { x, W } = cache;
  const dx = matmul(dout, T(W));
  const dW = matmul(T(x), dout);
  const db = dout[0].map((_, j) => dout.reduce((s, row) => s + row[j], 0));
  return { dx, dW, db };
}
export function reluForward(x: number[][]) {
  return { out: x.map((row) => row.map((v) => Math.max(0, v))), cache: x };
}
export function reluBackward(dout: number[][], cache: number[][]) {
  return dout.map((row, i) => row.map((d, j) => (d > 0 ? d : 0)));
}
