import { defineQuiz, type Rng } from '../../grader/contract';
import { sigmoid, sigmoidGrad, tanhGrad } from '../../lib/nn/activations';
import { clipByGlobalNorm, clipByValue, globalNorm } from '../../lib/nn/clip';

/** Fisher–Yates on a copy, then ids a, b, c… in display order (so an id never reveals the answer) */
function shuffledChoices(rng: Rng, labels: string[], correct: string) {
  const xs = labels.slice();
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  const choices = xs.map((label, i) => ({ id: String.fromCharCode(97 + i), label }));
  return { choices, answer: choices.find((c) => c.label === correct)!.id };
}

const sig = (x: number) => x.toPrecision(4);

export default defineQuiz({
  generate(rng) {
    const layers = rng.int(5, 15);
    const a = rng.pick([1, 2, 3, 4, 5]) * (rng.next() < 0.5 ? -1 : 1);
    const t = rng.pick([2, 2.5, 3, 4]);
    const upstream = rng.int(2, 9) * (rng.next() < 0.5 ? -1 : 1);
    const leakyIn = -rng.int(1, 9);

    // two gradient tensors with integer entries and a threshold below their global norm
    const g1 = [rng.int(1, 6), -rng.int(1, 6)];
    const g2 = [[rng.int(1, 6)], [rng.int(-6, -1)]];
    const norm = globalNorm([g1, g2]);
    const maxNorm = Math.max(1, Math.floor(norm / 2));
    const [c1] = clipByGlobalNorm([g1, g2], maxNorm) as [number[], number[][]];
    const cv = rng.int(2, 4);
    const byValue = clipByValue(g1, cv);

    const hidden = shuffledChoices(
      rng,
      ['ReLU or Leaky ReLU', 'sigmoid', 'tanh', 'the identity (no activation)'],
      'ReLU or Leaky ReLU',
    );
    const direction = shuffledChoices(
      rng,
      ['clipping by global norm', 'clipping by value', 'both', 'neither'],
      'clipping by global norm',
    );

    return {
      intro: `Sigmoid $\\sigma(a) = 1/(1 + e^{-a})$, $\\sigma'(a) = \\sigma(a)(1 - \\sigma(a))$; $\\tanh'(a) = 1 - \\tanh^2(a)$; Leaky ReLU slope 0.01 for $a < 0$.`,
      questions: [
        {
          id: 'sigmoid-bound',
          kind: 'numeric',
          prompt: `A gradient flows back through **${layers}** sigmoid layers, picking up one factor $\\sigma'(a_l)$ per layer (ignore the weights). What is the **largest possible** value of the product of those ${layers} factors?`,
          answer: 0.25 ** layers,
          tolerance: { rel: 1e-3 },
          explanation: `$\\sigma'$ peaks at $a = 0$ with $\\sigma(0)(1 - \\sigma(0)) = 0.5 \\cdot 0.5 = 0.25$, so the product is at most $0.25^{${layers}} = ${sig(0.25 ** layers)}$: even in the best case the gradient shrinks by a factor 4 per layer.`,
        },
        {
          id: 'sigmoid-prime',
          kind: 'numeric',
          prompt: `What is $\\sigma'(${a})$?`,
          answer: sigmoidGrad(a),
          tolerance: { rel: 1e-3 },
          explanation: `$\\sigma(${a}) = ${sig(sigmoid(a))}$, so $\\sigma'(${a}) = ${sig(sigmoid(a))} \\cdot ${sig(1 - sigmoid(a))} = ${sig(sigmoidGrad(a))}$, already ${sig(0.25 / sigmoidGrad(a))} times smaller than the maximum 0.25. The further $|a|$ is from 0, the more saturated the unit.`,
        },
        {
          id: 'tanh-prime',
          kind: 'numeric',
          prompt: `A tanh unit has pre-activation $a = ${t}$. What is its local gradient $\\tanh'(${t})$?`,
          answer: tanhGrad(t),
          tolerance: { rel: 1e-3 },
          explanation: `$\\tanh(${t}) = ${sig(Math.tanh(t))}$, so $1 - \\tanh^2 = ${sig(tanhGrad(t))}$. A saturated tanh passes almost no gradient back.`,
        },
        {
          id: 'leaky',
          kind: 'numeric',
          prompt: `A Leaky ReLU unit has input $a = ${leakyIn}$ and receives the upstream gradient $${upstream}$. What gradient does it pass back to $a$?`,
          answer: 0.01 * upstream,
          tolerance: { abs: 1e-9 },
          explanation: `For $a < 0$ the local gradient is 0.01, so it passes $0.01 \\cdot ${upstream} = ${0.01 * upstream}$. A plain ReLU would pass 0: a unit that is always negative would never learn again ("dead ReLU").`,
        },
        {
          id: 'hidden',
          kind: 'choice',
          prompt: 'Which activation does the lecture recommend for the **hidden** layers of a deep network?',
          ...hidden,
          explanation:
            'ReLU and Leaky ReLU have gradient 1 where active, so products of local gradients do not shrink layer after layer. Sigmoid (σ′ ≤ 0.25) and tanh saturate; they belong at the output, where a bounded range is wanted. Without any activation the net collapses into a linear model.',
        },
        {
          id: 'clip-norm',
          kind: 'numeric',
          prompt: `The gradients of a model are $g_1 = [${g1.join(', ')}]$ and $g_2 = [${g2.map((r) => r[0]).join(', ')}]^\\top$. They are clipped **by global norm** with threshold $\\theta = ${maxNorm}$. What does the first entry of $g_1$ become?`,
          answer: c1[0],
          tolerance: { rel: 1e-3 },
          explanation: `The global norm is $\\sqrt{${[...g1, ...g2.map((r) => r[0])].map((v) => `${v}^2`).join(' + ')}} = ${sig(norm)}$, above $\\theta = ${maxNorm}$, so every entry is multiplied by $${maxNorm}/${sig(norm)} = ${sig(maxNorm / norm)}$: $${g1[0]} \\to ${sig(c1[0])}$. Both tensors use the same factor.`,
        },
        {
          id: 'clip-value',
          kind: 'numeric',
          prompt: `Instead, $g_1 = [${g1.join(', ')}]$ is clipped **by value** to $[-${cv}, ${cv}]$. What is the length (L2 norm) of the result?`,
          answer: globalNorm([byValue]),
          tolerance: { rel: 1e-3 },
          explanation: `Each entry is clamped on its own: $[${byValue.join(', ')}]$, whose length is $${sig(globalNorm([byValue]))}$. When some entries are clamped and others are not, the direction changes, unlike with norm clipping.`,
        },
        {
          id: 'direction',
          kind: 'choice',
          prompt: 'Which kind of clipping always keeps the direction of the gradient step?',
          ...direction,
          explanation: 'Clipping by global norm multiplies everything by one factor min(1, θ/‖g‖), so the direction is unchanged. Clipping by value clamps entries independently, which changes the direction whenever some entries are clamped and others are not.',
        },
      ],
    };
  },
});
