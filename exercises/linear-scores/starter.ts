/**
 * Scores of a linear classifier: f = W·x + b. W has one row per class (C×D), x has D entries,
 * b has C entries; the result has C entries.
 */
export function linearScores(W: Mat, b: Vec, x: Vec): Vec {
  throw new Error('not implemented: linearScores (exercise 1.1)');
}

/** Index of the highest score (the lowest index if several tie). */
export function predict(scores: Vec): number {
  throw new Error('not implemented: predict (exercise 1.1)');
}
