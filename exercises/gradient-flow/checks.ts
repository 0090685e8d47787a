import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import type { Rng } from '../../lib/nn/rng';

/** a list of `depth` finite, positive numbers, or a message saying what is wrong */
function norms(got: unknown, depth: number): number[] | string {
  if (!Array.isArray(got) || got.length !== depth) return `expected an array of ${depth} norms (one per layer)`;
  const n = got.map(Number);
  if (!n.every((v) => Number.isFinite(v) && v >= 0)) return 'every norm must be a finite number ≥ 0';
  return n;
}

/** the first-layer / last-layer ratio of the student's own experiment must lie in [lo, hi] */
const ratioIn = (lo: number, hi: number, what: string) => ({ got, args }: JudgeInput): JudgeOutcome => {
  const n = norms(got, (args as { depth: number }).depth);
  if (typeof n === 'string') return { passed: false, message: n };
  const ratio = n[0] / n[n.length - 1];
  const shown = ratio.toExponential(2);
  if (!(ratio >= lo && ratio <= hi))
    return { passed: false, message: `‖dW_1‖ / ‖dW_L‖ = ${shown}: ${what}`, gotShown: shown, expectedShown: `between ${lo} and ${hi}` };
  return { passed: true, gotShown: shown };
};

/** the first layer's gradient norm must lie in [lo, hi] */
const firstIn = (lo: number, hi: number, what: string) => ({ got, args }: JudgeInput): JudgeOutcome => {
  const n = norms(got, (args as { depth: number }).depth);
  if (typeof n === 'string') return { passed: false, message: n };
  const shown = n[0].toExponential(2);
  if (!(n[0] >= lo && n[0] <= hi)) return { passed: false, message: `‖dW_1‖ = ${shown}: ${what}`, gotShown: shown, expectedShown: `between ${lo} and ${hi}` };
  return { passed: true, gotShown: shown };
};

/** a small deterministic net: the norms can be compared with the reference exactly */
function smallNet(rng: Rng, depth: number, width: number, N: number, std: number) {
  return { Ws: Array.from({ length: depth }, () => rng.randn(width, width, std)), X: rng.randn(N, width), G: rng.randn(N, width) };
}

const experiment = (act: string, std: number) => ({ act, std, depth: 10, width: 50, N: 16 });
const runExperiment = (S: any, a: any, H: any) => S.layerGradNorms(a.act, a.std, a.depth, a.width, a.N, () => H.rng.normal());

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
      name: 'backpropNorms matches the reference on random 5-layer nets (width 6, batch 4)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => ['sigmoid', 'tanh', 'relu', 'leaky'].map((act) => ({ act, ...smallNet(rng, 5, 6, 4, 0.7) })),
      probe: (S, a) => S.backpropNorms(a.act, a.Ws, a.X, a.G),
      judge: { kind: 'close', tol: 'grad' },
    },
    {
      name: 'sigmoid with tiny weights (std 0.01): the first layer gets almost nothing (ratio < 1e-10)',
      visibility: 'hidden',
      points: 1,
      cases: [experiment('sigmoid', 0.01)],
      probe: runExperiment,
      judge: { kind: 'custom', fn: ratioIn(0, 1e-10, 'with tiny weights the gradient should vanish through 10 sigmoid layers') },
    },
    {
      name: 'sigmoid even with Xavier weights: gradients vanish (ratio < 1e-3), because σ′ ≤ 0.25',
      visibility: 'hidden',
      points: 2,
      cases: [experiment('sigmoid', Math.sqrt(1 / 50))],
      probe: runExperiment,
      judge: { kind: 'custom', fn: ratioIn(0, 1e-3, 'every sigmoid layer multiplies the gradient by σ′(a) ≤ 0.25, so it should shrink by about 4 per layer') },
      hint: 'Did you multiply by σ′(a) at every layer of the backward pass, evaluated at the pre-activation a?',
    },
    {
      name: 'tanh with Xavier weights keeps gradients alive (ratio between 0.1 and 10)',
      visibility: 'hidden',
      points: 1,
      cases: [experiment('tanh', Math.sqrt(1 / 50))],
      probe: runExperiment,
      judge: { kind: 'custom', fn: ratioIn(0.1, 10, 'with Xavier init the tanh net should keep gradients of similar size across layers') },
    },
    {
      name: 'ReLU and Leaky ReLU with He weights keep gradients alive (ratio between 0.1 and 10)',
      visibility: 'hidden',
      points: 2,
      cases: [experiment('relu', Math.sqrt(2 / 50)), experiment('leaky', Math.sqrt(2 / 50))],
      probe: runExperiment,
      judge: { kind: 'custom', fn: ratioIn(0.1, 10, 'with He init (std √(2/fan-in)) gradients should keep their size through ReLU layers') },
      hint: 'W_l has standard deviation initStd (multiply a standard normal by initStd, not by its square).',
    },
    {
      name: 'He-initialised ReLU nets give moderate first-layer gradients (‖dW_1‖ < 1e4)',
      visibility: 'hidden',
      points: 1,
      cases: [experiment('relu', Math.sqrt(2 / 50))],
      probe: runExperiment,
      judge: { kind: 'custom', fn: firstIn(1, 1e4, 'expected a moderate size with He init (the reference measured 58 to 320)') },
    },
    {
      name: 'ReLU with weights of std 1: gradients explode (‖dW_1‖ > 1e6)',
      visibility: 'hidden',
      points: 1,
      cases: [experiment('relu', 1)],
      probe: runExperiment,
      judge: { kind: 'custom', fn: firstIn(1e6, Infinity, 'each layer should multiply the gradient by about √(50/2) = 5, so after 10 layers it is huge') },
    },
  ],
});
