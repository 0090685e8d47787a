// The reference solution, written as a student would submit it, built on lib/nn.
import { softmax as nnSoftmax } from '../../lib/nn/softmax';

export function softmax(z: number[]): number[] {
  return nnSoftmax(z);
}

export function softmaxRows(Z: number[][]): number[][] {
  return Z.map((row) => nnSoftmax(row));
}
