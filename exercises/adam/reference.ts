// The reference solution, written as a student would submit it, built on lib/nn.
import { adamStep as nnAdamStep } from '../../lib/nn/optim';

export function adamStep(w: number[], g: number[], state: { m: number[]; v: number[]; t: number }, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): number[] {
  return nnAdamStep(w, g, state, lr, beta1, beta2, eps);
}
