// The reference solution, written as a student would submit it, built on lib/nn.
import { activationStats as nnActivationStats, type InitScheme } from '../../lib/nn/init';

export function activationStats(scheme: InitScheme, act: 'tanh' | 'relu', depth: number, width: number, n: number, rng: { normal(): number }) {
  return nnActivationStats(scheme, act, depth, width, n, rng);
}
