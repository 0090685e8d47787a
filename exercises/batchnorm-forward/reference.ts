// The reference solution, written as a student would submit it, built on lib/nn.
import { batchNormForward, type BatchNormState } from '../../lib/nn/batchnorm';

export function batchnormForward(X: number[][], gamma: number[], beta: number[], state: BatchNormState, mode: 'train' | 'test') {
  return batchNormForward(X, gamma, beta, state, mode);
}
