/**
 * Hyperparameter search: log-uniform sampling, grid search and random search.
 *
 * Scale parameters (learning rate, L2 strength) matter by their order of magnitude, so they are sampled
 * uniformly in log space: lr = 10^u, u ~ U(log10 lo, log10 hi). On [1e-6, 10] that puts 3/7 of the
 * draws below 1e-3, where a linear-uniform sampler puts 0.01% (CATALOG H18).
 *
 * Random beats grid for the same budget when only a few dimensions matter (Bergstra & Bengio 2012):
 * n random trials try n distinct values of the important parameter; a k×k grid tries only k.
 */
import type { Rng } from './rng';

export type Scale = 'log' | 'linear';
export interface Dim {
  lo: number;
  hi: number;
  scale: Scale;
}
/** one named dimension per hyperparameter, e.g. { lr: { lo: 1e-6, hi: 1, scale: 'log' } } */
export type SearchSpace = Record<string, Dim>;
export type Params = Record<string, number>;
export interface Trial {
  params: Params;
  score: number;
}
/** trials in the order they were run; best = the trial with the LOWEST score (e.g. validation loss), first on ties */
export interface SearchResult {
  best: Trial;
  trials: Trial[];
}

/** 10^u with u uniform on [log10 lo, log10 hi) */
export function sampleLogUniform(lo: number, hi: number, rng: Rng): number {
  return 10 ** rng.uniform(Math.log10(lo), Math.log10(hi));
}

export function sampleDim(d: Dim, rng: Rng): number {
  return d.scale === 'log' ? sampleLogUniform(d.lo, d.hi, rng) : rng.uniform(d.lo, d.hi);
}

/** n points from lo to hi inclusive, evenly spaced on the dimension's scale (log: geometric) */
export function gridValues(d: Dim, n: number): number[] {
  if (n === 1) return [d.scale === 'log' ? Math.sqrt(d.lo * d.hi) : (d.lo + d.hi) / 2];
  return Array.from({ length: n }, (_, i) =>
    d.scale === 'log' ? 10 ** (Math.log10(d.lo) + ((Math.log10(d.hi) - Math.log10(d.lo)) * i) / (n - 1)) : d.lo + ((d.hi - d.lo) * i) / (n - 1),
  );
}

function bestOf(trials: Trial[]): SearchResult {
  const best = trials.reduce((b, t) => (t.score < b.score ? t : b), trials[0]);
  return { best, trials };
}

/** every combination of perDim grid values (the first dimension varies slowest) */
export function gridSearch(space: SearchSpace, perDim: number, evalFn: (p: Params) => number): SearchResult {
  let combos: Params[] = [{}];
  for (const [name, d] of Object.entries(space)) {
    const values = gridValues(d, perDim);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  }
  return bestOf(combos.map((params) => ({ params, score: evalFn(params) })));
}

/** nTrials independent draws, each dimension on its own scale */
export function randomSearch(space: SearchSpace, nTrials: number, evalFn: (p: Params) => number, rng: Rng): SearchResult {
  const trials: Trial[] = [];
  for (let k = 0; k < nTrials; k++) {
    const params: Params = {};
    for (const [name, d] of Object.entries(space)) params[name] = sampleDim(d, rng);
    trials.push({ params, score: evalFn(params) });
  }
  return bestOf(trials);
}
