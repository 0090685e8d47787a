// The reference solution, written as a student would submit it, built on lib/nn.
import { l2Penalty as nnL2Penalty } from '../../lib/nn/regularization';

type Mat = number[][];
interface Params { W1: Mat; b1: number[]; W2: Mat; b2: number[] }

export function l2Penalty(weights: Mat[], lambda: number) {
  return nnL2Penalty(weights, lambda);
}

export function addL2(params: Params, grads: Params, dataLoss: number, lambda: number) {
  const reg = nnL2Penalty([params.W1, params.W2], lambda);
  const plus = (A: Mat, B: Mat) => A.map((row, i) => row.map((v, j) => v + B[i][j]));
  return {
    loss: dataLoss + reg.loss,
    grads: { W1: plus(grads.W1, reg.grads[0]), b1: grads.b1.slice(), W2: plus(grads.W2, reg.grads[1]), b2: grads.b2.slice() },
  };
}
