import { defineQuiz, type Rng } from '../../grader/contract';
import { relu } from '../../lib/nn/activations';

function shuffledChoices(rng: Rng, labels: string[], correct: string) {
  const xs = labels.slice();
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  const choices = xs.map((label, i) => ({ id: String.fromCharCode(97 + i), label }));
  return { choices, answer: choices.find((c) => c.label === correct)!.id };
}

const XOR: [number, number, number][] = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]];
const signed = (v: number) => (v < 0 ? `- ${-v}` : `+ ${v}`);

export default defineQuiz({
  generate(rng) {
    // a random linear rule; integer weights and a half-integer bias never put a corner exactly on the line
    const a = rng.pick([-2, -1, 1, 2]);
    const b = rng.pick([-2, -1, 1, 2]);
    const c = rng.pick([-1.5, -0.5, 0.5, 1.5]);
    const wrong = XOR.filter(([x1, x2, label]) => (a * x1 + b * x2 + c > 0 ? 1 : 0) !== label);

    // the lecture's XOR network, scaled by k, evaluated at a random grid point
    const k = rng.pick([1, 2, 3]);
    const x1 = rng.pick([0, 0.5, 1, 1.5, 2]);
    const x2 = rng.pick([0, 0.5, 1, 1.5, 2]);
    const h1 = relu(x1 + x2);
    const h2 = relu(x1 + x2 - 1);
    const f = k * (h1 - 2 * h2 - 0.5);

    const L = rng.int(2, 5);
    const layers = `W_${L}\\,${Array.from({ length: L - 1 }, (_, i) => `\\max(0,\\, W_${L - 1 - i}`).join('\\,')}\\, x${')'.repeat(L - 1)}`;

    const canLinear = shuffledChoices(
      rng,
      ['No: no straight line separates the two classes', 'Yes, with a large enough bias', 'Yes, if both weights are equal', 'Only with a learning rate small enough'],
      'No: no straight line separates the two classes',
    );
    const collapse = shuffledChoices(
      rng,
      ['A single linear classifier Wx + b', 'A network with fewer hidden units', 'A sigmoid classifier', 'A deeper network'],
      'A single linear classifier Wx + b',
    );
    return {
      intro: `XOR: $(0,0)\\mapsto 0$, $(0,1)\\mapsto 1$, $(1,0)\\mapsto 1$, $(1,1)\\mapsto 0$.`,
      questions: [
        {
          id: 'linear-possible',
          kind: 'choice',
          prompt: 'Can any linear classifier (class 1 when $w_1x_1 + w_2x_2 + b > 0$) label all four XOR points correctly?',
          ...canLinear,
          explanation: 'The class-1 points need $w_2 + b > 0$ and $w_1 + b > 0$, the class-0 points $b \\le 0$ and $w_1 + w_2 + b \\le 0$. Adding each pair gives $w_1 + w_2 + 2b > 0$ and $\\le 0$ at once: impossible.',
        },
        {
          id: 'misclassified',
          kind: 'numeric',
          prompt: `The linear rule predicts class 1 when $f(x) = ${a}x_1 ${signed(b)}x_2 ${signed(c)} > 0$. How many of the four XOR points does it misclassify?`,
          answer: wrong.length,
          tolerance: { abs: 0.5 },
          explanation: `$f$ on (0,0), (0,1), (1,0), (1,1) is ${XOR.map(([u, v]) => a * u + b * v + c).join(', ')}; the misclassified points are ${wrong.map(([u, v]) => `(${u},${v})`).join(', ') || 'none'}. Every linear rule gets at least one wrong.`,
        },
        {
          id: 'mlp-value',
          kind: 'numeric',
          prompt: `A ReLU network computes $h_1 = \\max(0, x_1 + x_2)$, $h_2 = \\max(0, x_1 + x_2 - 1)$, $f = ${k}\\,(h_1 - 2h_2 - 0.5)$. What is $f$ at $x = (${x1}, ${x2})$?`,
          answer: f,
          tolerance: { abs: 1e-6 },
          explanation: `$h_1 = ${h1}$, $h_2 = ${h2}$, so $f = ${k}\\,(${h1} - ${2 * h2} - 0.5) = ${f}$. On the four XOR corners this network gives $\\pm ${0.5 * k}$ with the sign of XOR: the hidden ReLU bends the space so a line can separate it.`,
        },
        {
          id: 'layers',
          kind: 'numeric',
          prompt: `How many layers does the network $f = ${layers}$ have, in the course's naming (count the layers with weights)?`,
          answer: L,
          tolerance: { abs: 0.5 },
          explanation: `There are ${L} weight matrices $W_1 \\dots W_${L}$: a ${L}-layer network. The input is not counted as a layer.`,
        },
        {
          id: 'hidden-layers',
          kind: 'numeric',
          prompt: `How many **hidden** layers does that same ${L}-layer network have?`,
          answer: L - 1,
          tolerance: { abs: 0.5 },
          explanation: `Every weight layer but the last produces a hidden representation: ${L - 1}. The last one produces the scores (the output layer).`,
        },
        {
          id: 'collapse',
          kind: 'choice',
          prompt: 'If you delete every $\\max(0, \\cdot)$ from a multilayer network, what does it become?',
          ...collapse,
          explanation: '$W_2(W_1x + b_1) + b_2 = (W_2W_1)x + (W_2b_1 + b_2)$: products of matrices are one matrix, so the network is linear again and still cannot solve XOR.',
        },
      ],
    };
  },
});
