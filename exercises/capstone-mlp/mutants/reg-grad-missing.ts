// Mutant: ½·reg·ΣW² is added to the loss, but reg·W is never added to dW1 and dW2.
import * as ref from '../reference';
import { wire, type Model } from '../wiring';

export { affineForward, affineBackward, reluForward, reluBackward, softmaxCE, adamStep, initModel, predict } from '../reference';
export function lossAndGrads(model: Model, X: number[][], y: number[], reg = 0) {
  const withoutReg = ref.lossAndGrads(model, X, y, 0);
  const sq = (W: number[][]) => W.reduce((s, row) => s + row.reduce((t, w) => t + w * w, 0), 0);
  return { loss: withoutReg.loss + 0.5 * reg * (sq(model.W1) + sq(model.W2)), grads: withoutReg.grads };
}
export const { train } = wire(ref, { loss: lossAndGrads });
