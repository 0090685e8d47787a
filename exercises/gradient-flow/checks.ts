import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import type { Rng } from '../../lib/nn/rng';

/*
 * How this exercise is checked, and why not by running the student's experiment at full size.
 *
 * The experiment (layerGradNorms at depth 10, width 50, batch 16) takes tens of milliseconds of cold
 * code in the sandbox per run (seven runs, plus the reference's on the host, made a grading ~700 ms),
 * and a statistical check on it needs a wide net: a narrow ReLU net dies (every unit of a layer
 * negative for every input) with probability up to depth·2^−width, 19 % at depth 6 and width 4, and
 * then no bound on ‖dW_1‖ / ‖dW_L‖ holds. So the two halves of the experiment are checked separately,
 * each exactly or sharply:
 *
 *  - backpropNorms, in every regime of the lesson, on small random nets (REGIME: 6 layers, width 4,
 *    batch 2) drawn here on the host. The judge recomputes the true norms itself (trueNorms, plain
 *    loops) and requires every ‖dW_l‖ to match to 1e-7 AND the lesson's bound to hold. The bound is
 *    not statistical: netShowing() redraws a net that does not show its regime (a ReLU net with a
 *    dead layer, a tanh net whose ratio happens to leave [0.1, 10], …) before the student sees it,
 *    so a correct backpropNorms always passes. These judges read only `got` and `args`, so the
 *    reference is not run on the host for them (needsReference: false).
 *  - layerGradNorms's sampling, statistically, where the statistic is clean and cheap: see SAMPLING.
 */

type Act = 'sigmoid' | 'tanh' | 'relu' | 'leaky';

/** a list of `depth` finite, positive numbers, or a message saying what is wrong */
function norms(got: unknown, depth: number): number[] | string {
  if (!Array.isArray(got) || got.length !== depth) return `expected an array of ${depth} norms (one per layer)`;
  const n = got.map(Number);
  if (!n.every((v) => Number.isFinite(v) && v >= 0)) return 'every norm must be a finite number ≥ 0';
  return n;
}

/**
 * [‖dW_1‖, …, ‖dW_L‖] for h_l = f(h_{l−1}·W_l), h_0 = X, dL/dh_L = G: the statement's forward and
 * backward pass in plain loops, written independently of reference.ts (`validate` runs the reference
 * through the judges below, so the two are checked against each other).
 */
function trueNorms(act: string, Ws: number[][][], X: number[][], G: number[][]): number[] {
  const sig = (a: number) => 1 / (1 + Math.exp(-a));
  const f = (a: number) => (act === 'sigmoid' ? sig(a) : act === 'tanh' ? Math.tanh(a) : a > 0 ? a : act === 'leaky' ? 0.01 * a : 0);
  const df = (a: number) =>
    act === 'sigmoid' ? sig(a) * (1 - sig(a)) : act === 'tanh' ? 1 - Math.tanh(a) ** 2 : a > 0 ? 1 : act === 'leaky' ? 0.01 : 0;
  const hs: number[][][] = [X];
  const pre: number[][][] = [];
  for (const W of Ws) {
    const a = hs[hs.length - 1].map((row) => {
      const out = new Array<number>(W[0].length).fill(0);
      for (let k = 0; k < row.length; k++) for (let j = 0; j < out.length; j++) out[j] += row[k] * W[k][j];
      return out;
    });
    pre.push(a);
    hs.push(a.map((row) => row.map(f)));
  }
  const out: number[] = [];
  let dh = G;
  for (let l = Ws.length - 1; l >= 0; l--) {
    const h = hs[l];
    const W = Ws[l];
    const da = dh.map((row, i) => row.map((d, j) => d * df(pre[l][i][j])));
    let ss = 0;
    for (let k = 0; k < W.length; k++)
      for (let j = 0; j < W[0].length; j++) {
        let t = 0;
        for (let i = 0; i < h.length; i++) t += h[i][k] * da[i][j];
        ss += t * t;
      }
    out[l] = Math.sqrt(ss);
    dh = da.map((row) =>
      W.map((wk) => {
        let t = 0;
        for (let j = 0; j < row.length; j++) t += row[j] * wk[j];
        return t;
      }),
    );
  }
  return out;
}

/** the nets the regime checks draw: small, so each costs a fraction of a millisecond in the sandbox */
const REGIME = { depth: 6, width: 4, N: 2 };

interface Regime {
  act: Act;
  std: number;
  /** the lesson, on a list of norms: null if they show it, else a message a student can act on */
  lesson: (n: number[]) => string | null;
}

