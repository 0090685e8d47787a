import { defineChecks, type JudgeInput } from '../../grader/contract';

/** Host-side judge helpers are plain functions over JSON: they never see student objects. */
function rowsSumToOne({ got }: JudgeInput) {
  if (!Array.isArray(got)) return { passed: false, message: 'softmaxRows must return an array of rows' };
  for (let i = 0; i < got.length; i++) {
    const row = got[i];
    if (!Array.isArray(row)) return { passed: false, message: `row ${i} is not an array` };
    const s = row.reduce<number>((a, b) => a + (typeof b === 'number' ? b : NaN), 0);
    if (!(Math.abs(s - 1) <= 1e-12)) return { passed: false, message: `row ${i} sums to ${s}, not 1`, gotShown: String(s), expectedShown: '1' };
  }
  return { passed: true };
}

export default defineChecks({
  checks: [
    {
      name: 'softmax([1, 2, 3]) matches the worked example',
      visibility: 'public',
      points: 1,
      cases: [[[1, 2, 3]]],
      probe: (S, args) => S.softmax(args[0]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Exponentiate each score, then divide by the sum of the exponentials.',
    },
    {
      name: 'large scores [1000, 1001, 1002] give the same probabilities, no NaN',
      visibility: 'public',
      points: 2,
      cases: [[[1000, 1001, 1002]], [[-1000, 0, 1000]]],
      probe: (S, args) => S.softmax(args[0]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'exp(1000) is Infinity in floating point. Subtract max(z) from every score first: softmax is shift-invariant.',
    },
    {
      name: 'a single score gives [1]',
      visibility: 'public',
      points: 1,
      cases: [[[4.2]], [[-800]]],
      probe: (S, args) => S.softmax(args[0]),
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'softmaxRows normalises each row (3×4 matrix)',
      visibility: 'public',
      points: 1,
      cases: [[[[1, 2, 3, 4], [0, 0, 0, 0], [-1, 5, 2, 0.5]]]],
      probe: (S, args) => S.softmaxRows(args[0]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Apply softmax to each row separately: rows are examples, columns are classes.',
    },
    {
      name: 'matches the reference on random score vectors',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 8 }, (_, k) => [rng.randnVec(rng.int(2, 12), k < 4 ? 1 : 30)]),
      probe: (S, args) => S.softmax(args[0]),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'shift invariance: softmax(z + c) = softmax(z) for c in {−500, 3.7, 1000}',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [-500, 3.7, 1000].map((c) => [rng.randnVec(6, 3), c]),
      probe: (S, args) => S.softmax(args[0].map((v: number) => v + args[1])),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'scores spread by more than 709 (mean-shifting overflows) still work',
      visibility: 'hidden',
      points: 1,
      cases: [[[-2000, 0, 1, 2]], [[0, 1500, 3000]]],
      probe: (S, args) => S.softmax(args[0]),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'rows of softmaxRows sum to 1 on random batches',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[rng.randn(5, 7, 10)], [rng.randn(1, 3, 1)]],
      probe: (S, args) => S.softmaxRows(args[0]),
      judge: { kind: 'custom', fn: rowsSumToOne },
    },
    {
      name: 'softmaxRows matches the reference on a non-square batch',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[rng.randn(3, 5, 2)], [rng.randn(6, 2, 50)]],
      probe: (S, args) => S.softmaxRows(args[0]),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'the input is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[3, 1, 2]]],
      probe: (S, args, H) => {
        const z = H.clone(args[0]);
        S.softmax(z);
        return z;
      },
      judge: { kind: 'exact' },
      hint: 'Build a new array (map) instead of writing into z.',
    },
  ],
});
