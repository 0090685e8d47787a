import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

/**
 * Thresholds calibrated on the reference over 400 seeds (width 100, n 10, depth 10); observed ranges
 * (gm = geometric mean, lsd = standard deviation of the natural log):
 *   small/tanh   layer-1 std 0.091–0.108, layer-to-layer ratio ≤ 0.111, layer-10 std ≤ 1.3e-10
 *   large/tanh   layer-10 saturated 0.741–0.839, std 0.948–0.967
 *   xavier/tanh  layer-10 std 0.196–0.262 (gm 0.225, lsd 0.049), saturated 0
 *   he/relu      layer-10 std 0.330–1.64 (gm 0.783, lsd 0.258: 0.15 is 6.4 lsd below), mean/std ≥ 0.514
 *   xavier/relu  layer-10 std 0.010–0.051 (gm 0.0245, lsd 0.258: 0.2 is 8.1 lsd above)
 *   he/tanh (the swapped-scheme mutant's xavier/tanh) 0.517–0.587: 0.4 is 16 lsd below it
 * Each bound below sits ≥ 6 standard deviations (of the log where the spread is multiplicative) from
 * the reference's range, and the mutants land far on the other side (he/xavier swapped gives 0.54 for
 * xavier/tanh; pre-activation statistics give std 9.5 for large/tanh and mean/std ≈ 0 for he/relu).
 */
export const BOUNDS = {
  smallLayer1Std: [0.05, 0.2],
  smallRatioMax: 0.5,
  smallLastStdMax: 1e-6,
  largeLastSaturatedMin: 0.5,
  largeLastStd: [0.85, 1],
  xavierTanhLastStd: [0.1, 0.4],
  xavierTanhLastSaturatedMax: 0.05,
  heReluLastStd: [0.15, 10],
  reluMeanOverStdMin: 0.3,
  xavierReluLastStdMax: 0.2,
} as const;

/** the probe builds a seeded generator with the course's Rng interface (mulberry32 + Box–Muller) */
const probe = (S: any, a: any) => {
  let state = a.seed >>> 0;
  let spare: number | null = null;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const th = 2 * Math.PI * next();
    spare = r * Math.sin(th);
    return r * Math.cos(th);
  };
  const rng = { next, normal, uniform: (lo: number, hi: number) => lo + (hi - lo) * next() };
  const out = S.activationStats(a.scheme, a.act, a.depth, a.width, a.n, rng);
  // keep only the three fields (a student may return more)
  const res: { mean: unknown; std: unknown; saturated: unknown }[] = [];
  for (let i = 0; i < out.length; i++) res.push({ mean: out[i].mean, std: out[i].std, saturated: out[i].saturated });
  return res;
};

type Stat = { mean: number; std: number; saturated: number };
/** checks the shape of the result; returns the layers, or a failing outcome */
function layers(got: unknown, depth: number): Stat[] | JudgeOutcome {
  if (!Array.isArray(got)) return { passed: false, message: 'activationStats must return an array with one entry per layer' };
  if (got.length !== depth) return { passed: false, message: `expected ${depth} entries (one per layer, the input not included), got ${got.length}` };
  for (const [i, s] of got.entries())
    for (const k of ['mean', 'std', 'saturated'])
      if (typeof s?.[k] !== 'number') return { passed: false, message: `entry ${i}: "${k}" is ${JSON.stringify(s?.[k])}, expected a finite number` };
  return got as Stat[];
}
const fail = (message: string, gotShown?: string, expectedShown?: string): JudgeOutcome => ({ passed: false, message, gotShown, expectedShown });
const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

type Rule = (L: Stat[]) => JudgeOutcome;
const judgeWith = (rule: Rule) => ({ got, args }: JudgeInput): JudgeOutcome => {
  const L = layers(got, (args as { depth: number }).depth);
  return Array.isArray(L) ? rule(L) : L;
};

const cfg = (scheme: string, act: string, seed: number) => ({ scheme, act, depth: 10, width: 100, n: 10, seed });
const seeds = (rng: any) => rng.int(1, 2 ** 31);

