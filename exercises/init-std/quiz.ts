import { defineQuiz, type Rng } from '../../grader/contract';
import { glorotUniformLimit, heUniformLimit, initStd } from '../../lib/nn/init';

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

const p4 = (x: number) => x.toPrecision(4);
const TOL = { rel: 2e-3 };

export default defineQuiz({
  generate(rng) {
    const fanIn = rng.pick([64, 100, 128, 200, 256, 300, 400, 512, 784, 1000, 1024]);
    const fanOut = rng.pick([10, 32, 50, 64, 100, 128, 256]);
    const xavier = initStd('xavier', fanIn, fanOut);
    const he = initStd('he', fanIn, fanOut);
    const glorot = initStd('glorot', fanIn, fanOut);
    const n = rng.pick([50, 100, 200, 400, 900]);
    const s = rng.pick([0.01, 0.05, 0.1, 1]);

    const relu = shuffledChoices(rng, ['He: Var(w) = 2/fanIn', 'Xavier: Var(w) = 1/fanIn', 'all weights 0.01', 'all weights 0'], 'He: Var(w) = 2/fanIn');
    const zeros = shuffledChoices(
      rng,
      [
        'every hidden unit computes the same value and gets the same gradient, so they stay identical: the symmetry is never broken',
        'the gradients explode at the first step',
        'the network trains normally, only more slowly',
        'the loss becomes NaN',
      ],
      'every hidden unit computes the same value and gets the same gradient, so they stay identical: the symmetry is never broken',
    );
    const large = shuffledChoices(
      rng,
      ['most tanh units saturate at ±1, their local gradient is ≈ 0 and learning stalls', 'activations shrink towards 0 layer after layer', 'nothing: tanh keeps every value in (−1, 1), so the scale of the weights does not matter', 'the network becomes linear'],
      'most tanh units saturate at ±1, their local gradient is ≈ 0 and learning stalls',
    );

    return {
      intro: `A fully-connected layer with **fanIn = ${fanIn}** inputs and **fanOut = ${fanOut}** outputs.`,
      questions: [
        { id: 'xavier-std', kind: 'numeric', prompt: `What is the standard deviation of the lecture's **Xavier** initialisation for this layer?`, answer: xavier, tolerance: TOL, explanation: `$\\sqrt{1/${fanIn}} = ${p4(xavier)}$.` },
        { id: 'he-std', kind: 'numeric', prompt: `What is the standard deviation of the **He** initialisation for this layer?`, answer: he, tolerance: TOL, explanation: `$\\sqrt{2/${fanIn}} = ${p4(he)}$: $\\sqrt 2$ times Xavier's, to make up for ReLU zeroing half of its inputs.` },
        { id: 'glorot-std', kind: 'numeric', prompt: `What is the standard deviation of the **Glorot** (normalised) initialisation for this layer?`, answer: glorot, tolerance: TOL, explanation: `$\\sqrt{2/(${fanIn} + ${fanOut})} = ${p4(glorot)}$. It uses both fan-in (forward pass) and fan-out (backward pass).` },
        {
          id: 'glorot-uniform',
          kind: 'numeric',
          prompt: `If the Glorot weights are drawn from a **uniform** distribution $\\mathcal U(-a, a)$ with the same variance, what is $a$?`,
          answer: glorotUniformLimit(fanIn, fanOut),
          tolerance: TOL,
          explanation: `$\\operatorname{Var}\\,\\mathcal U(-a, a) = a^2/3$, so $a = \\sqrt{3}\\cdot${p4(glorot)} = \\sqrt{6/${fanIn + fanOut}} = ${p4(glorotUniformLimit(fanIn, fanOut))}$.`,
        },
        {
          id: 'he-uniform',
          kind: 'numeric',
          prompt: `And the uniform limit $a$ with the **He** variance?`,
          answer: heUniformLimit(fanIn),
          tolerance: TOL,
          explanation: `$a = \\sqrt 3 \\cdot \\sqrt{2/${fanIn}} = \\sqrt{6/${fanIn}} = ${p4(heUniformLimit(fanIn))}$.`,
        },
        {
          id: 'preactivation-std',
          kind: 'numeric',
          prompt: `A unit has fan-in $n = ${n}$; its inputs have variance 1 and its weights are drawn from $\\mathcal N(0, ${s}^2)$, all independent with mean 0. What is the **standard deviation** of its pre-activation $\\sum_i w_i x_i$?`,
          answer: Math.sqrt(n) * s,
          tolerance: TOL,
          explanation: `$\\operatorname{Var} = n\\,\\operatorname{Var}(w)\\operatorname{Var}(x) = ${n}\\cdot${s}^2 = ${p4(n * s * s)}$, std $= \\sqrt{${n}}\\cdot${s} = ${p4(Math.sqrt(n) * s)}$. ${Math.sqrt(n) * s > 2 ? 'Far above 1: a tanh after this layer would saturate.' : Math.sqrt(n) * s < 0.5 ? 'Below 1: stacked layers like this shrink the signal towards 0.' : 'About 1: the scale is preserved.'} Xavier picks $\\operatorname{Var}(w) = 1/n$ to make this exactly 1.`,
        },
        { id: 'relu-scheme', kind: 'choice', prompt: 'Which initialisation keeps the activation scale stable through many **ReLU** layers?', choices: relu.choices, answer: relu.answer, explanation: 'ReLU sets half of its inputs to 0, halving the second moment at every layer; He doubles the weight variance (2/fanIn) to compensate. With Xavier the activations fade by about √2 per layer.' },
        { id: 'zero-init', kind: 'choice', prompt: 'What goes wrong if every weight of a hidden layer starts at exactly 0?', choices: zeros.choices, answer: zeros.answer, explanation: 'All units of the layer compute the same function of the input, so they receive identical gradients and remain copies of each other forever; random initial weights break that symmetry.' },
        { id: 'large-init', kind: 'choice', prompt: 'A 10-layer tanh network is initialised with $\\mathcal N(0, 1)$ weights and fan-in 500. What happens?', choices: large.choices, answer: large.answer, explanation: 'Each pre-activation has std ≈ √500 ≈ 22, far into the flat parts of tanh: the outputs sit at ±1, tanh′ ≈ 0, and almost no gradient flows back.' },
      ],
    };
  },
});
