// The reference solution, written as a student would submit it, built on lib/nn.
import { adagradStep as nnAdagrad, rmspropStep as nnRmsprop } from '../../lib/nn/optim';

export function adagradStep(w: number[], g: number[], state: { r: number[] }, lr: number, eps = 1e-7): number[] {
  return nnAdagrad(w, g, state, lr, eps);
}

export function rmspropStep(w: number[], g: number[], state: { r: number[] }, lr: number, rho = 0.999, eps = 1e-7): number[] {
  return nnRmsprop(w, g, state, lr, rho, eps);
}
