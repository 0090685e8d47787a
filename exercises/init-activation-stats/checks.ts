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
 *   xavier/tanh  2 nets, width 16, n 4, depth 4: one net's layer-4 std 0.343 ± 0.0425 (log: sd 0.125, skew
 *                −0.07), the mean of 2 ± 0.030: 0.58 is 7.9σ above, 0.15 is 6.4σ below (9.4 sd of the log).
 *                Saturated (both nets' layer 4 pooled): max seen 0.016 of one net in 280,000 (bound 0.05).
 *                A lesson more than a test: He's scale (0.564) lies inside; the next check pins the scales.
 *   scales on the same numbers: 2 one-layer ReLU nets, width 8, n 16, each run with 'xavier', 'he',
 *                'large', 'glorot' and 'small' from the same seed. Code that draws the same numbers for
 *                every scheme (every correct solution we know of: the scheme only sets the std) gives
 *                E[a²] in exact proportion to Var(w) (relu(c·z) = c·relu(z)): he 2, large 8, glorot 1,
 *                small 8e-4 × Xavier's, to rounding (~1e-15; tolerance 1e-6). So any error in a scheme's
 *                scale fails with certainty, not with 6σ odds, and N(0, 1) — the code's own draws —
 *                anchors the absolute scale. He's pooled mean/std 0.665 ± 0.043: 0.3 is 8.5σ below.
 *                Code that draws differently per scheme gives ratios that change from net to net; the
 *                probe then also runs 30 + 24 independent nets and the judge applies the bounds below.
 *   he/relu      (fallback) 30 one-layer nets, width 8, n 16: mean E[a²] = mean(std² + mean²) gm 0.999
 *                (1 in expectation), lsd 0.056: 0.70 is 6.4σ below (Chernoff ≤ 4.7e-9), 1.45 is 6.6σ
 *                above (≤ 1.1e-10). One net's E[a²] has a light right tail (P(> 3.5× its mean) = 3e-6,
 *                falling ~10× per +0.5×), so no single net can push the average of 30 past 1.45.
 *   xavier/relu  (fallback) 24 one-layer nets: mean E[a²] gm 0.499, lsd 0.0625: 0.73 is 6.1σ above
 *                (Chernoff ≤ 5.3e-9).
 * What the bounds catch (the same distributions, for the wrong code):
 *   He and Xavier swapped, or one at the other's scale (e.g. He written with Glorot's formula, which is
 *                Xavier's for a square layer), or fanIn taken from the wrong dimension: a scale ratio is
 *                0.5, 1, 4 or 16 instead of 2 or 8, exactly. With different numbers per scheme, the
 *                fallback catches He or Xavier at the other's scale (he/relu gm 0.499: 0.70 is 6.0σ
 *                above; xavier/relu gm 0.999: 0.73 is 5.0σ below).
 *   the variance as the std: xavier/tanh mean std 0.0035 (≪ 0.15); He over Xavier 4, not 2.
 *   pre-activation statistics: large/tanh std ≈ 3.5 (> 1); relu mean/std ≈ 0, E[a²] 2.
 *   no activation: large/tanh std ≈ 16; xavier/tanh mean std gm 0.96; relu mean/std ≈ 0.
 *   the input counted as layer 1: small/tanh layer-1 std ≈ 1; relu mean/std ≈ 0.
 */
export const BOUNDS = {
  smallLayer1Std: [0.004, 0.12],
  smallRatioMax: 0.5,
  smallLastStdMax: 1e-6,
  largeLastStd: [0.6, 1],
  largeSaturatedMin: 0.2,
  xavierTanhMeanStd: [0.15, 0.58],
  xavierTanhSaturatedMax: 0.05,
  /** a scheme's E[a²] over Xavier's on the same numbers: relative tolerance on the exact ratio (rounding is ~1e-15) */
  pairedRatioTolerance: 1e-6,
  heReluMeanSquare: [0.7, 1.45],
  reluMeanOverStdMin: 0.3,
  xavierReluMeanSquareMax: 0.73,
} as const;