const ratio = (n: number[]) => n[0] / n[n.length - 1];
const ratioBelow = (hi: number, what: string) => (n: number[]) =>
  ratio(n) < hi ? null : `‖dW_1‖ / ‖dW_${n.length}‖ = ${ratio(n).toExponential(2)}, not below ${hi}: ${what}`;
const ratioBetween = (lo: number, hi: number, what: string) => (n: number[]) =>
  ratio(n) >= lo && ratio(n) <= hi ? null : `‖dW_1‖ / ‖dW_${n.length}‖ = ${ratio(n).toExponential(2)}, not between ${lo} and ${hi}: ${what}`;
const firstAbove = (lo: number, what: string) => (n: number[]) => (n[0] > lo ? null : `‖dW_1‖ = ${n[0].toExponential(2)}, not above ${lo}: ${what}`);

const he = Math.sqrt(2 / REGIME.width);
const xavier = Math.sqrt(1 / REGIME.width);
/*
 * What the regimes look like on these nets (log10 of the statistic over 20,000 random nets; "keeps"
 * is the share of draws netShowing() accepts, over 50,000):
 *   sigmoid, std 0.01:        ratio mean −11.45, sd 0.39, max −9.65     bound < 1e-10  keeps > 99.9 %
 *   sigmoid, Xavier std 0.5:  ratio mean −3.19, sd 0.38, max −1.12      bound < 1e-2   keeps 99.9 %
 *   tanh, Xavier std 0.5:     ratio mean −0.11, sd 0.46                 [0.1, 10]      keeps 96 %
 *   ReLU, He std 0.71:        ratio mean 0.03, sd 0.60; 19 % dead nets  [0.1, 10]      keeps 73 %
 *   Leaky ReLU, He std 0.71:  ratio mean 0.02, sd 0.56                  [0.1, 10]      keeps 92 %
 *   ReLU, std 5·He = 3.5:     ‖dW_1‖ mean 3.22, sd 0.86; 19 % dead      > 100          keeps 73 %
 *                             (a He net of this size: ‖dW_1‖ mean −0.29, i.e. about 0.5)
 */
const SIGMOID_TINY: Regime = { act: 'sigmoid', std: 0.01, lesson: ratioBelow(1e-10, 'with tiny weights the gradient should vanish through the sigmoid layers') };
const SIGMOID_XAVIER: Regime = {
  act: 'sigmoid',
  std: xavier,
  lesson: ratioBelow(1e-2, 'every sigmoid layer multiplies the gradient by σ′(a) ≤ 0.25, so it should shrink by about 4 per layer'),
};
const TANH_XAVIER: Regime = { act: 'tanh', std: xavier, lesson: ratioBetween(0.1, 10, 'with Xavier init the tanh net should keep gradients of similar size across layers') };
const RELU_HE: Regime = { act: 'relu', std: he, lesson: ratioBetween(0.1, 10, 'with He init (std √(2/fan-in)) gradients should keep their size through ReLU layers') };
const LEAKY_HE: Regime = { act: 'leaky', std: he, lesson: ratioBetween(0.1, 10, 'with He init gradients should keep their size through Leaky ReLU layers') };
const RELU_LARGE: Regime = {
  act: 'relu',
  std: 5 * he,
  lesson: firstAbove(100, 'with weights 5× the He scale each layer should multiply the gradient by about 5, so after 6 layers it is huge (a He net of this size gives about 0.5)'),
};

/**
 * A random net of the regime whose true norms show its lesson with 1 % to spare (so rounding in a
 * correct implementation cannot cross the bound) and no layer dead. The first draw almost always
 * does (≥ 73 %, table above); 100 rejections in a row have probability < 0.27^100 ≈ 1e-57.
 */
function netShowing(rng: Rng, r: Regime) {
  for (let tries = 0; tries < 100; tries++) {
    const Ws = Array.from({ length: REGIME.depth }, () => rng.randn(REGIME.width, REGIME.width, r.std));
    const X = rng.randn(REGIME.N, REGIME.width);
    const G = rng.randn(REGIME.N, REGIME.width);
    const n = trueNorms(r.act, Ws, X, G);
    const up = n.map((v, l) => (l === 0 ? v * 1.01 : v));
    const down = n.map((v, l) => (l === 0 ? v / 1.01 : v));
    if (n.every((v) => v > 0) && r.lesson(up) === null && r.lesson(down) === null) return { act: r.act, Ws, X, G };
  }
  throw new Error(`no ${r.act} net with std ${r.std} showed its regime in 100 draws`);
}

