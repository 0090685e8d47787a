import { defineChecks, type JudgeInput, type JudgeOutcome, type Rng } from '../../grader/contract';

/**
 * Analytic vs numerical gradient: |a − n| ≤ rel·(|a| + |n|) + abs, rel = 'grad' (1e-7). The abs term
 * (1e-9) sits above the centered difference's own rounding noise (≈ eps·|L|/h ≈ 5e-11) so entries of
 * dZ near 0 are not judged by a meaningless relative error.
 */
const GRAD_REL = 1e-7;
const GRAD_ABS = 1e-9;

function gradMatchesNumeric({ got }: JudgeInput): JudgeOutcome {
  const g = got as { analytic: unknown; numeric: number[][] };
  const A = g.analytic;
  if (!Array.isArray(A) || A.length !== g.numeric.length) return { passed: false, message: 'dZ must have one row per example' };
  for (let i = 0; i < g.numeric.length; i++) {
    const row = A[i];
    if (!Array.isArray(row) || row.length !== g.numeric[i].length) return { passed: false, message: `dZ row ${i} must have one entry per class` };
    for (let j = 0; j < row.length; j++) {
      const a = row[j];
      const n = g.numeric[i][j];
      if (typeof a !== 'number' || !(Math.abs(a - n) <= GRAD_REL * (Math.abs(a) + Math.abs(n)) + GRAD_ABS)) {
        const ratio = typeof a === 'number' && n !== 0 ? a / n : NaN;
        const nHint = Math.abs(ratio - g.numeric.length) < 1e-6 && g.numeric.length > 1 ? ` Your dZ is ${g.numeric.length}× the numerical gradient of your loss: divide by N.` : '';
        return { passed: false, message: `dZ[${i}][${j}] = ${JSON.stringify(a)} but the numerical gradient of your loss there is ${n}.${nHint}`, gotShown: String(a), expectedShown: String(n) };
      }
    }
  }
  return { passed: true };
}

function rowsSumToZero({ got }: JudgeInput): JudgeOutcome {
  if (!Array.isArray(got)) return { passed: false, message: 'dZ must be an array of rows' };
  for (let i = 0; i < got.length; i++) {
    const row = got[i];
    const s = Array.isArray(row) ? row.reduce<number>((a, b) => a + (typeof b === 'number' ? b : NaN), 0) : NaN;
    if (!(Math.abs(s) <= 1e-12)) {
      return { passed: false, message: `row ${i} of dZ sums to ${s}, not 0: softmax sums to 1 and the true class subtracts 1`, gotShown: String(s), expectedShown: '0' };
    }
  }
  return { passed: true };
}

function batch(rng: Rng, N: number, C: number, std: number) {
  return [rng.randn(N, C, std), Array.from({ length: N }, () => rng.int(0, C - 1))];
}

