import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { initStd, type InitScheme } from '../../lib/nn/init';

/**
 * One probe for every check. The generator is the course's Rng seeded by the case (H.newRng), so a case's
 * seed reproduces the student's draws; it returns the shape, the values (small matrices only) or summary
 * statistics computed with plain loops. (init-activation-stats inlines its own generator instead, where
 * it measurably cut the grading time; here H.newRng keeps the probe short.)
 */
const probe = (S: any, a: any, H: any) => {
  const mk = (seed: number) => H.newRng(seed);
  const W = S.initWeights(a.fanIn, a.fanOut, a.scheme, mk(a.seed));
  if (a.mode === 'values') return W;
  if (a.mode === 'twice') return [W, S.initWeights(a.fanIn, a.fanOut, a.scheme, mk(a.seed))];
  const cols: number[] = [];
  let n = 0, s = 0, s2 = 0;
  for (let i = 0; i < W.length; i++) {
    cols.push(W[i].length);
    for (let j = 0; j < W[i].length; j++) {
      const v = +W[i][j];
      n++;
      s += v;
      s2 += v * v;
    }
  }
  const mean = s / n;
  if (a.mode === 'shape') return { rows: W.length, cols: cols.length ? Math.min(...cols) : 0, colsMax: cols.length ? Math.max(...cols) : 0 };
  return { rows: W.length, n, mean, std: Math.sqrt(Math.max(0, s2 / n - mean * mean)) };
};

/**
 * Judges the sample statistics against the scheme's formula (host side, from lib/nn). The sample std of
 * n normal draws has relative sd 1/√(2n) and the mean has sd σ/√n: both bounds are 6 of those, so a
 * correct sampler fails with probability < 1e-8 (and the bound never goes below 2% on big matrices).
 * Exactly, n·s²/σ² ~ χ²(n−1): P(|s/σ − 1| > 6/√(2n)) = 2.7e-9 (n = 300), 2.5e-9 (384), 2.25e-9 (768),
 * plus 2.0e-9 for the mean (2·Φ(−6)): < 5e-9 per case. A uniform sampler with the same variance (kurtosis
 * 1.8 < 3) has a less variable sample std, so it passes even more surely.
 *
 * Sizes: every stats case has n ≥ 300 entries, where a std off by a factor ≥ √3 (fanOut for fanIn when they
 * are ≥ 3× apart, a uniform on (−1, 1) for 'large') passes with probability < 3e-13 (χ² again); the public
 * case that must tell the three formulas apart has n = 768, where a factor √2 (He and Xavier swapped,
 * Glorot's formula for Xavier when fanOut = 3·fanIn) passes with probability < 5e-14 (7.4σ).
 */
function statsMatch({ got, args }: JudgeInput): JudgeOutcome {
  const a = args as { fanIn: number; fanOut: number; scheme: InitScheme };
  const g = got as { rows: number; n: number; mean: number; std: number } | null;
  if (!g || typeof g.std !== 'number') return { passed: false, message: 'initWeights must return a matrix (an array of rows of numbers)' };
  if (g.rows !== a.fanIn || g.n !== a.fanIn * a.fanOut) return { passed: false, message: `expected a ${a.fanIn} × ${a.fanOut} matrix (fanIn rows), got ${g.rows} rows and ${g.n} entries` };
  const want = initStd(a.scheme, a.fanIn, a.fanOut);
  const relTol = Math.max(0.02, 6 / Math.sqrt(2 * g.n));
  if (!(Math.abs(g.std / want - 1) <= relTol))
    return { passed: false, message: `sample std ${g.std.toPrecision(5)} for '${a.scheme}' with fanIn ${a.fanIn}, fanOut ${a.fanOut}; expected ${want.toPrecision(5)} (±${(relTol * 100).toFixed(1)}%)`, expectedShown: want.toPrecision(6), gotShown: g.std.toPrecision(6) };
  if (!(Math.abs(g.mean) <= (6 * want) / Math.sqrt(g.n)))
    return { passed: false, message: `sample mean ${g.mean.toPrecision(3)}: the weights should be centred on 0`, expectedShown: '0', gotShown: String(g.mean) };
  return { passed: true, expectedShown: `std ${want.toPrecision(6)}`, gotShown: `std ${g.std.toPrecision(6)}` };
}

function allZero({ got }: JudgeInput): JudgeOutcome {
  const W = got as number[][];
  if (!Array.isArray(W) || W.length !== 4 || !W.every((r) => Array.isArray(r) && r.length === 3)) return { passed: false, message: "expected a 4 × 3 matrix for initWeights(4, 3, 'zeros', rng)" };
  return W.every((r) => r.every((v) => v === 0)) ? { passed: true } : { passed: false, message: "'zeros' must give exactly 0 everywhere" };
}

