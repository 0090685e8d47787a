import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradError } from '../../lib/nn/numgrad';
import type { Rng } from '../../lib/nn/rng';

/**
 * A random batch whose margins all stay at least 1e-3 away from the hinge, so a centered difference
 * (h = 1e-5) never straddles a kink and any valid subgradient choice at 0 is irrelevant.
 */
function batchOffKinks(rng: Rng, N: number, C: number, std: number) {
  for (;;) {
    const Z = rng.randn(N, C, std);
    const y = Z.map(() => rng.int(0, C - 1));
    const nearKink = Z.some((z, i) => z.some((s, j) => j !== y[i] && Math.abs(s - z[y[i]] + 1) < 1e-3));
    if (!nearKink) return { Z, y };
  }
}

/** The student's dZ must match the numerical gradient of the student's own loss AND the reference's dZ. */
function gradJudge({ got, expected }: JudgeInput): JudgeOutcome {
  const g = got as { dZ?: unknown; num?: unknown } | null;
  const e = expected as { dZ: number[][] };
  if (!g || !Array.isArray(g.dZ)) return { passed: false, message: 'svmLoss must return { loss, dZ } with dZ a matrix shaped like Z' };
  const vsNumeric = gradError(g.dZ as number[][], g.num as number[][]);
  if (!(vsNumeric < 1e-5))
    return { passed: false, relError: vsNumeric, message: `your dZ differs from the numerical gradient of your own loss (relative error ${vsNumeric.toExponential(2)})` };
  const vsRef = gradError(g.dZ as number[][], e.dZ);
  if (!(vsRef < 1e-5))
    return { passed: false, relError: vsRef, message: `your dZ matches your loss but not the hinge loss's gradient (relative error ${vsRef.toExponential(2)})` };
  return { passed: true, relError: Math.max(vsNumeric, vsRef) };
}

export default defineChecks({
  checks: [
    {
      name: 'worked example: [3.2, 5.1, −1.7], y = 0 gives loss 2.9 and dZ [[−1, 1, 0]]',
      visibility: 'public',
      points: 2,
      cases: [[[[3.2, 5.1, -1.7]], [0]]],
      probe: (S, args) => S.svmLoss(args[0], args[1]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Only class 1 violates the margin (5.1 − 3.2 + 1 = 2.9 > 0); class 2 gives max(0, −3.9) = 0.',
    },
    {
      name: "the lecture's close scores: A = [0.35, 0.33, 0.32] gives 1.95, B = [0.33, 0.35, 0.32] gives 2.01",
      visibility: 'public',
      points: 1,
      cases: [[[[0.35, 0.33, 0.32]], [0]], [[[0.33, 0.35, 0.32]], [0]]],
      probe: (S, args) => S.svmLoss(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Skip the true class j = y in the sum.',
    },
    {
      name: 'all-equal scores over 10 classes give C − 1 = 9 (for any true class)',
      visibility: 'public',
      points: 1,
      cases: [[[[0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]], [3]], [[[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]], [9]]],
      probe: (S, args) => S.svmLoss(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Each of the 9 wrong classes contributes max(0, 0 + 1) = 1. The true class contributes nothing: it is not in the sum.',
    },
    {
      name: '[10, −2, 3] with y = 0 meets every margin: loss 0, dZ all zero',
      visibility: 'public',
      points: 1,
      cases: [[[[10, -2, 3]], [0]]],
      probe: (S, args) => S.svmLoss(args[0], args[1]),
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'a batch of two rows: the loss is the mean over the batch',
      visibility: 'public',
      points: 1,
      cases: [[[[3.2, 5.1, -1.7], [1, 2, 3.5]], [0, 2]]],
      probe: (S, args) => S.svmLoss(args[0], args[1]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Average the per-example losses (divide by N), and divide every row of dZ by N too.',
    },
    {
      name: 'loss matches the reference on random batches (N, C from 1 to 8)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 6 }, () => {
        const { Z, y } = batchOffKinks(rng, rng.int(1, 8), rng.int(2, 8), rng.pick([0.5, 2, 10]));
        return [Z, y];
      }),
      probe: (S, args) => S.svmLoss(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'CS231n sanity check: 0.001·randn(50, 10) gives a loss of about 9',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [batchOffKinks(rng, 50, 10, 0.001)].map(({ Z, y }) => [Z, y]),
      probe: (S, args) => S.svmLoss(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'dZ matches the numerical gradient of your loss and the reference (random 4×5 and 3×3 batches)',
      visibility: 'hidden',
      points: 3,
      cases: (rng) => [batchOffKinks(rng, 4, 5, 1.5), batchOffKinks(rng, 3, 3, 1), batchOffKinks(rng, 1, 6, 0.8)].map(({ Z, y }) => ({ Z, y })),
      probe: (S, args, H) => {
        const Z = H.clone(args.Z);
        const dZ = S.svmLoss(H.clone(Z), args.y).dZ;
        const num = H.numGrad(() => S.svmLoss(Z, args.y).loss, Z);
        return { dZ, num };
      },
      judge: { kind: 'custom', fn: gradJudge },
      hint: 'For each violated margin: +1 on s_j and −1 on s_y (so the true class collects −1 per violation); then divide by N.',
    },
    {
      name: 'the margin parameter delta is used (delta = 0.5 and delta = 3)',
      visibility: 'hidden',
      points: 1,
      cases: [[[[1, 1.2, 0.4, -0.1], [0.3, -2, 2.6, 1]], [0, 2], 0.5], [[[1, 1.2, 0.4, -0.1], [0.3, -2, 2.6, 1]], [0, 2], 3]],
      probe: (S, args) => S.svmLoss(args[0], args[1], args[2]),
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'Z is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[[3.2, 5.1, -1.7], [0.5, 0.4, 0.3]], [0, 1]]],
      probe: (S, args, H) => {
        const Z = H.clone(args[0]);
        S.svmLoss(Z, args[1]);
        return Z;
      },
      judge: { kind: 'exact' },
    },
  ],
});
