import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

/**
 * Sizes. The sandbox runs a student's code at interpreter speed (≈ 1–3 µs per weight drawn), so the
 * lecture's five depth-10, width-100 nets (500,000 draws) cost ~0.5 s per grading. The checks now run
 * small nets, and where a check has to tell two schemes apart it averages over several independent
 * nets: a scheme's scale is visible in every net, while the noise of one small net is large.
 *
 * Calibration: the reference's statistic simulated on the host (the same draws as lib/nn) over 40,000
 * aggregates per check, 100,000 for the single nets (gm = geometric mean, lsd = sd of the natural log;
 * skewness |s| ≤ 0.25 and kurtosis 2.9–3.2 everywhere except where noted, and the counts beyond ±4σ
 * match a normal's, so a bound 6σ out is beyond reach with probability ≈ 1e-9). For the averages over
 * several nets, a Chernoff bound from the empirical moment generating function of one net's value
 * (300,000–1,000,000 nets) confirms it: P(mean of K nets beyond the bound) ≤ the figure given.
 *   small/tanh   width 8, n 4, depth 10: layer-1 std gm 0.0267, lsd 0.202 (lower tail a little heavier:
 *                16 of 100,000 below −4σ, min −5.2σ; but std² is a sum of 32 weighted χ²₁ terms, so its
 *                lower tail is ~t^16: 0.004 is 9.4 lsd below). 0.12 is 7.4 lsd above. Largest layer-to-layer
 *                ratio: mean 0.037, max seen 0.09 (bound 0.5). Layer-10 std gm 2e-16, lsd 0.64 (1e-6 is 35 lsd).
 *   large/tanh   width 16, n 8, depth 2: layer-2 std mean 0.881 (tanh: always ≤ 1); log(1 − std) mean
 *                −2.140, sd 0.154, upper tail normal: std ≥ 0.6 is 7.9σ. Saturated, averaged over both
 *                layers: 0.474 ± 0.040 (0.2 is 6.9σ below).
 *   xavier/tanh  7 nets, width 16, n 4, depth 4: mean layer-4 std gm 0.343, lsd 0.0466: 0.46 is 6.3σ
 *                above (Chernoff ≤ 1.7e-10), 0.2 is 11.6σ below (≤ 1e-22). Saturated (all 7 nets' layer 4 pooled): max seen 0.016 of one
 *                net in 280,000 nets (bound 0.05 pooled).
 *   he/relu      30 one-layer nets, width 8, n 16: mean E[a²] = mean(std² + mean²) gm 0.999 (it is 1 in
 *                expectation), lsd 0.056: 0.70 is 6.4σ below (Chernoff ≤ 4.7e-9), 1.45 is 6.6σ above
 *                (≤ 1.1e-10). Pooled mean/std 0.665 ± 0.011: 0.3 is 34σ below. One net's E[a²] has a
 *                light right tail (P(> 3.5× its mean) = 3e-6, falling ~10× per +0.5×), so no single
 *                net can push the average of 30 past 1.45.
 *   xavier/relu  24 one-layer nets, width 8, n 16: mean E[a²] gm 0.499 (0.5 in expectation), lsd 0.0625:
 *                0.73 is 6.1σ above (Chernoff ≤ 5.3e-9).
 * What the bounds catch (the same distributions, for the wrong code):
 *   He and Xavier swapped: xavier/tanh gives mean std gm 0.563, lsd 0.029 (0.46 is 6.9σ below it,
 *                Chernoff ≤ 2.8e-9; Xavier's window was 16σ from it before); he/relu gives E[a²] gm
 *                0.499 (0.70 is 6.0σ above, ≤ 6.3e-9: the old check's margin was 7.1σ), xavier/relu gm
 *                0.999 (0.73 is 5.0σ below: it was 4.9σ). Each check alone catches He or Xavier drawn
 *                at the other's scale as surely as before (a margin of 6σ or more counted as certain).
 *   the variance as the std: xavier/tanh mean std 0.0035 (≪ 0.2); he/relu E[a²] 0.25.
 *   pre-activation statistics: large/tanh std ≈ 3.5 (> 1); he/relu mean/std 0.000 ± 0.014, E[a²] 2.
 *   no activation: large/tanh std ≈ 16; xavier/tanh mean std gm 0.96; he/relu mean/std ≈ 0, E[a²] 2.
 *   the input counted as layer 1: small/tanh layer-1 std ≈ 1; he/relu mean/std ≈ 0.
 */
