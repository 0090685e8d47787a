import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import type { Rng } from '../../lib/nn/rng';

const flat = (g: unknown): number[] => (Array.isArray(g) ? g.flatMap((r) => (Array.isArray(r) ? r : [r])) : []);

/** a random mixed list of gradient tensors (matrices and vectors) */
function gradList(rng: Rng, scale: number) {
  return [rng.randn(rng.int(1, 4), rng.int(1, 5), scale), rng.randnVec(rng.int(1, 6), scale), rng.randn(2, 3, scale)];
}

/**
 * Properties of a global-norm clip, judged from the case and the student's output alone:
 * the result's global norm is min(‖g‖, maxNorm) and every tensor is g·k for ONE common k ≥ 0.
 */
function normAndDirection({ got, args }: JudgeInput): JudgeOutcome {
  const { grads, maxNorm } = args as { grads: unknown[]; maxNorm: number };
  if (!Array.isArray(got) || got.length !== grads.length) return { passed: false, message: `expected ${grads.length} tensors back` };
  const g = grads.flatMap(flat);
  const c = (got as unknown[]).flatMap(flat).map(Number);
  if (c.length !== g.length) return { passed: false, message: 'the clipped tensors do not have the shapes of the inputs' };
  const norm = Math.sqrt(g.reduce((s, v) => s + v * v, 0));
  const want = Math.min(norm, maxNorm);
  const gotNorm = Math.sqrt(c.reduce((s, v) => s + v * v, 0));
  // 1e-5 relative: a tiny epsilon in the denominator (PyTorch divides by ‖g‖ + 1e-6) is accepted
  if (!(Math.abs(gotNorm - want) <= 1e-5 * want + 1e-12))
    return { passed: false, message: `global norm after clipping is ${gotNorm}, expected min(‖g‖ = ${norm}, maxNorm = ${maxNorm}) = ${want}`, expectedShown: String(want), gotShown: String(gotNorm) };
  const k = want / norm;
  const off = Math.max(...c.map((v, i) => Math.abs(v - k * g[i])));
  if (!(off <= 1e-5 * want + 1e-12)) return { passed: false, message: 'the clipped gradient is not a multiple of the original: the direction changed (one common factor for all tensors)' };
  return { passed: true };
}

export default defineChecks({
  checks: [
    {
      name: 'one vector [3, 4] clipped to norm 1 gives [0.6, 0.8]',
      visibility: 'public',
      points: 1,
      cases: [[[[3, 4]], 1]],
      probe: (S, a, H) => S.clipByGlobalNorm(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'gradKink' },
      hint: '‖[3, 4]‖ = 5, so every entry is multiplied by 1/5.',
    },
    {
      name: 'two tensors [[1, 2]] and [[2, 4]] with maxNorm 2 give [[0.4, 0.8]] and [[0.8, 1.6]] (one global norm)',
      visibility: 'public',
      points: 2,
      cases: [[[[[1, 2]], [[2, 4]]], 2]],
      probe: (S, a, H) => S.clipByGlobalNorm(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'gradKink' },
      hint: 'Sum the squares over BOTH tensors (1 + 4 + 4 + 16 = 25, norm 5) and scale both by 2/5.',
    },
    {
      name: 'a gradient already shorter than maxNorm is unchanged',
      visibility: 'public',
      points: 1,
      cases: [[[[0.3, 0.4], [[0.1], [-0.2]]], 1]],
      probe: (S, a, H) => S.clipByGlobalNorm(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'gradKink' },
      hint: 'The factor is min(1, maxNorm/‖g‖): never scale up.',
    },
    {
      name: 'clipByValue([3, 4], 1) = [1, 1] and a matrix with negative entries',
      visibility: 'public',
      points: 1,
      cases: [[[3, 4], 1], [[[-3, 0.5], [2, -0.2]], 1]],
      probe: (S, a, H) => S.clipByValue(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'random mixed lists of matrices and vectors match the reference (some clipped, some not)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 6 }, (_, k) => [gradList(rng, k < 3 ? 5 : 0.1), rng.uniform(0.5, 3)]),
      probe: (S, a, H) => S.clipByGlobalNorm(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'gradKink' },
      reveal: true,
    },
    {
      name: 'after clipping, the global norm is min(‖g‖, maxNorm) and the direction is unchanged',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 5 }, () => ({ grads: gradList(rng, rng.pick([0.05, 1, 40])), maxNorm: rng.uniform(0.1, 10) })),
      probe: (S, a, H) => S.clipByGlobalNorm(H.clone(a.grads), a.maxNorm),
      judge: { kind: 'custom', fn: normAndDirection },
    },
    {
      name: 'an all-zero gradient stays zero (no NaN from 0/0)',
      visibility: 'hidden',
      points: 1,
      cases: [[[[0, 0, 0], [[0, 0], [0, 0]]], 1]],
      probe: (S, a, H) => S.clipByGlobalNorm(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'gradKink' },
    },
    {
      name: 'clipByValue matches the reference on random matrices and vectors',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[rng.randn(3, 4, 3), 1], [rng.randnVec(7, 2), 0.5], [rng.randn(1, 5, 10), 4]],
      probe: (S, a, H) => S.clipByValue(H.clone(a[0]), a[1]),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
  ],
});
