/**
 * Regularisation: the L2 penalty and early stopping.
 *
 * L2 (weight decay): R = ½·λ·Σ W² over the WEIGHT matrices only (biases are not penalised: they do not
 * shape the decision boundary's smoothness). The ½ makes the gradient simply λW (CATALOG §0, cs231n).
 */
import type { Mat } from './tensor';

export function l2Penalty(weights: Mat[], lambda: number): { loss: number; grads: Mat[] } {
  let sq = 0;
  for (const W of weights) for (const row of W) for (const w of row) sq += w * w;
  return { loss: 0.5 * lambda * sq, grads: weights.map((W) => W.map((row) => row.map((w) => lambda * w))) };
}

/**
 * Early stopping on a validation curve (epochs numbered from 0).
 * An epoch "improves" when its error is strictly below every earlier one. Training stops at the epoch
 * where `patience` epochs in a row have not improved; if that never happens it runs to the last epoch.
 * bestEpoch is the best epoch seen up to the stop (ties keep the earliest): the weights to restore.
 */
export function earlyStop(valErrors: number[], patience: number): { bestEpoch: number; stopEpoch: number } {
  let bestEpoch = 0;
  for (let e = 1; e < valErrors.length; e++) {
    if (valErrors[e] < valErrors[bestEpoch]) bestEpoch = e;
    else if (e - bestEpoch >= patience) return { bestEpoch, stopEpoch: e };
  }
  return { bestEpoch, stopEpoch: valErrors.length - 1 };
}