export const BOUNDS = {
  smallLayer1Std: [0.004, 0.12],
  smallRatioMax: 0.5,
  smallLastStdMax: 1e-6,
  largeLastStd: [0.6, 1],
  largeSaturatedMin: 0.2,
  xavierTanhMeanStd: [0.2, 0.46],
  xavierTanhSaturatedMax: 0.05,
  heReluMeanSquare: [0.7, 1.45],
  reluMeanOverStdMin: 0.3,
  xavierReluMeanSquareMax: 0.73,
} as const;

/**
 * Runs `a.nets` independent experiments (default 1), each with its own seeded generator with the
 * course's Rng interface (mulberry32 + Box–Muller; the same sequence as H.newRng, which costs about twice
 * as much per draw in the sandbox), and keeps only the three fields of each layer.
 */
const probe = (S: any, a: any) => {
  const nets: { mean: unknown; std: unknown; saturated: unknown }[][] = [];
  for (let k = 0; k < (a.nets ?? 1); k++) {
    let state = (a.seed + k * 0x9e3779b9) >>> 0;
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
    const res: { mean: unknown; std: unknown; saturated: unknown }[] = [];
    for (let i = 0; i < out.length; i++) res.push({ mean: out[i].mean, std: out[i].std, saturated: out[i].saturated });
    nets.push(res);
  }
  return nets;
};

type Stat = { mean: number; std: number; saturated: number };
type Case = { scheme: string; act: string; depth: number; width: number; n: number; nets: number; seed: number };

/** checks the shape of every net's result; returns the nets' layers, or a failing outcome */
function netsOf(got: unknown, depth: number): Stat[][] | JudgeOutcome {
  if (!Array.isArray(got) || !got.length) return { passed: false, message: 'activationStats must return an array with one entry per layer' };
  for (const L of got) {
    if (!Array.isArray(L)) return { passed: false, message: 'activationStats must return an array with one entry per layer' };
    if (L.length !== depth) return { passed: false, message: `expected ${depth} entries (one per layer, the input not included), got ${L.length}` };
    for (const [i, s] of L.entries())
      for (const k of ['mean', 'std', 'saturated'])
        if (typeof s?.[k] !== 'number') return { passed: false, message: `entry ${i}: "${k}" is ${JSON.stringify(s?.[k])}, expected a finite number` };
  }
  return got as Stat[][];
}
const fail = (message: string, gotShown?: string, expectedShown?: string): JudgeOutcome => ({ passed: false, message, gotShown, expectedShown });
const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p3 = (x: number) => x.toPrecision(3);

/** rule over all nets (several-net checks) or over the one net's layers */
const judgeNets = (rule: (nets: Stat[][], a: Case) => JudgeOutcome) => ({ got, args }: JudgeInput): JudgeOutcome => {
  const a = args as Case;
  const N = netsOf(got, a.depth);
  return Array.isArray(N) ? rule(N, a) : N;
};
const judgeWith = (rule: (L: Stat[]) => JudgeOutcome) => judgeNets((N) => rule(N[0]));

const show = (x: unknown) => {
  const a = x as Case;
  return `activationStats('${a.scheme}', '${a.act}', depth ${a.depth}, width ${a.width}, n ${a.n}, rng)${a.nets > 1 ? `, ${a.nets} times with independent generators` : ''}`;
};
const net1 = (scheme: string, act: string, depth: number, width: number, n: number, seed: number): Case => ({ scheme, act, depth, width, n, nets: 1, seed });
const seeds = (rng: any) => rng.int(1, 2 ** 31);

