export function linearScores(W: number[][], b: number[], x: number[]): number[] {
  return W.map((row, c) => row.reduce((s, w, j) => s + w * x[j], 0) + b[c]);
}
export function predict(scores: number[]): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] >= scores[best]) best = c;
  return best;
}
