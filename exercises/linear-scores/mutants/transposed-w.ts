// computes Wᵀx: walks the columns of W
export function linearScores(W: number[][], b: number[], x: number[]): number[] {
  return W[0].map((_, j) => W.reduce((s, row, i) => s + row[j] * x[i], 0) + b[j]);
}
export function predict(scores: number[]): number {
  return scores.indexOf(Math.max(...scores));
}
