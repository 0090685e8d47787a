// The reference, built on lib/nn's loss.
import { softmaxCrossEntropy } from '../../lib/nn/losses';

export function softmaxCE(Z: number[][], y: number[]): { loss: number; dZ: number[][] } {
  return softmaxCrossEntropy(Z, y);
}
