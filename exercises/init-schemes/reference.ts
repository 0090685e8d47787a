// The reference solution, written as a student would submit it, built on lib/nn.
import { initStd } from '../../lib/nn/init';

type Scheme = 'zeros' | 'small' | 'large' | 'xavier' | 'he' | 'glorot';

export function initWeights(fanIn: number, fanOut: number, scheme: Scheme, rng: { normal(): number }): number[][] {
  const std = initStd(scheme, fanIn, fanOut);
  return Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => std * rng.normal()));
}