/**
 * Runs `a.nets` independent experiments (default 1), each with its own seeded generator with the
 * course's Rng interface (mulberry32 + Box–Muller; the same sequence as H.newRng, inlined because the
 * grading took ~30% longer with H.newRng in the sandbox's fresh realm), and keeps only the three fields
 * of each layer.
 * Paired mode (`a.paired`, a list of schemes): net k is run with every scheme from the SAME seed, so
 * code that draws the same numbers whatever the scheme gives activations in exact proportion to the
 * weights' std (ReLU is positively homogeneous). When a scheme's ratio to Xavier's changes from net to
 * net (the code draws differently per scheme), it also runs `a.fallback` independent He and Xavier
 * nets, for the statistical comparison.
 */
const probe = (S: any, a: any) => {
  const run = (scheme: string, seed: number) => {
    let state = seed >>> 0;
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
    const out = S.activationStats(scheme, a.act, a.depth, a.width, a.n, rng);
    const res: { mean: unknown; std: unknown; saturated: unknown }[] = [];
    for (let i = 0; i < out.length; i++) res.push({ mean: out[i].mean, std: out[i].std, saturated: out[i].saturated });
    return res;
  };
  const netSeed = (k: number) => a.seed + k * 0x9e3779b9;
  if (!a.paired) {
    const nets = [];
    for (let k = 0; k < (a.nets ?? 1); k++) nets.push(run(a.scheme, netSeed(k)));
    return nets;
  }
  // every scheme of a.paired on net k starts from the same seed; a scheme whose mean square keeps
  // the same ratio to Xavier's on every net drew the same numbers, and is judged on that ratio alone
  const nets: Record<string, unknown[]> = {};
  for (let i = 0; i < a.paired.length; i++) {
    nets[a.paired[i]] = [];
    for (let k = 0; k < a.nets; k++) nets[a.paired[i]].push(run(a.paired[i], netSeed(k)));
  }
  const m2 = (L: any) => L[0].std * L[0].std + L[0].mean * L[0].mean;
  let sameDraws = true;
  for (let i = 0; i < a.paired.length; i++) {
    const first = m2(nets[a.paired[i]][0]) / m2(nets.xavier[0]);
    for (let k = 1; k < a.nets; k++) {
      const ratio = m2(nets[a.paired[i]][k]) / m2(nets.xavier[k]);
      if (!(ratio > first * (1 - a.tolerance) && ratio < first * (1 + a.tolerance))) sameDraws = false;
    }
  }
  if (sameDraws) return { nets };
  const fallback: { he: unknown[]; xavier: unknown[] } = { he: [], xavier: [] };
  for (let k = 0; k < a.fallback.he; k++) fallback.he.push(run('he', netSeed(1000 + k)));
  for (let k = 0; k < a.fallback.xavier; k++) fallback.xavier.push(run('xavier', netSeed(2000 + k)));
  return { nets, fallback };
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

/** mean square E[a²] = std² + mean² of a one-layer net's activations */
const meanSquare = (L: Stat[]) => L[0].std ** 2 + L[0].mean ** 2;
const nonZero = (N: Stat[][]) => N.every((L) => L[0].std > 0);
const meanOverStd = (N: Stat[][]) => mean(N.map((L) => L[0].mean)) / mean(N.map((L) => L[0].std));

/**
 * Each scheme's E[a²] over Xavier's on the same random numbers (one-layer ReLU nets, fan-in 8): what it
 * must be exactly, and how to say it. E[a²] scales with Var(w) (relu(c·z) = c·relu(z)).
 */
const PAIRED_WIDTH = 8;
/** nets run with every scheme; and, for code that draws differently per scheme, the independent nets the fallback bounds (BOUNDS.heReluMeanSquare, xavierReluMeanSquareMax) are calibrated for */
const PAIRED_NETS = 2;
const FALLBACK_NETS = { he: 30, xavier: 24 };
const PAIRED_RATIOS: { scheme: string; ratio: number; rule: string }[] = [
  { scheme: 'he', ratio: 2, rule: "He's Var(w) = 2/fanIn is twice Xavier's 1/fanIn" },
  { scheme: 'large', ratio: PAIRED_WIDTH, rule: `Xavier's Var(w) = 1/fanIn is 1/${PAIRED_WIDTH} of N(0, 1)'s here (fanIn = ${PAIRED_WIDTH})` },
  { scheme: 'glorot', ratio: 1, rule: 'Glorot\'s Var(w) = 2/(fanIn + fanOut) equals Xavier\'s 1/fanIn for a square layer' },
  { scheme: 'small', ratio: 1e-4 * PAIRED_WIDTH, rule: `'small' (std 0.01) has Var(w) = 1e-4, ${1e-4 * PAIRED_WIDTH} × Xavier's 1/${PAIRED_WIDTH}` },
];
const SCHEME_NAME: Record<string, string> = { he: "He's", large: "N(0, 1)'s", glorot: "Glorot's", small: "'small'" };

/**
 * The schemes compared on the same random numbers: exact when the code draws the same numbers for
 * every scheme (each ratio to Xavier's mean square must be the one above), statistical on the
 * fallback nets for code that draws differently per scheme.
 */
function judgePairedScales(got: unknown): JudgeOutcome {
  const g = got as { nets?: Record<string, unknown>; fallback?: { he?: unknown; xavier?: unknown } } | null;
  const by: Record<string, Stat[][]> = {};
  for (const scheme of ['xavier', ...PAIRED_RATIOS.map((r) => r.scheme)]) {
    const N = netsOf(g?.nets?.[scheme], 1);
    if (!Array.isArray(N)) return N;
    if (N.length !== PAIRED_NETS) return fail(`expected ${PAIRED_NETS} results for '${scheme}'`);
    if (!nonZero(N)) return fail(`a layer of activations with std 0 for '${scheme}': the ReLU of a non-zero layer is not constant`);
    by[scheme] = N;
  }
  const positive = meanOverStd(by.he);
  if (!(positive > BOUNDS.reluMeanOverStdMin)) return fail(`the mean is only ${p3(positive)} × the std: ReLU activations are ≥ 0, so their mean is well above 0 (≈ 0.66 × the std; are you measuring after the ReLU?)`);
  let differentDraws = false;
  for (const { scheme, ratio, rule } of PAIRED_RATIOS) {
    const ratios = by[scheme].map((L, k) => meanSquare(L) / meanSquare(by.xavier[k]));
    if (ratios.every((r) => Math.abs(r / ratio - 1) <= BOUNDS.pairedRatioTolerance)) continue;
    if (!ratios.every((r) => Math.abs(r / ratios[0] - 1) <= BOUNDS.pairedRatioTolerance)) {
      differentDraws = true; // not the same numbers for this scheme: judged on the independent nets below
      continue;
    }
    const r = ratios[0];
    const why = scheme === 'he' && Math.abs(r - 0.5) < 0.01 ? ' (0.5: He and Xavier swapped?)' : scheme === 'he' && Math.abs(r - 1) < 0.01 ? " (1: is He written with Xavier's or Glorot's formula?)" : '';
    return fail(`from the same random numbers, ${SCHEME_NAME[scheme]} E[a²] is ${p3(r)} × Xavier's${why}; it must be exactly ${ratio} ×: ${rule}`, `${p3(r)} ×`, `${ratio} ×`);
  }
  if (!differentDraws) return { passed: true, gotShown: `E[a²] over Xavier's, on the same numbers: ${PAIRED_RATIOS.map((r) => `${r.scheme} ${r.ratio}`).join(', ')} (exact)` };
  // different numbers per scheme: He and Xavier compared statistically, on independent nets
  const fh = netsOf(g?.fallback?.he, 1);
  const fx = netsOf(g?.fallback?.xavier, 1);
  if (!Array.isArray(fh)) return fh;
  if (!Array.isArray(fx)) return fx;
  if (fh.length < FALLBACK_NETS.he || fx.length < FALLBACK_NETS.xavier || !nonZero(fx)) return fail('the nets run with independent generators are missing or constant');
  const m2 = mean(fh.map(meanSquare));
  if (!inRange(m2, BOUNDS.heReluMeanSquare))
    return fail(`with He, E[a²] averages ${p3(m2)} over ${FALLBACK_NETS.he} nets; with Var(w) = 2/fanIn, ReLU's halving is compensated and it stays ≈ E[x²] = 1${m2 < 0.7 && m2 > 0.35 ? ' (≈ 0.5 is what Var(w) = 1/fanIn gives)' : ''}`, String(m2), '0.7 … 1.45');
  if (!(meanOverStd(fh) > BOUNDS.reluMeanOverStdMin)) return fail('with He, the mean is close to 0: ReLU activations are ≥ 0, so their mean is well above 0 (are you measuring after the ReLU?)');
  const x2 = mean(fx.map(meanSquare));
  if (!(x2 < BOUNDS.xavierReluMeanSquareMax)) return fail(`with Xavier, E[a²] averages ${p3(x2)} over ${FALLBACK_NETS.xavier} nets; with Var(w) = 1/fanIn each ReLU layer should halve it (≈ 0.5)`, String(x2), `< ${BOUNDS.xavierReluMeanSquareMax}`);
  return { passed: true, gotShown: `He's E[a²] ${m2.toFixed(3)}, Xavier's ${x2.toFixed(3)} (independent nets)` };
}

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
      name: 'Xavier + tanh (2 nets, width 16, depth 4): layer 4 std about 0.34 on average (0.15 … 0.58), almost nothing saturated',
      visibility: 'public',
      points: 2,
      cases: [{ scheme: 'xavier', act: 'tanh', depth: 4, width: 16, n: 4, nets: 2, seed: 233 }],
      probe,
      show,
      judge: {
        kind: 'custom',
        fn: judgeNets((N) => {
          const m = mean(N.map((L) => L[3].std));
          const sat = mean(N.map((L) => L[3].saturated));
          if (!inRange(m, BOUNDS.xavierTanhMeanStd))
            return fail(`the layer-4 std averages ${p3(m)} over the 2 nets, expected 0.15 … 0.58 (about 0.34) for Var(w) = 1/fanIn`, String(m), '0.15 … 0.58');
          if (!(sat < BOUNDS.xavierTanhSaturatedMax)) return fail(`${(100 * sat).toFixed(1)}% of layer 4 is saturated; Xavier should keep tanh in its linear range`);
          return { passed: true, gotShown: `mean layer-4 std ${m.toFixed(3)}` };
        }),
      },
      hint: "The lecture's Xavier has variance 1/fanIn: std = √(1/width).",
    },
    {
      name: "every scheme's scale, on the same random numbers (2 one-layer ReLU nets, width 8, each run with 'xavier', 'he', 'large', 'glorot' and 'small' from one generator): He's E[a²] = std² + mean² exactly 2 × Xavier's, N(0, 1)'s exactly 8 ×, and the mean clearly positive",
      visibility: 'hidden',
      points: 3,
      cases: (rng) => [
        {
          act: 'relu',
          depth: 1,
          width: PAIRED_WIDTH,
          n: 16,
          nets: PAIRED_NETS,
          paired: ['xavier', ...PAIRED_RATIOS.map((r) => r.scheme)],
          tolerance: BOUNDS.pairedRatioTolerance,
          fallback: FALLBACK_NETS,
          seed: seeds(rng),
        },
      ],
      probe,
      show: (x) => {
        const a = x as { width: number; n: number; nets: number; paired: string[] };
        return `activationStats(scheme, 'relu', depth 1, width ${a.width}, n ${a.n}, rng) for ${a.paired.map((p) => `'${p}'`).join(', ')}, ${a.nets} times, every scheme from the same generator`;
      },
      judge: { kind: 'custom', fn: ({ got }) => judgePairedScales(got) },
      hint: "ReLU zeroes half of its inputs, so E[relu(z)²] = Var(z)/2: He doubles Var(w) (2/fanIn instead of Xavier's 1/fanIn) to make up for it, layer after layer.",
      // the judge reads only got, but the reference's run (10 small nets, < 1 ms on the host) lets a
      // failing submission be matched against the mutants, which fail only here
    },
  ],
});
