/**
 * Softmax of one score vector, computed stably (subtract the max first).
 * softmax([1, 2, 3]) ≈ [0.0900, 0.2447, 0.6652]
 */
export function softmax(z: Vec): Vec {
  throw new Error('not implemented: softmax (exercise 3.1)');
}

/** Softmax of each row of Z (rows are examples, columns are classes). */
export function softmaxRows(Z: Mat): Mat {
  throw new Error('not implemented: softmaxRows (exercise 3.1)');
}
