// The reference solution, written as a student would submit it, built on lib/nn.
import { batchNormBackward, batchNormForward, batchNormState, type BatchNormCache } from '../../lib/nn/batchnorm';

export function batchnormForward(X: number[][], gamma: number[], beta: number[], eps = 1e-5) {
  // a throw-away state: this exercise is about the train-mode gradient, not the running averages
  return batchNormForward(X, gamma, beta, { ...batchNormState(gamma.length), eps }, 'train');
}

export function batchnormBackward(dout: number[][], cache: BatchNormCache) {
  return batchNormBackward(dout, cache);
}
