import { defineChecks, type JudgeInput, type JudgeOutcome, type Rng } from '../../grader/contract';

const P = [0.5, 0.25, 0.25];
const U = [1 / 3, 1 / 3, 1 / 3];
const Q2 = [0.7, 0.2, 0.1];

/** a random distribution over n outcomes; withZero puts an exact 0 in one entry */
function randomDist(rng: Rng, n: number, withZero = false): number[] {
  const w = Array.from({ length: n }, () => rng.next() + 0.01);
  if (withZero) w[rng.int(0, n - 1)] = 0;
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / s);
}
function randomPairs(rng: Rng, count: number): number[][][] {
  return Array.from({ length: count }, (_, k) => {
    const n = rng.int(2, 8);
    return [randomDist(rng, n, k % 3 === 0), randomDist(rng, n)];
  });
}

/**
 * got ≈ expected with |a − b| ≤ 1e-9·(|a| + |b|) + 1e-10. The absolute floor accepts the common
 * `Math.log(p + 1e-12)` guard (it shifts each value by ~1e-12, e.g. H([0, 1, 0]) = −1e-12) while any
 * real mistake (wrong base, swapped arguments, a sign) is off by far more.
 */
const REL = 1e-9;
const ABS = 1e-10;
function closeWithFloor({ got, expected }: JudgeInput): JudgeOutcome {
  const walk = (e: unknown, g: unknown, path: string): string | null => {
    if (typeof e === 'number') {
      if (typeof g !== 'number') return `${path || 'the result'}: expected a number, got ${JSON.stringify(g)}`;
      return Math.abs(e - g) <= REL * (Math.abs(e) + Math.abs(g)) + ABS ? null : `${path || 'the result'}: expected ${e}, got ${g}`;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(g) || g.length !== e.length) return `${path || 'the result'}: expected an array of ${e.length}`;
      for (let i = 0; i < e.length; i++) {
        const m = walk(e[i], g[i], `${path}[${i}]`);
        if (m) return m;
      }
      return null;
    }
    for (const k of Object.keys(e as object)) {
      const m = walk((e as any)[k], g && typeof g === 'object' ? (g as any)[k] : undefined, path ? `${path}.${k}` : k);
      if (m) return m;
    }
    return null;
  };
  const problem = walk(expected, got, '');
  return problem ? { passed: false, message: problem } : { passed: true };
}

/** identities among the student's own numbers hold to rounding: |a − b| ≤ 1e-10 (room for an ε-guarded log) */
function pairsAgree({ got }: JudgeInput): JudgeOutcome {
  const rows = got as { what: string; a: unknown; b: unknown }[];
  for (const { what, a, b } of rows) {
    if (typeof a !== 'number' || typeof b !== 'number' || !(Math.abs(a - b) <= 1e-10)) {
      return { passed: false, message: `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`, gotShown: JSON.stringify(a), expectedShown: JSON.stringify(b) };
    }
  }
  return { passed: true };
}

function allNonNegative({ got }: JudgeInput): JudgeOutcome {
  const vals = got as unknown[];
  const bad = vals.findIndex((v) => typeof v !== 'number' || !(v >= -1e-10));
  if (bad >= 0) return { passed: false, message: `KL(p‖q) = ${JSON.stringify(vals[bad])} on random pair ${bad}; KL is never negative (Gibbs' inequality)` };
  return { passed: true };
}

