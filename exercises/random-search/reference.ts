// The reference solution, written as a student would submit it, built on lib/nn.
import type { Rng } from '../../lib/nn/rng';
import { gridSearch as nnGrid, randomSearch as nnRandom, sampleLogUniform as nnSample, type Params, type SearchSpace } from '../../lib/nn/search';

export function sampleLogUniform(lo: number, hi: number, rng: Rng): number {
  return nnSample(lo, hi, rng);
}

export function gridSearch(space: SearchSpace, perDim: number, evalFn: (p: Params) => number) {
  return nnGrid(space, perDim, evalFn);
}

export function randomSearch(space: SearchSpace, nTrials: number, evalFn: (p: Params) => number, rng: Rng) {
  return nnRandom(space, nTrials, evalFn, rng);
}
