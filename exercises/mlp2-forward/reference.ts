// The reference, built on lib/nn's 2-layer forward pass.
import { mlp2Forward as nnMlp2Forward, type Mlp2Params } from '../../lib/nn/mlp-forward';

export function mlp2Forward(p: Mlp2Params, x: number[]): { h: number[]; scores: number[] } {
  const { h, scores } = nnMlp2Forward(p, x);
  return { h, scores };
}