export default defineChecks({
  checks: [
    {
      name: 'H([0.5, 0.25, 0.25]) = 1.03972 nats',
      visibility: 'public',
      points: 1,
      cases: [[P]],
      probe: (S, args) => S.entropy(args[0]),
      judge: { kind: 'custom', fn: closeWithFloor },
      hint: 'H(p) = −Σ p_i ln p_i with the natural log (Math.log).',
    },
    {
      name: 'against the uniform q: H(p, q) = ln 3 and KL(p‖q) = 0.05889',
      visibility: 'public',
      points: 1,
      cases: [[P, U]],
      probe: (S, args) => ({ crossEntropy: S.crossEntropy(args[0], args[1]), kl: S.kl(args[0], args[1]) }),
      judge: { kind: 'custom', fn: closeWithFloor },
      hint: 'H(p, q) = −Σ p_i ln q_i: the true p weights the log of the model q.',
    },
    {
      name: 'KL is not symmetric: KL(p‖q2) = 0.11662, KL(q2‖p) = 0.09927',
      visibility: 'public',
      points: 1,
      cases: [[P, Q2]],
      probe: (S, args) => [S.kl(args[0], args[1]), S.kl(args[1], args[0])],
      judge: { kind: 'custom', fn: closeWithFloor },
      hint: 'KL(p‖q) = Σ p_i ln(p_i / q_i): the FIRST argument weights the sum.',
    },
    {
      name: 'zero probabilities: 0·log 0 counts as 0 (no NaN)',
      visibility: 'public',
      points: 2,
      cases: [[[0, 1, 0], [0.2, 0.5, 0.3]], [[0.5, 0, 0.5], [0.25, 0.25, 0.5]]],
      probe: (S, args) => ({ entropy: S.entropy(args[0]), crossEntropy: S.crossEntropy(args[0], args[1]), kl: S.kl(args[0], args[1]) }),
      judge: { kind: 'custom', fn: closeWithFloor },
      hint: '0 * Math.log(0) is 0 * −Infinity = NaN in JavaScript: skip the terms where p_i = 0.',
    },
    {
      name: 'all three match the reference on random pairs of distributions',
      visibility: 'hidden',
      points: 3,
      cases: (rng) => randomPairs(rng, 6),
      probe: (S, args) => ({ entropy: S.entropy(args[0]), crossEntropy: S.crossEntropy(args[0], args[1]), kl: S.kl(args[0], args[1]) }),
      judge: { kind: 'custom', fn: closeWithFloor },
      reveal: true,
    },
    {
      name: 'H(p, q) = H(p) + KL(p‖q) and KL(p‖p) = 0 with your own functions',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => randomPairs(rng, 5),
      probe: (S, args) => {
        const [p, q] = args;
        return [
          { what: 'H(p, q) vs H(p) + KL(p‖q)', a: S.crossEntropy(p, q), b: S.entropy(p) + S.kl(p, q) },
          { what: 'KL(p‖p) vs 0', a: S.kl(p, p), b: 0 },
          { what: 'H(p, p) vs H(p)', a: S.crossEntropy(p, p), b: S.entropy(p) },
        ];
      },
      judge: { kind: 'custom', fn: pairsAgree },
      needsReference: false, // pairsAgree compares your own numbers with each other
    },
    {
      name: 'KL(p‖q) ≥ 0 on 200 random pairs',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[randomPairs(rng, 200)]],
      probe: (S, args) => args[0].map((pq: number[][]) => S.kl(pq[0], pq[1])),
      judge: { kind: 'custom', fn: allNonNegative },
      needsReference: false, // allNonNegative reads only got
    },
    {
      name: 'entropy is 0 for a certain outcome and ln n for the uniform distribution',
      visibility: 'hidden',
      points: 1,
      cases: [[[0, 0, 0, 1]], [[0.25, 0.25, 0.25, 0.25]], [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]], [[1]]],
      probe: (S, args) => S.entropy(args[0]),
      judge: { kind: 'custom', fn: closeWithFloor },
      reveal: true,
    },
    {
      name: 'one-hot truth: cross-entropy = KL = −ln q_y',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [0, 1].map(() => {
        const q = randomDist(rng, 5);
        const p = [0, 0, 0, 0, 0];
        p[rng.int(0, 4)] = 1;
        return [p, q];
      }),
      probe: (S, args) => ({ crossEntropy: S.crossEntropy(args[0], args[1]), kl: S.kl(args[0], args[1]), entropy: S.entropy(args[0]) }),
      judge: { kind: 'custom', fn: closeWithFloor },
      reveal: true,
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[P, Q2]],
      probe: (S, args, H) => {
        const p = H.clone(args[0]);
        const q = H.clone(args[1]);
        S.entropy(p);
        S.crossEntropy(p, q);
        S.kl(p, q);
        return [p, q];
      },
      judge: { kind: 'exact' },
    },
  ],
});
