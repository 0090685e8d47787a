import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

const EXAMPLE = {
  W: [[0.2, -0.5, 0.1, 2.0], [1.5, 1.3, 2.1, 0.0], [0, 0.25, 0.2, -0.3]],
  b: [1, 3, -2],
  x: [56, 231, 24, 2],
};

/** evenly spaced values, like numpy.linspace (CS231n builds its layer tests from these) */
function linspace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1)));
}
function linspaceCase(C: number, D: number) {
  const flat = linspace(-0.2, 0.3, C * D);
  return [Array.from({ length: C }, (_, c) => flat.slice(c * D, (c + 1) * D)), linspace(-0.3, 0.1, C), linspace(-0.1, 0.5, D)];
}

/** the predicted index must be the reference's; say which scores were tied when it matters */
function sameIndex({ got, expected, args }: JudgeInput): JudgeOutcome {
  if (got === expected) return { passed: true };
  const scores = (args as number[][])[0];
  const top = Math.max(...scores);
  const tied = scores.map((s, i) => (s === top ? i : -1)).filter((i) => i >= 0);
  let message = `predict returned ${JSON.stringify(got)}; the highest score ${top} is at index ${expected}.`;
  if (typeof got === 'number' && !Number.isInteger(got)) message += ' predict returns the class index, not the score.';
  else if (tied.length > 1) message += ` Indices ${tied.join(', ')} tie: return the lowest.`;
  return { passed: false, message };
}

export default defineChecks({
  checks: [
    {
      name: 'linearScores on the worked example gives [−96.9, 437.7, 59.95]',
      visibility: 'public',
      points: 1,
      cases: [[EXAMPLE.W, EXAMPLE.b, EXAMPLE.x]],
      probe: (S, args) => S.linearScores(args[0], args[1], args[2]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Score c is row c of W dotted with x, plus b[c].',
    },
    {
      name: 'predict picks class 1 in the worked example',
      visibility: 'public',
      points: 1,
      cases: [[[-96.9, 437.7, 59.95]]],
      probe: (S, args) => S.predict(args[0]),
      judge: { kind: 'custom', fn: sameIndex },
    },
    {
      name: 'predict returns the lowest index when scores tie',
      visibility: 'public',
      points: 1,
      cases: [[[1, 3, 3, 0]], [[2, 2, 2]]],
      probe: (S, args) => S.predict(args[0]),
      judge: { kind: 'custom', fn: sameIndex },
      hint: 'Replace the current best only when a score is strictly greater.',
    },
    {
      name: 'linearScores on random non-square W (C ≠ D)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) =>
        [[3, 5], [10, 4], [1, 3], [4, 1]].map(([C, D]) => [rng.randn(C, D), rng.randnVec(C), rng.randnVec(D, 3)]),
      probe: (S, args) => S.linearScores(args[0], args[1], args[2]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'W has C rows (classes) of D entries (inputs); the result has C entries.',
      reveal: true,
    },
    {
      name: 'linearScores on a CS231n-style linspace case (3 classes, 6 inputs)',
      visibility: 'hidden',
      points: 1,
      cases: [linspaceCase(3, 6), linspaceCase(2, 2)],
      probe: (S, args) => S.linearScores(args[0], args[1], args[2]),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'predict on random scores, including all-negative ones',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [
        [rng.randnVec(10)],
        [rng.randnVec(5).map((v) => -Math.abs(v) - 0.1)],
        [rng.randnVec(3).map((v) => -Math.abs(v) - 100)],
        [[-5, -0.5, -2, -9]], // all negative with the best one not first, on every seed
      ],
      probe: (S, args) => S.predict(args[0]),
      judge: { kind: 'custom', fn: sameIndex },
      hint: 'Start the running maximum at the first score (or −Infinity), not at 0.',
      reveal: true,
    },
    {
      name: 'predict on random ties',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => {
        const s = rng.randnVec(6).map((v) => Math.round(v));
        const top = Math.max(...s) + 1;
        const i = rng.int(0, 2);
        s[i] = top;
        s[rng.int(i + 1, 5)] = top;
        return [[s]];
      },
      probe: (S, args) => S.predict(args[0]),
      judge: { kind: 'custom', fn: sameIndex },
      reveal: true,
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[EXAMPLE.W, EXAMPLE.b, EXAMPLE.x]],
      probe: (S, args, H) => {
        const W = H.clone(args[0]);
        const b = H.clone(args[1]);
        const x = H.clone(args[2]);
        S.linearScores(W, b, x);
        return [W, b, x];
      },
      judge: { kind: 'exact' },
    },
  ],
});
