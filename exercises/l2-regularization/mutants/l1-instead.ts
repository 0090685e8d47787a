type Mat = number[][];
interface Params { W1: Mat; b1: number[]; W2: Mat; b2: number[] }

export function l2Penalty(weights: Mat[], lambda: number) {
  let s = 0;
  for (const W of weights) for (const row of W) for (const w of row) s += Math.abs(w);
  return { loss: lambda * s, grads: weights.map((W) => W.map((row) => row.map((w) => lambda * Math.sign(w)))) };
}

export function addL2(params: Params, grads: Params, dataLoss: number, lambda: number) {
  const reg = l2Penalty([params.W1, params.W2], lambda);
  const plus = (A: Mat, B: Mat) => A.map((row, i) => row.map((v, j) => v + B[i][j]));
  return { loss: dataLoss + reg.loss, grads: { W1: plus(grads.W1, reg.grads[0]), b1: grads.b1.slice(), W2: plus(grads.W2, reg.grads[1]), b2: grads.b2.slice() } };
}