function sameTwice({ got }: JudgeInput): JudgeOutcome {
  const [A, B] = (got ?? []) as number[][][];
  return JSON.stringify(A) === JSON.stringify(B) && Array.isArray(A)
    ? { passed: true }
    : { passed: false, message: 'two calls with identically seeded generators gave different weights: draw every random number from rng (not Math.random)' };
}

const stats = (scheme: InitScheme, fanIn: number, fanOut: number, seed: number) => ({ scheme, fanIn, fanOut, seed, mode: 'stats' });

export default defineChecks({
  checks: [
    {
      name: 'the matrix is fanIn × fanOut (3 × 5): one row per input',
      visibility: 'public',
      points: 1,
      cases: ['xavier', 'he', 'glorot', 'small', 'large', 'zeros'].map((scheme) => ({ fanIn: 3, fanOut: 5, scheme, seed: 1, mode: 'shape' })),
      probe,
      judge: { kind: 'exact' },
      hint: 'W.length must be fanIn and every row must have fanOut entries (a layer computes x·W).',
    },
    {
      name: "'zeros' gives all zeros",
      visibility: 'public',
      points: 1,
      cases: [{ fanIn: 4, fanOut: 3, scheme: 'zeros', seed: 1, mode: 'values' }],
      probe,
      judge: { kind: 'custom', fn: allZero },
    },
    {
      name: 'fanIn 16, fanOut 48: sample std ≈ 0.25 (xavier), 0.3536 (he), 0.1768 (glorot)',
      visibility: 'public',
      points: 3,
      // 768 entries each (tolerance ±15.3%). fanOut = 3·fanIn makes every confusion between the three
      // formulas, and fanOut for fanIn, a factor ≥ √2: Xavier ↔ He √2, Xavier ↔ Glorot √(2·16/64) = 1/√2,
      // He ↔ Glorot 2, fanOut for fanIn 1/√3 (all ≥ 6.6σ outside, see statsMatch)
      cases: [stats('xavier', 16, 48, 11), stats('he', 16, 48, 12), stats('glorot', 16, 48, 13)],
      probe,
      judge: { kind: 'custom', fn: statsMatch },
      hint: 'The table gives variances: std = √(1/fanIn) for xavier, √(2/fanIn) for he, √(2/(fanIn + fanOut)) for glorot.',
    },
    {
      name: "'small' has std 0.01 and 'large' std 1",
      visibility: 'hidden',
      points: 1,
      // 300 entries each (±24.5%): the mistakes here are factors of 10 (0.01 read as a variance: 30σ) or a
      // uniform on (−1, 1) for 'large' (std 0.577: passes with probability 2e-13, 7.3σ)
      cases: (rng) => [stats('small', 20, 15, rng.int(1, 1e9)), stats('large', 15, 20, rng.int(1, 1e9))],
      probe,
      judge: { kind: 'custom', fn: statsMatch },
      needsReference: false, // statsMatch reads only got (the formula comes from lib/nn)
    },
    {
      name: 'random fan-in and fan-out: the std follows the formula (not a constant, and fanIn vs fanOut matters)',
      visibility: 'hidden',
      points: 3,
      cases: (rng) =>
        (['xavier', 'he', 'glorot'] as InitScheme[]).flatMap((scheme) => {
          // one side 12…14, the other 3…3.3× it, either way round: fanIn ranges over 12…46 (so a constant
          // std fails), n = 432…644 entries, and fanOut used for fanIn is off by a factor ≥ √3, which passes a
          // case with probability < 1e-16. He and Xavier swapped moves two of the three cases by √2 (at
          // n = 432 they pass with probability 4.8e-6 and 1.2e-4): the check passes with probability < 6e-10.
          const small = rng.int(12, 14);
          const big = rng.int(3 * small, 3 * small + 4);
          const [fanIn, fanOut] = rng.next() < 0.5 ? [small, big] : [big, small];
          return [stats(scheme, fanIn, fanOut, rng.int(1, 1e9))];
        }),
      probe,
      judge: { kind: 'custom', fn: statsMatch },
      needsReference: false, // statsMatch reads only got
      reveal: true,
    },
    {
      name: 'the same seed gives the same weights (all randomness comes from rng)',
      visibility: 'hidden',
      points: 1,
      cases: [{ fanIn: 4, fanOut: 3, scheme: 'he', seed: 99, mode: 'twice' }],
      probe,
      judge: { kind: 'custom', fn: sameTwice },
      needsReference: false, // sameTwice compares the two matrices of got
    },
  ],
});
