export function linearScores(W: number[][], b: number[], x: number[]): number[] {
  return W.map((row) => row.reduce((s, w, j) => s + w * x[j], 0));
}
export function predict(scores: number[]): number {
  return scores.indexOf(Math.max(...scores));
}
