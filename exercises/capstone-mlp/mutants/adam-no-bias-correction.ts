// Mutant: Adam with m and v used as they are (no division by 1 − β^t).
import { affineForward, affineBackward, reluForward, reluBackward, softmaxCE } from '../reference';
import { wire, type AdamState } from '../wiring';

export { affineForward, affineBackward, reluForward, reluBackward, softmaxCE };
export function adamStep(w: number[], g: number[], s: AdamState, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): number[] {
  s.t += 1;
  s.m = s.m.map((m, i) => beta1 * m + (1 - beta1) * g[i]);
  s.v = s.v.map((v, i) => beta2 * v + (1 - beta2) * g[i] * g[i]);
  return w.map((wi, i) => wi - (lr * s.m[i]) / (Math.sqrt(s.v[i]) + eps));
}
export const { initModel, lossAndGrads, train, predict } = wire({ affineForward, affineBackward, reluForward, reluBackward, softmaxCE, adamStep });
