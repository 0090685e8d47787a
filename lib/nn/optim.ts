/**
 * Optimizers in the lecture's forms. Each step takes the weights w, the gradient g and a state object,
 * returns the NEW weights and replaces the state's arrays with their updated values (so the caller keeps
 * one state object per parameter across steps). Vectors only: a matrix parameter is flattened first.
 *
 *   SGD       w ← w − lr·g
 *   momentum  v ← μv + g,                    w ← w − lr·v           (lecture form; cs231n writes v ← μv − lr·g, w ← w + v)
 *   AdaGrad   r ← r + g²,                    w ← w − lr·g / (√r + δ)
 *   RMSProp   r ← ρr + (1−ρ)g²,              w ← w − lr·g / (√r + δ)
 *   Adam      t ← t+1, m ← β1m + (1−β1)g, v ← β2v + (1−β2)g², m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ),
 *             w ← w − lr·m̂ / (√v̂ + ε)
 * δ and ε sit outside the square root, as in the lecture and in cs231n's optim.py.
 */
import type { Vec } from './tensor';

/** plain gradient descent: w − lr·g */
export function sgdStep(w: Vec, g: Vec, lr: number): Vec {
  return w.map((wi, i) => wi - lr * g[i]);
}

export interface MomentumState {
  /** velocity, in the lecture's units (a running sum of gradients, not of steps) */
  v: Vec;
}
export const momentumState = (n: number): MomentumState => ({ v: new Array<number>(n).fill(0) });

/** v ← μv + g; w ← w − lr·v. With μ = 0 this is plain SGD. */
export function momentumStep(w: Vec, g: Vec, s: MomentumState, lr: number, mu = 0.9): Vec {
  s.v = s.v.map((vi, i) => mu * vi + g[i]);
  return w.map((wi, i) => wi - lr * s.v[i]);
}

export interface SquareCacheState {
  /** AdaGrad: the sum of squared gradients so far; RMSProp: their exponential moving average */
  r: Vec;
}
export const squareCacheState = (n: number): SquareCacheState => ({ r: new Array<number>(n).fill(0) });

/** r ← r + g²; w ← w − lr·g/(√r + eps). r only grows, so the effective step shrinks like 1/√t. */
export function adagradStep(w: Vec, g: Vec, s: SquareCacheState, lr: number, eps = 1e-7): Vec {
  s.r = s.r.map((ri, i) => ri + g[i] * g[i]);
  return w.map((wi, i) => wi - (lr * g[i]) / (Math.sqrt(s.r[i]) + eps));
}

/**
 * r ← ρr + (1−ρ)g²; w ← w − lr·g/(√r + eps). No bias correction: starting from r = 0 the first step is
 * lr·g/√((1−ρ)g²) = lr/√(1−ρ) ≈ 31.6·lr for ρ = 0.999 (CATALOG H7).
 */
export function rmspropStep(w: Vec, g: Vec, s: SquareCacheState, lr: number, rho = 0.999, eps = 1e-7): Vec {
  s.r = s.r.map((ri, i) => rho * ri + (1 - rho) * g[i] * g[i]);
  return w.map((wi, i) => wi - (lr * g[i]) / (Math.sqrt(s.r[i]) + eps));
}

export interface AdamState {
  m: Vec;
  v: Vec;
  /** number of steps taken so far; incremented BEFORE it is used, so the first step uses t = 1 */
  t: number;
}
export const adamState = (n: number): AdamState => ({ m: new Array<number>(n).fill(0), v: new Array<number>(n).fill(0), t: 0 });

/**
 * Adam with bias correction. At t = 1, m̂ = g and v̂ = g², so the first step is lr·g/(|g| + ε) ≈ lr·sign(g):
 * the correction removes the "cold start" of moments initialised at 0.
 */
export function adamStep(w: Vec, g: Vec, s: AdamState, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): Vec {
  s.t += 1;
  s.m = s.m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
  s.v = s.v.map((vi, i) => beta2 * vi + (1 - beta2) * g[i] * g[i]);
  const mCorr = 1 - beta1 ** s.t;
  const vCorr = 1 - beta2 ** s.t;
  return w.map((wi, i) => wi - (lr * (s.m[i] / mCorr)) / (Math.sqrt(s.v[i] / vCorr) + eps));
}