/** the lesson must show in the student's norms, and every norm must be the true one (relative 1e-7 with no 1e-8 floor: with tiny sigmoid weights they go down to ~1e-13) */
const regimeJudge = (regimes: Regime[]) => ({ got, args }: JudgeInput): JudgeOutcome => {
  const a = args as { act: Act; Ws: number[][][]; X: number[][]; G: number[][] };
  const r = regimes.find((x) => x.act === a.act)!;
  const n = norms(got, a.Ws.length);
  if (typeof n === 'string') return { passed: false, message: n };
  const shown = `‖dW_1‖ / ‖dW_${n.length}‖ = ${ratio(n).toExponential(2)}, ‖dW_1‖ = ${n[0].toExponential(2)}`;
  const why = r.lesson(n);
  if (why) return { passed: false, message: why, gotShown: shown };
  const want = trueNorms(a.act, a.Ws, a.X, a.G);
  let worst = 0;
  for (let l = 0; l < n.length; l++) {
    const err = n[l] === want[l] ? 0 : Math.abs(n[l] - want[l]) / (Math.abs(n[l]) + Math.abs(want[l]));
    if (!(err <= 1e-7))
      return {
        passed: false,
        message: `the lesson shows, but ‖dW_${l + 1}‖ = ${n[l].toExponential(6)} where the correct value on this net is ${want[l].toExponential(6)}`,
        relError: err,
        gotShown: shown,
      };
    worst = Math.max(worst, err);
  }
  return { passed: true, gotShown: shown, relError: worst };
};

const onNets = (...regimes: Regime[]) => ({
  cases: (rng: Rng) => regimes.map((r) => netShowing(rng, r)),
  probe: (S: any, a: any) => S.backpropNorms(a.act, a.Ws, a.X, a.G),
  judge: { kind: 'custom' as const, fn: regimeJudge(regimes) },
  needsReference: false,
});

/*
 * SAMPLING: layerGradNorms('tanh', 0.001, 4, 4, 4). With initStd = 0.001 every pre-activation is
 * ~1e-3, so tanh is linear to 1e-6 and ‖dW_1‖ = ‖Xᵀ·G·W_4ᵀ·W_3ᵀ·W_2ᵀ‖ = initStd³ · F, where F depends
 * only on the standard normal draws. log10(F) over 2,000,000 nets: mean 1.644, sd 0.271. The upper tail
 * is lighter than a Gaussian's (20 draws beyond +4 sd where a Gaussian gives 63, none beyond +4.5 sd);
 * the lower tail is heavier, a power law (F < ε with probability ∝ ε^6.4: 222, 37, 4, 0 draws beyond
 * −4, −4.5, −5, −5.5 sd). The bounds on ‖dW_1‖, [1e-10, 1e-5], are log10(F) in [−1, 4]:
 *   above: mean + 8.7 sd (a Gaussian tail gives 2e-18, this one is lighter);
 *   below: mean − 9.8 sd, 2.64 decades; the power law from 2e-6 at −5 sd (1.36 decades) gives
 *          2e-6 · 10^(−6.4 · 1.28) ≈ 1e-14.
 * So a correct sampler, drawing in any order with any normal generator, fails with probability ~1e-14.
 * Wrong draws land decades outside, and apart from each other (so misconceptions are told apart):
 * std initStd² instead of initStd gives initStd⁶·F (9 decades low), X and G drawn with std initStd as
 * well give initStd⁵·F (6 decades low), initStd ignored (std 1) gives ‖dW_1‖ of order 1 (5 decades high).
 * The judge reads only `got`; the reference still runs on the host (one 4-layer net, < 0.1 ms) so that
 * a submission failing here can be matched with those mutants' misconceptions.
 */
const SAMPLING = { act: 'tanh', std: 1e-3, depth: 4, width: 4, N: 4 };
const [SAMPLING_LO, SAMPLING_HI] = [1e-10, 1e-5];
const samplingJudge = ({ got, args }: JudgeInput): JudgeOutcome => {
  const n = norms(got, (args as { depth: number }).depth);
  if (typeof n === 'string') return { passed: false, message: n };
  const shown = n[0].toExponential(2);
  if (!(n[0] >= SAMPLING_LO && n[0] <= SAMPLING_HI))
    return {
      passed: false,
      message: `layerGradNorms('tanh', 0.001, 4, 4, 4) gave ‖dW_1‖ = ${shown}, outside [${SAMPLING_LO}, ${SAMPLING_HI}] where every correct sampler lands: is W_l drawn with standard deviation initStd, and X, G with standard deviation 1?`,
      gotShown: shown,
      expectedShown: `between ${SAMPLING_LO} and ${SAMPLING_HI}`,
    };
  return { passed: true, gotShown: shown };
};

