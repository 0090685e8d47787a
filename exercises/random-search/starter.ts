/** A draw whose exponent is uniform: 10^u with u uniform on [log10 lo, log10 hi). */
export function sampleLogUniform(lo: number, hi: number, rng: Rng): number {
  throw new Error('not implemented: sampleLogUniform (exercise 11.1)');
}

/** Every combination of perDim values per hyperparameter (log dims: evenly spaced exponents; both ends included). */
export function gridSearch(space: Space, perDim: number, evalFn: (p: Params) => number): SearchResult {
  throw new Error('not implemented: gridSearch (exercise 11.1)');
}

/** nTrials independent draws, each hyperparameter on its own scale; best = lowest score. */
export function randomSearch(space: Space, nTrials: number, evalFn: (p: Params) => number, rng: Rng): SearchResult {
  throw new Error('not implemented: randomSearch (exercise 11.1)');
}
