const matvec = (W: number[][], x: number[]) => W.map((row) => row.reduce((s, w, j) => s + w * x[j], 0));
const addv = (a: number[], b: number[]) => a.map((v, i) => v + b[i]);
type P = { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] };
export function mlp2Forward(p: P, x: number[]) {
  const h = addv(matvec(p.W1, x), p.b1);
  const scores = addv(matvec(p.W2, h.map((v) => Math.max(0, v))), p.b2);
  return { h, scores };
}
