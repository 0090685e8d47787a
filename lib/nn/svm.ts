/**
 * Multiclass SVM (hinge) loss, CS231n convention with margin Δ = 1:
 *   L_i = Σ_{j≠y_i} max(0, s_j − s_{y_i} + Δ),   L = (1/N) Σ_i L_i.
 * It is satisfied once the correct score leads every other by Δ; cross-entropy never is.
 */
import type { Mat, Vec } from './tensor';

/** Hinge loss of one score vector; the true class is skipped (it would add Δ to every example). */
export function svmLossOne(z: Vec, y: number, delta = 1): number {
  let loss = 0;
  for (let j = 0; j < z.length; j++) if (j !== y) loss += Math.max(0, z[j] - z[y] + delta);
  return loss;
}

/**
 * Mean hinge loss over a batch Z (N×C, one row per example) and its gradient dZ.
 * For a violated margin (s_j − s_y + Δ > 0): ∂L_i/∂s_j = 1 and ∂L_i/∂s_y = −1, so the true class
 * collects −(number of violations). At a margin of exactly 0 we use 0 (a valid subgradient).
 * Everything is divided by N because the loss is a mean.
 */
export function svmLoss(Z: Mat, y: number[], delta = 1): { loss: number; dZ: Mat } {
  const N = Z.length;
  let total = 0;
  const dZ = Z.map((z, i) => {
    const d = z.map(() => 0);
    for (let j = 0; j < z.length; j++) {
      if (j === y[i]) continue;
      const margin = z[j] - z[y[i]] + delta;
      if (margin > 0) {
        total += margin;
        d[j] += 1 / N;
        d[y[i]] -= 1 / N;
      }
    }
    return d;
  });
  return { loss: total / N, dZ };
}