export default defineChecks({
  checks: [
    {
      name: "backpropNorms on the worked example (one ReLU layer) gives [6.708…]",
      visibility: 'public',
      points: 1,
      cases: [{ act: 'relu', Ws: [[[0.5, 0], [0, 1]]], X: [[1, -2]], G: [[3, 4]] }],
      probe: (S, a) => S.backpropNorms(a.act, a.Ws, a.X, a.G),
      judge: { kind: 'close', tol: 'grad' },
      hint: 'dL/da = G ⊙ relu′(a) = [[3, 0]]; dL/dW = Xᵀ·[[3, 0]] = [[3, 0], [−6, 0]]; its norm is √45.',
    },
    {
      name: 'backpropNorms matches the reference on small 3-layer nets for every activation',
      visibility: 'public',
      points: 2,
      cases: [
        { act: 'sigmoid', Ws: [[[1, -2], [0.5, 1]], [[0.3, 1], [-1, 2]], [[2, 0.1], [-0.4, 1]]], X: [[1, 2.5], [-1, 0.5]], G: [[1, -1], [0.5, 2]] },
        { act: 'tanh', Ws: [[[1, -2], [0.5, 1]], [[0.3, 1], [-1, 2]], [[2, 0.1], [-0.4, 1]]], X: [[1, 2.5], [-1, 0.5]], G: [[1, -1], [0.5, 2]] },
        { act: 'relu', Ws: [[[1, -2], [0.5, 1]], [[0.3, 1], [-1, 2]], [[2, 0.1], [-0.4, 1]]], X: [[1, 2.5], [-1, 0.5]], G: [[1, -1], [0.5, 2]] },
        { act: 'leaky', Ws: [[[1, -2], [0.5, 1]], [[0.3, 1], [-1, 2]], [[2, 0.1], [-0.4, 1]]], X: [[1, 2.5], [-1, 0.5]], G: [[1, -1], [0.5, 2]] },
      ],
      probe: (S, a) => S.backpropNorms(a.act, a.Ws, a.X, a.G),
      judge: { kind: 'close', tol: 'grad' },
      hint: 'Keep the pre-activations a_l from the forward pass: the backward pass multiplies by f′(a_l), then by W_lᵀ.',
    },
    {
      name: 'sigmoid net with tiny weights (std 0.01): the first layer gets almost nothing (ratio < 1e-10), every ‖dW_l‖ exact',
      visibility: 'hidden',
      points: 1,
      ...onNets(SIGMOID_TINY),
    },
    {
      name: 'sigmoid net even with Xavier weights: gradients vanish (ratio < 1e-2) because σ′ ≤ 0.25, every ‖dW_l‖ exact',
      visibility: 'hidden',
      points: 2,
      ...onNets(SIGMOID_XAVIER),
      hint: 'Did you multiply by σ′(a) at every layer of the backward pass, evaluated at the pre-activation a?',
    },
    {
      name: 'tanh net with Xavier weights keeps gradients alive (ratio between 0.1 and 10), every ‖dW_l‖ exact',
      visibility: 'hidden',
      points: 1,
      ...onNets(TANH_XAVIER),
    },
    {
      name: 'ReLU and Leaky ReLU nets with He weights keep gradients alive (ratio between 0.1 and 10), every ‖dW_l‖ exact',
      visibility: 'hidden',
      points: 2,
      ...onNets(RELU_HE, LEAKY_HE),
      hint: "Leaky ReLU's slope for negative inputs is 0.01, in the backward pass too.",
    },
    {
      name: 'layerGradNorms draws W_l from N(0, initStd²) and X, G from N(0, 1): a 4-layer tanh net with initStd 0.001 gives ‖dW_1‖ between 1e-10 and 1e-5',
      visibility: 'hidden',
      points: 3,
      cases: [SAMPLING],
      probe: (S, a, H) => S.layerGradNorms(a.act, a.std, a.depth, a.width, a.N, () => H.rng.normal()),
      judge: { kind: 'custom', fn: samplingJudge },
      hint: 'W_l has standard deviation initStd (multiply a standard normal by initStd, not by its square); X and G are standard normal.',
    },
    {
      name: 'ReLU net with weights 5× the He scale: gradients explode (‖dW_1‖ > 100), every ‖dW_l‖ exact',
      visibility: 'hidden',
      points: 1,
      ...onNets(RELU_LARGE),
    },
  ],
});