export default defineChecks({
  checks: [
    {
      name: 'one entry per layer, with finite mean, std ≥ 0 and saturated in [0, 1] (depth 3, width 4, n 5)',
      visibility: 'public',
      points: 1,
      cases: [{ scheme: 'xavier', act: 'tanh', depth: 3, width: 4, n: 5, seed: 1 }],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          for (const [i, s] of L.entries())
            if (!(s.std >= 0 && s.saturated >= 0 && s.saturated <= 1 && Number.isFinite(s.mean))) return fail(`entry ${i} is not a valid summary: ${JSON.stringify(s)}`);
          return { passed: true };
        }),
      },
    },
    {
      name: "'zeros': every layer has mean 0, std 0 and nothing saturated",
      visibility: 'public',
      points: 1,
      cases: [{ scheme: 'zeros', act: 'tanh', depth: 3, width: 8, n: 4, seed: 2 }],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => (L.every((s) => Math.abs(s.mean) < 1e-12 && Math.abs(s.std) < 1e-12 && s.saturated === 0) ? { passed: true } : fail('with all-zero weights every activation is tanh(0) = 0', JSON.stringify(L[0])))),
      },
    },
    {
      name: 'small weights + tanh: layer 1 std ≈ 0.1, every layer shrinks it by > 2×, layer 10 std < 1e-6',
      visibility: 'public',
      points: 2,
      cases: [cfg('small', 'tanh', 231)],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          if (!inRange(L[0].std, BOUNDS.smallLayer1Std)) return fail(`layer 1 std is ${L[0].std.toPrecision(3)}; with std 0.01 and fan-in 100 it should be about 0.01·√100 = 0.1 (is entry 0 the first hidden layer?)`, String(L[0].std), '≈ 0.1');
          for (let i = 1; i < L.length; i++)
            if (!(L[i].std <= BOUNDS.smallRatioMax * L[i - 1].std)) return fail(`layer ${i + 1} std ${L[i].std.toPrecision(3)} is not much smaller than layer ${i}'s ${L[i - 1].std.toPrecision(3)}: small weights should shrink it ~10× per layer`);
          if (!(L[9].std < BOUNDS.smallLastStdMax)) return fail(`layer 10 std is ${L[9].std}; the activations should have collapsed towards 0`, String(L[9].std), `< ${BOUNDS.smallLastStdMax}`);
          return { passed: true, gotShown: `layer 1 std ${L[0].std.toPrecision(3)}, layer 10 std ${L[9].std.toPrecision(3)}` };
        }),
      },
      hint: 'Each layer multiplies the std by about 0.01·√fanIn: the signal vanishes geometrically.',
    },
    {
      name: 'large weights + tanh: more than half of layer 10 saturated, std between 0.85 and 1',
      visibility: 'public',
      points: 2,
      cases: [cfg('large', 'tanh', 232)],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          const s = L[9];
          if (!inRange(s.std, BOUNDS.largeLastStd)) return fail(`layer 10 std is ${s.std.toPrecision(3)}; tanh outputs lie in (−1, 1), and saturated ones are near ±1 (are you measuring the activations after tanh?)`, String(s.std), '0.85 … 1');
          if (!(s.saturated > BOUNDS.largeLastSaturatedMin)) return fail(`only ${(100 * s.saturated).toFixed(1)}% of layer 10 has |a| > 0.99; with N(0, 1) weights most tanh units saturate`, String(s.saturated), `> ${BOUNDS.largeLastSaturatedMin}`);
          return { passed: true, gotShown: `saturated ${s.saturated.toFixed(3)}, std ${s.std.toFixed(3)}` };
        }),
      },
    },
    {
      name: 'Xavier + tanh: layer 10 std between 0.1 and 0.4, almost nothing saturated',
      visibility: 'public',
      points: 2,
      cases: [cfg('xavier', 'tanh', 233)],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          const s = L[9];
          if (!inRange(s.std, BOUNDS.xavierTanhLastStd)) return fail(`layer 10 std is ${s.std.toPrecision(3)}, expected 0.1 … 0.4 (about 0.23) for Var(w) = 1/fanIn`, String(s.std), '0.1 … 0.4');
          if (!(s.saturated < BOUNDS.xavierTanhLastSaturatedMax)) return fail(`${(100 * s.saturated).toFixed(1)}% of layer 10 is saturated; Xavier should keep tanh in its linear range`);
          return { passed: true, gotShown: `layer 10 std ${s.std.toFixed(3)}` };
        }),
      },
      hint: "The lecture's Xavier has variance 1/fanIn: std = √(1/width).",
    },
    {
      name: 'He + ReLU: layer 10 std stays of order 1 (0.15 … 10) and the mean is clearly positive',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [cfg('he', 'relu', seeds(rng))],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          const s = L[9];
          if (!inRange(s.std, BOUNDS.heReluLastStd)) return fail(`layer 10 std is ${s.std.toPrecision(3)}; He's factor 2 should compensate ReLU halving the variance`, String(s.std), '0.15 … 10');
          if (!(s.mean > BOUNDS.reluMeanOverStdMin * s.std)) return fail(`layer 10 mean ${s.mean.toPrecision(3)} with std ${s.std.toPrecision(3)}: ReLU activations are ≥ 0, so their mean is well above 0 (are you measuring after the ReLU?)`);
          return { passed: true, gotShown: `layer 10 std ${s.std.toFixed(3)}, mean ${s.mean.toFixed(3)}` };
        }),
      },
    },
    {
      name: 'Xavier + ReLU: the std fades (layer 10 below 0.2): this is why ReLU needs He',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [cfg('xavier', 'relu', seeds(rng))],
      probe,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => (L[9].std < BOUNDS.xavierReluLastStdMax && L[9].std > 0 ? { passed: true, gotShown: `layer 10 std ${L[9].std.toPrecision(3)}` } : fail(`layer 10 std is ${L[9].std.toPrecision(3)}; with Var(w) = 1/fanIn each ReLU layer should lose about a factor √2`, String(L[9].std), '< 0.2'))),
      },
    },
  ],
});
