// The reference solution, written as a student would submit it, built on lib/nn.
import { momentumStep as nnMomentumStep, sgdStep as nnSgdStep } from '../../lib/nn/optim';

export function sgdStep(w: number[], g: number[], lr: number): number[] {
  return nnSgdStep(w, g, lr);
}

export function momentumStep(w: number[], g: number[], state: { v: number[] }, lr: number, mu = 0.9): number[] {
  return nnMomentumStep(w, g, state, lr, mu);
}
