// The reference solution, written as a student would submit it, built on lib/nn.
import { svmLoss as nnSvmLoss } from '../../lib/nn/svm';

export function svmLoss(Z: number[][], y: number[], delta = 1): { loss: number; dZ: number[][] } {
  return nnSvmLoss(Z, y, delta);
}
