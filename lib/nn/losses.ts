import type { Mat, Vec } from './tensor';
import { logSoftmax, softmax } from './softmax';

/**
 * Softmax cross-entropy over a batch, mean over the N examples (rows of Z are examples):
 *   L = (1/N) Σ_i −log softmax(z_i)[y_i] = (1/N) Σ_i (logΣ_j e^{z_ij} − z_i,y_i)
 *   dL/dZ = (softmax(Z) − onehot(y)) / N
 * The loss goes through log-softmax (log-sum-exp), never log(softmax): softmax underflows to 0 for
 * a score 1000 below the max, and log(0) = −Infinity, whereas log-softmax stays finite (2000 there).
 */
export function softmaxCrossEntropy(Z: Mat, y: number[]): { loss: number; dZ: Mat } {
  const N = Z.length;
  let loss = 0;
  const dZ = Z.map((z, i) => {
    loss -= logSoftmax(z)[y[i]];
    const p = softmax(z);
    p[y[i]] -= 1;
    return p.map((v) => v / N);
  });
  return { loss: loss / N, dZ };
}

/**
 * Entropy H(p) = −Σ_i p_i log p_i in nats, with 0·log 0 = 0 (the limit of t·log t as t → 0).
 * 0 for a certain outcome, log n for the uniform distribution over n outcomes.
 */
export function entropy(p: Vec): number {
  // subtracting term by term (rather than negating a sum) keeps H of a certain outcome at +0, not −0
  return p.reduce((s, pi) => (pi > 0 ? s - pi * Math.log(pi) : s), 0);
}

/**
 * Cross-entropy H(p, q) = −Σ_i p_i log q_i (p: the true distribution, q: the model's).
 * Terms with p_i = 0 contribute 0 whatever q_i is. H(p, q) = H(p) + KL(p‖q).
 */
export function crossEntropy(p: Vec, q: Vec): number {
  return p.reduce((s, pi, i) => (pi > 0 ? s - pi * Math.log(q[i]) : s), 0);
}

/**
 * Kullback–Leibler divergence KL(p‖q) = Σ_i p_i log(p_i / q_i) ≥ 0, 0 iff p = q.
 * Not symmetric (KL(p‖q) ≠ KL(q‖p) in general), hence "divergence", not "distance".
 */
export function kl(p: Vec, q: Vec): number {
  return p.reduce((s, pi, i) => (pi > 0 ? s + pi * Math.log(pi / q[i]) : s), 0);
}
