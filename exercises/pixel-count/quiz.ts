import { defineQuiz, type Rng } from '../../grader/contract';

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

const CHANNELS = ['red', 'green', 'blue'];

export default defineQuiz({
  generate(rng) {
    const H = rng.int(8, 64);
    let W = rng.int(8, 64);
    if (W === H) W += 1; // a non-square image tells H·W apart from H² mistakes
    const hidden = rng.pick([50, 64, 100, 128, 200, 256]);
    const D = 3 * H * W;
    const i = rng.int(0, H - 1);
    const j = rng.int(0, W - 1);
    const k = rng.int(0, 2);
    const shape = shuffledChoices(rng, [`${hidden} × ${D}`, `${D} × ${hidden}`, `${hidden} × ${H * W}`, `${hidden} × ${H + W}`], `${hidden} × ${D}`);
    return {
      intro: `Your image is **${H} rows × ${W} columns**, RGB, and the first hidden layer has **${hidden} units**.`,
      questions: [
        {
          id: 'length',
          kind: 'numeric',
          prompt: `How many numbers does the flattened vector $x$ of the ${H}×${W} RGB image have?`,
          answer: D,
          tolerance: { abs: 0.5 },
          explanation: `Three channels per pixel: $3 \\cdot ${H} \\cdot ${W} = ${D}$. Forgetting the channels gives ${H * W}.`,
        },
        {
          id: 'index',
          kind: 'numeric',
          prompt: `Counting from 0, at which index of $x$ does the **${CHANNELS[k]}** value of the pixel in row ${i}, column ${j} land (interleaved, row-major order)?`,
          answer: 3 * (i * W + j) + k,
          tolerance: { abs: 0.5 },
          explanation: `Pixel $(${i}, ${j})$ is pixel number $${i} \\cdot ${W} + ${j} = ${i * W + j}$; its channels start at $3 \\cdot ${i * W + j} = ${3 * (i * W + j)}$, and ${CHANNELS[k]} is channel ${k}, so the index is ${3 * (i * W + j) + k}.`,
        },
        {
          id: 'shape',
          kind: 'choice',
          prompt: `In $h = \\max(0, W_1 x + b_1)$ with ${hidden} hidden units, what is the shape of $W_1$ (rows × columns)?`,
          ...shape,
          explanation: `$W_1$ has one row per hidden unit (a template) and one column per input entry: ${hidden} × ${D}.`,
        },
        {
          id: 'params',
          kind: 'numeric',
          prompt: `How many learnable parameters does this first layer have, counting the weights $W_1$ **and** the bias $b_1$?`,
          answer: hidden * D + hidden,
          tolerance: { abs: 0.5 },
          explanation: `${hidden} × ${D} = ${hidden * D} weights plus ${hidden} biases: ${hidden * D + hidden}.`,
        },
      ],
    };
  },
});
