type Mat = number[][];
interface Params { W1: Mat; b1: number[]; W2: Mat; b2: number[] }

export function l2Penalty(weights: Mat[], lambda: number) {
  let s = 0;
  for (const W of weights) for (const row of W) for (const w of row) s += w * w;
  return { loss: 0.5 * lambda * s, grads: weights.map((W) => W.map((row) => row.map((w) => lambda * w))) };
}

export function addL2(params: Params, grads: Params, dataLoss: number, lambda: number) {
  const reg = l2Penalty([params.W1, params.W2], lambda);
  const plus = (A: Mat, B: Mat) => A.map((row, i) => row.map((v, j) => v + B[i][j]));
  const bias = (b: number[], g: number[]) => g.map((v, i) => v + lambda * b[i]);
  const breg = 0.5 * lambda * [...params.b1, ...params.b2].reduce((s, b) => s + b * b, 0);
  return { loss: dataLoss + reg.loss + breg, grads: { W1: plus(grads.W1, reg.grads[0]), b1: bias(params.b1, grads.b1), W2: plus(grads.W2, reg.grads[1]), b2: bias(params.b2, grads.b2) } };
}
