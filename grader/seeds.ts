import { createRng, mixSeed } from '../lib/nn/rng';
import type { CodeCheck, Json } from './contract';

/**
 * Public checks ALWAYS use this seed, so Run and Submit can never disagree on a public check.
 * Hidden checks use the request's seed (one per attempt).
 */
export const PUBLIC_SEED = 20260101;

export function checkSeed(check: CodeCheck, requestSeed: number): number {
  return check.visibility === 'public' ? PUBLIC_SEED : requestSeed >>> 0;
}

/** the cases of check #index for a seed; each case also gets its own harness seed */
export function buildCases(check: CodeCheck, index: number, seed: number): { cases: Json[]; caseSeeds: number[] } {
  const cases = Array.isArray(check.cases) ? check.cases : check.cases(createRng(mixSeed(seed, index)));
  return { cases, caseSeeds: cases.map((_, k) => mixSeed(seed, index, k)) };
}
