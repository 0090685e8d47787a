/**
 * Mean multiclass SVM (hinge) loss over a batch, and its gradient.
 *
 *   L_i = Σ_{j ≠ y_i} max(0, Z[i][j] − Z[i][y_i] + delta),   loss = (1/N) Σ_i L_i
 *
 * Z is N×C (one row of class scores per example), y holds the true class of each row.
 * dZ has the shape of Z: dZ[i][j] = ∂loss/∂Z[i][j].
 * Example: svmLoss([[3.2, 5.1, -1.7]], [0]) → { loss: 2.9, dZ: [[-1, 1, 0]] }
 */
export function svmLoss(Z: Mat, y: number[], delta = 1): { loss: number; dZ: Mat } {
  throw new Error('not implemented: svmLoss (exercise 4.1)');
}