export default defineChecks({
  checks: [
    {
      name: "loss on the lecture's scores [0.35, 0.33, 0.32] and [0.33, 0.35, 0.32], y = 0",
      visibility: 'public',
      points: 1,
      cases: [[[[0.35, 0.33, 0.32]], [0]], [[[0.33, 0.35, 0.32]], [0]]],
      probe: (S, args) => S.softmaxCE(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
      hint: 'L = −z_y + log Σ_k e^{z_k}, natural log.',
    },
    {
      name: 'worked example [3.2, 5.1, −1.7], y = 0: loss 2.04036 and its gradient',
      visibility: 'public',
      points: 2,
      cases: [[[[3.2, 5.1, -1.7]], [0]]],
      probe: (S, args) => {
        const r = S.softmaxCE(args[0], args[1]);
        return { loss: r.loss, dZ: r.dZ };
      },
      judge: { kind: 'close', tol: 'grad' },
      hint: 'dZ is the softmax of the row minus 1 at the true class (divided by N = 1 here).',
    },
    {
      name: 'equal scores over 10 classes give ln 10 ≈ 2.302585',
      visibility: 'public',
      points: 1,
      cases: [[[new Array(10).fill(0.7)], [3]]],
      probe: (S, args) => S.softmaxCE(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'stability: CE([−1000, 0, 1000], y = 0) = 2000, not Infinity or NaN',
      visibility: 'public',
      points: 2,
      cases: [[[[-1000, 0, 1000]], [0]]],
      probe: (S, args) => {
        const r = S.softmaxCE(args[0], args[1]);
        return { loss: r.loss, dZ: r.dZ };
      },
      judge: { kind: 'close', tol: 'grad' },
      hint: 'log(softmax) underflows: p_0 = e^(−2000) is 0 in floating point. Compute L = m + log Σ e^{z−m} − z_y with m = max z.',
    },
    {
      name: 'mean loss over random batches (4×5, 3×7, 1×3)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [batch(rng, 4, 5, 2), batch(rng, 3, 7, 1), batch(rng, 1, 3, 3)],
      probe: (S, args) => S.softmaxCE(args[0], args[1]).loss,
      judge: { kind: 'close', tol: 'forward' },
      hint: 'The loss is the MEAN over the N examples, not the sum.',
      reveal: true,
    },
    {
      name: 'dZ matches the reference on random batches',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [batch(rng, 4, 5, 2), batch(rng, 3, 7, 1), batch(rng, 1, 3, 3)],
      probe: (S, args) => S.softmaxCE(args[0], args[1]).dZ,
      judge: { kind: 'close', tol: 'grad' },
      hint: 'dZ[i][j] = (p_ij − [j = y_i]) / N.',
      reveal: true,
    },
    {
      name: 'dZ matches the numerical gradient of your own loss (incl. CS231n-style tiny scores 0.001·randn(2, 10))',
      visibility: 'hidden',
      points: 3,
      // Each numerical entry costs two forwards of the whole batch, so the work grows as (N·C)²: the
      // tiny scores keep 10 near-uniform classes (p ≈ 0.1, as in CS231n's check) on 2 rows instead
      // of 10 (N = 2 still exposes a missing 1/N), and the generic batch is 3×4: Σ(N·C)² = 553 instead
      // of 10,409, 19× less work.
      cases: (rng) => [batch(rng, 3, 4, 1), batch(rng, 1, 3, 1), batch(rng, 2, 10, 0.001)],
      probe: (S, args, H) => {
        const Z = H.clone(args[0]);
        const analytic = S.softmaxCE(H.clone(args[0]), args[1]).dZ;
        const numeric = H.numGrad(() => S.softmaxCE(Z, args[1]).loss, Z);
        return { analytic, numeric };
      },
      judge: { kind: 'custom', fn: gradMatchesNumeric },
      needsReference: false, // gradMatchesNumeric reads only got (your dZ vs your loss)
    },
    {
      name: 'each row of dZ sums to 0',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [batch(rng, 5, 4, 2), batch(rng, 2, 9, 5)],
      probe: (S, args) => S.softmaxCE(args[0], args[1]).dZ,
      judge: { kind: 'custom', fn: rowsSumToZero },
      needsReference: false, // rowsSumToZero reads only got
    },
    {
      name: 'a batch mixing huge and ordinary scores stays finite',
      visibility: 'hidden',
      points: 1,
      cases: [[[[-1000, 0, 1000], [5, 1000, -3], [0.1, 0.2, 0.3]], [0, 2, 1]], [[[800, -800], [-750, 750]], [0, 0]]],
      probe: (S, args) => {
        const r = S.softmaxCE(args[0], args[1]);
        return { loss: r.loss, dZ: r.dZ };
      },
      judge: { kind: 'close', tol: 'grad' },
      reveal: true,
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[[1, 2, 3], [0, -1, 4]], [2, 0]]],
      probe: (S, args, H) => {
        const Z = H.clone(args[0]);
        const y = H.clone(args[1]);
        S.softmaxCE(Z, y);
        return [Z, y];
      },
      judge: { kind: 'exact' },
    },
  ],
});
