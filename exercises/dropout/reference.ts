// The reference solution, written as a student would submit it, built on lib/nn.
import { dropoutBackward as nnBackward, dropoutForward as nnForward, type DropoutCache } from '../../lib/nn/dropout';

export function dropoutForward(x: number[], keepProb: number, mode: 'train' | 'test', mask?: number[]) {
  return nnForward(x, keepProb, mode, mask);
}

export function dropoutBackward(dout: number[], cache: DropoutCache): number[] {
  return nnBackward(dout, cache);
}
