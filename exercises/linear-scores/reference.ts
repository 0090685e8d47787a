// The reference, built on lib/nn's matrix helpers.
import { add, argmax, matvec } from '../../lib/nn/tensor';

export function linearScores(W: number[][], b: number[], x: number[]): number[] {
  return add(matvec(W, x), b);
}

export function predict(scores: number[]): number {
  return argmax(scores); // strict '>' keeps the first of equal maxima
}