export default defineChecks({
  checks: [
    {
      name: 'one entry per layer, with finite mean, std ≥ 0 and saturated in [0, 1] (depth 3, width 4, n 5)',
      visibility: 'public',
      points: 1,
      cases: [net1('xavier', 'tanh', 3, 4, 5, 1)],
      probe,
      show,
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
      cases: [net1('zeros', 'tanh', 3, 8, 4, 2)],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => (L.every((s) => Math.abs(s.mean) < 1e-12 && Math.abs(s.std) < 1e-12 && s.saturated === 0) ? { passed: true } : fail('with all-zero weights every activation is tanh(0) = 0', JSON.stringify(L[0])))),
      },
    },
    {
      name: 'small weights + tanh (width 8): layer 1 std ≈ 0.01·√8 ≈ 0.03 (0.004 … 0.12), every layer shrinks it by > 2×, layer 10 std < 1e-6',
      visibility: 'public',
      points: 2,
      cases: [net1('small', 'tanh', 10, 8, 4, 231)],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          if (!inRange(L[0].std, BOUNDS.smallLayer1Std)) return fail(`layer 1 std is ${p3(L[0].std)}; with std 0.01 and fan-in 8 it should be about 0.01·√8 ≈ 0.03 (is entry 0 the first hidden layer?)`, String(L[0].std), '≈ 0.03 (0.004 … 0.12)');
          for (let i = 1; i < L.length; i++)
            if (!(L[i].std <= BOUNDS.smallRatioMax * L[i - 1].std)) return fail(`layer ${i + 1} std ${p3(L[i].std)} is not much smaller than layer ${i}'s ${p3(L[i - 1].std)}: small weights should shrink it ~30× per layer here`);
          if (!(L[9].std < BOUNDS.smallLastStdMax)) return fail(`layer 10 std is ${L[9].std}; the activations should have collapsed towards 0`, String(L[9].std), `< ${BOUNDS.smallLastStdMax}`);
          return { passed: true, gotShown: `layer 1 std ${p3(L[0].std)}, layer 10 std ${p3(L[9].std)}` };
        }),
      },
      hint: 'Each layer multiplies the std by about 0.01·√fanIn: the signal vanishes geometrically.',
    },
    {
      name: 'large weights + tanh (width 16, 2 layers): std of layer 2 between 0.6 and 1, more than a fifth of the activations saturated',
      visibility: 'public',
      points: 2,
      cases: [net1('large', 'tanh', 2, 16, 8, 232)],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeWith((L) => {
          const s = L[1];
          const sat = mean(L.map((l) => l.saturated));
          if (!inRange(s.std, BOUNDS.largeLastStd)) return fail(`layer 2 std is ${p3(s.std)}; tanh outputs lie in (−1, 1), and saturated ones are near ±1 (are you measuring the activations after tanh?)`, String(s.std), '0.6 … 1');
          if (!(sat > BOUNDS.largeSaturatedMin)) return fail(`only ${(100 * sat).toFixed(1)}% of the activations have |a| > 0.99; with N(0, 1) weights the pre-activations have std ≈ √16 = 4, and about half of them land on the flat part of tanh`, String(sat), `> ${BOUNDS.largeSaturatedMin}`);
          return { passed: true, gotShown: `saturated ${sat.toFixed(3)}, layer 2 std ${s.std.toFixed(3)}` };
        }),
      },
      hint: 'With fan-in 16 the pre-activations have std ≈ 4 (≈ 10 at width 100, where 78% saturate).',
    },
    {
      name: 'Xavier + tanh (7 nets, width 16, depth 4): layer 4 std about 0.34 on average (0.2 … 0.46), almost nothing saturated',
      visibility: 'public',
      points: 2,
      cases: [{ scheme: 'xavier', act: 'tanh', depth: 4, width: 16, n: 4, nets: 7, seed: 233 }],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeNets((N) => {
          const m = mean(N.map((L) => L[3].std));
          const sat = mean(N.map((L) => L[3].saturated));
          if (!inRange(m, BOUNDS.xavierTanhMeanStd))
            return fail(`the layer-4 std averages ${p3(m)} over the 7 nets, expected 0.2 … 0.46 (about 0.34) for Var(w) = 1/fanIn${m > 0.46 && m < 0.75 ? ' (≈ 0.56 is what Var(w) = 2/fanIn, He, gives)' : ''}`, String(m), '0.2 … 0.46');
          if (!(sat < BOUNDS.xavierTanhSaturatedMax)) return fail(`${(100 * sat).toFixed(1)}% of layer 4 is saturated; Xavier should keep tanh in its linear range`);
          return { passed: true, gotShown: `mean layer-4 std ${m.toFixed(3)}` };
        }),
      },
      hint: "The lecture's Xavier has variance 1/fanIn: std = √(1/width).",
    },
    {
      name: 'He + ReLU (30 one-layer nets, width 8): the mean square E[a²] = std² + mean² stays ≈ that of the input, 1 (0.7 … 1.45), and the mean is clearly positive',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [{ scheme: 'he', act: 'relu', depth: 1, width: 8, n: 16, nets: 30, seed: seeds(rng) }],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeNets((N) => {
          const m2 = mean(N.map((L) => L[0].std ** 2 + L[0].mean ** 2));
          const ratio = mean(N.map((L) => L[0].mean)) / mean(N.map((L) => L[0].std));
          if (!inRange(m2, BOUNDS.heReluMeanSquare))
            return fail(`E[a²] averages ${p3(m2)}; with He's Var(w) = 2/fanIn, ReLU's halving is compensated and it stays ≈ E[x²] = 1${m2 < 0.7 && m2 > 0.35 ? ' (≈ 0.5 is what Var(w) = 1/fanIn gives)' : ''}`, String(m2), '0.7 … 1.45');
          if (!(ratio > BOUNDS.reluMeanOverStdMin)) return fail(`the mean is only ${p3(ratio)} × the std: ReLU activations are ≥ 0, so their mean is well above 0 (≈ 0.66 × the std; are you measuring after the ReLU?)`);
          return { passed: true, gotShown: `E[a²] ${m2.toFixed(3)}, mean/std ${ratio.toFixed(3)}` };
        }),
      },
      hint: 'ReLU zeroes half of its inputs, so E[relu(z)²] = Var(z)/2: He doubles Var(z) to make up for it, layer after layer.',
      needsReference: false, // the judge reads only got
    },
    {
      name: 'Xavier + ReLU (24 one-layer nets, width 8): E[a²] halves (below 0.73): after 10 layers that is 2⁻¹⁰, which is why ReLU needs He',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ scheme: 'xavier', act: 'relu', depth: 1, width: 8, n: 16, nets: 24, seed: seeds(rng) }],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeNets((N) => {
          const m2 = mean(N.map((L) => L[0].std ** 2 + L[0].mean ** 2));
          if (!N.every((L) => L[0].std > 0)) return fail('a layer of activations with std 0: the ReLU of a non-zero layer is not constant');
          return m2 < BOUNDS.xavierReluMeanSquareMax
            ? { passed: true, gotShown: `E[a²] ${m2.toFixed(3)}` }
            : fail(`E[a²] averages ${p3(m2)}; with Var(w) = 1/fanIn each ReLU layer should halve it (≈ 0.5)`, String(m2), `< ${BOUNDS.xavierReluMeanSquareMax}`);
        }),
      },
      needsReference: false, // the judge reads only got
    },
  ],
});
