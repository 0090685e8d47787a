/**
 * Inverted dropout. keepProb is the probability of KEEPING a unit (cs231n's p; d2l and deep-ml use a
 * drop probability, hence the explicit name).
 *
 *   train:  mask_i ~ Bernoulli(keepProb),  out = x ⊙ mask / keepProb
 *   test:   out = x
 * Dividing by keepProb at train time makes E[out] = x, so the test-time pass needs no rescaling.
 * The backward pass reuses the SAME mask: dx = dout ⊙ mask / keepProb.
 */
import type { Vec } from './tensor';

export interface DropoutCache {
  /** 0/1 per unit; all ones in test mode */
  mask: Vec;
  keepProb: number;
}

/** 1 with probability keepProb, else 0; `random` returns uniforms in [0, 1) */
export function dropoutMask(n: number, keepProb: number, random: () => number = Math.random): Vec {
  return Array.from({ length: n }, () => (random() < keepProb ? 1 : 0));
}

/** `mask` may be injected (tests, gradient checks); otherwise one is drawn from `random` */
export function dropoutForward(
  x: Vec,
  keepProb: number,
  mode: 'train' | 'test',
  mask?: Vec,
  random: () => number = Math.random,
): { out: Vec; cache: DropoutCache } {
  if (mode === 'test') return { out: x.slice(), cache: { mask: x.map(() => 1), keepProb: 1 } };
  const m = mask ?? dropoutMask(x.length, keepProb, random);
  return { out: x.map((v, i) => (v * m[i]) / keepProb), cache: { mask: m, keepProb } };
}

export function dropoutBackward(dout: Vec, cache: DropoutCache): Vec {
  return dout.map((d, i) => (d * cache.mask[i]) / cache.keepProb);
}
