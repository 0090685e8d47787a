import { defineQuiz, type Rng } from '../../grader/contract';
import { leakyRelu, leakyReluGrad, sigmoid, sigmoidGrad, tanhGrad } from '../../lib/nn/activations';

function shuffledChoices(rng: Rng, labels: string[], correct: string) {
  const xs = labels.slice();
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  const choices = xs.map((label, i) => ({ id: String.fromCharCode(97 + i), label }));
  return { choices, answer: choices.find((c) => c.label === correct)!.id };
}

const RANGES: Record<string, string> = {
  sigmoid: '(0, 1)',
  tanh: '(−1, 1)',
  ReLU: '[0, ∞)',
  'Leaky ReLU (α = 0.01)': '(−∞, ∞)',
};
/** 4 significant digits, for explanations */
const fmt = (v: number) => (Math.abs(v) < 1e-3 ? v.toExponential(4) : v.toPrecision(5));
const REL = 1e-3;

export default defineQuiz({
  generate(rng) {
    const act = rng.pick(Object.keys(RANGES));
    const range = shuffledChoices(rng, Object.values(RANGES), RANGES[act]);
    const xs = rng.pick([0.5, 1, 1.5, 2, 3, 4]) * rng.pick([-1, 1]);
    const xt = rng.pick([0.5, 1, 2, 3, 5]) * rng.pick([-1, 1]);
    const alpha = rng.pick([0.01, 0.05, 0.1, 0.2]);
    const xl = -rng.pick([0.5, 2, 3.5, 7, 12]);
    const depth = rng.int(3, 12);
    const zeroCentred = shuffledChoices(rng, ['tanh', 'sigmoid', 'ReLU', 'Leaky ReLU'], 'tanh');
    const deadSide = shuffledChoices(rng, ['ReLU', 'Leaky ReLU', 'tanh', 'sigmoid'], 'ReLU');
    const s = sigmoid(xs);
    return {
      questions: [
        {
          id: 'range',
          kind: 'choice',
          prompt: `What is the range of **${act}**?`,
          ...range,
          explanation: `${act} takes values in ${RANGES[act]}. Sigmoid squashes to (0, 1), tanh to (−1, 1) (zero-centred), ReLU clips negatives to 0, Leaky ReLU keeps a small negative slope so it is unbounded both ways.`,
        },
        {
          id: 'sigmoid-grad',
          kind: 'numeric',
          prompt: `What is $\\sigma'(${xs})$, the derivative of the sigmoid at $x = ${xs}$?`,
          answer: sigmoidGrad(xs),
          tolerance: { rel: REL },
          explanation: `$\\sigma(${xs}) = ${fmt(s)}$, so $\\sigma'(${xs}) = \\sigma(1 - \\sigma) = ${fmt(sigmoidGrad(xs))}$. It is symmetric in $x$ and never exceeds 0.25 (at $x = 0$).`,
        },
        {
          id: 'tanh-grad',
          kind: 'numeric',
          prompt: `What is $\\tanh'(${xt})$?`,
          answer: tanhGrad(xt),
          tolerance: { rel: REL },
          explanation: `$\\tanh(${xt}) = ${fmt(Math.tanh(xt))}$, so $1 - \\tanh^2 = ${fmt(tanhGrad(xt))}$. Far from 0 tanh saturates and its derivative vanishes.`,
        },
        {
          id: 'leaky',
          kind: 'numeric',
          prompt: `Leaky ReLU with $\\alpha = ${alpha}$: what is its value at $x = ${xl}$?`,
          answer: leakyRelu(xl, alpha),
          tolerance: { rel: REL },
          explanation: `For $x < 0$ Leaky ReLU is $\\alpha x = ${alpha} \\cdot (${xl}) = ${fmt(leakyRelu(xl, alpha))}$; its derivative there is $\\alpha = ${leakyReluGrad(xl, alpha)}$, never 0.`,
        },
        {
          id: 'vanishing',
          kind: 'numeric',
          prompt: `Backpropagating through ${depth} sigmoid layers multiplies ${depth} local derivatives $\\sigma'$. What is the **largest** value this product can have?`,
          answer: 0.25 ** depth,
          tolerance: { rel: REL },
          explanation: `Each $\\sigma'$ is at most $0.25$, so the product is at most $0.25^{${depth}} = ${fmt(0.25 ** depth)}$: the gradient reaching the first layers vanishes.`,
        },
        {
          id: 'zero-centred',
          kind: 'choice',
          prompt: 'Which activation is zero-centred (its outputs are symmetric around 0 and it passes through the origin with slope 1)?',
          ...zeroCentred,
          explanation: 'tanh(−x) = −tanh(x) and tanh′(0) = 1. Sigmoid is centred at 0.5, ReLU and Leaky ReLU are not symmetric.',
        },
        {
          id: 'dead-side',
          kind: 'choice',
          prompt: 'For which activation is the derivative **exactly 0** for every negative input?',
          ...deadSide,
          explanation: 'ReLU is flat (0) for x < 0: a unit whose inputs are always negative gets no gradient ("dead"). Leaky ReLU keeps slope α; sigmoid and tanh are small but never exactly 0.',
        },
      ],
    };
  },
});
