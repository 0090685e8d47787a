import type { Mat, Vec } from './tensor';
import { add, matvec } from './tensor';
import { relu } from './activations';

/** Parameters of a 2-layer MLP: W1 is H×D (one template per row), W2 is C×H (one row per class). */
export interface Mlp2Params {
  W1: Mat;
  b1: Vec;
  W2: Mat;
  b2: Vec;
}

/**
 * Forward pass of a 2-layer MLP on one example x (length D):
 *   hPre = W1·x + b1,  h = max(0, hPre),  scores = W2·h + b2.
 * The ReLU sits only between the layers: without it W2(W1x + b1) + b2 collapses into one linear
 * map, and the scores stay linear (they may be negative) because softmax/SVM take raw scores.
 */
export function mlp2Forward(p: Mlp2Params, x: Vec): { hPre: Vec; h: Vec; scores: Vec } {
  const hPre = add(matvec(p.W1, x), p.b1);
  const h = hPre.map(relu);
  const scores = add(matvec(p.W2, h), p.b2);
  return { hPre, h, scores };
}
