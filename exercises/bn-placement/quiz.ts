import { defineQuiz, type Rng } from '../../grader/contract';
import { batchNormForward, batchNormState } from '../../lib/nn/batchnorm';

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

const p4 = (x: number) => +x.toPrecision(4);
const TOL = { rel: 2e-3, abs: 1e-3 };

export default defineQuiz({
  generate(rng) {
    // one feature over a batch of 4: distinct integers, so the variance is never 0
    const col: number[] = [];
    while (col.length < 4) {
      const v = rng.int(-5, 12);
      if (!col.includes(v)) col.push(v);
    }
    const gamma = rng.pick([0.5, 2, 3]);
    const beta = rng.pick([-1, 0.5, 4]);
    const k = rng.int(0, 3);
    const st = batchNormState(1);
    const { out, cache } = batchNormForward(col.map((v) => [v]), [gamma], [beta], st, 'train');
    const mean = col.reduce((a, b) => a + b, 0) / 4;
    const variance = col.reduce((a, v) => a + (v - mean) ** 2, 0) / 4;

    const where = shuffledChoices(
      rng,
      ['after the fully-connected (affine) layer, before the nonlinearity', 'after the nonlinearity, before the next affine layer', 'only on the network input', 'after the softmax'],
      'after the fully-connected (affine) layer, before the nonlinearity',
    );
    const why = shuffledChoices(
      rng,
      ['so the network can undo or rescale the normalisation (γ = σ, β = μ gives back the identity)', 'to make the output exactly zero-mean and unit-variance', 'to replace the learning rate', 'to store the running averages'],
      'so the network can undo or rescale the normalisation (γ = σ, β = μ gives back the identity)',
    );
    const test = shuffledChoices(
      rng,
      ['the running averages of the mean and variance collected during training', "the test batch's own mean and variance", 'mean 0 and variance 1', 'the statistics of the last training batch only'],
      'the running averages of the mean and variance collected during training',
    );
    const bias = shuffledChoices(
      rng,
      ["yes: BN subtracts the batch mean, which removes any constant bias, and β takes over the bias's role", 'no: without the bias the layer cannot shift its output', 'no: BN divides by the bias', 'only at test time'],
      "yes: BN subtracts the batch mean, which removes any constant bias, and β takes over the bias's role",
    );

    return {
      intro: `One feature of a mini-batch of 4 examples takes the values $x = [${col.join(', ')}]$; batch norm has $\\gamma = ${gamma}$, $\\beta = ${beta}$.`,
      questions: [
        { id: 'batch-var', kind: 'numeric', prompt: 'What is the batch variance $\\sigma_B^2$ that batch norm uses?', answer: variance, tolerance: TOL, explanation: `$\\mu_B = ${p4(mean)}$ and $\\sigma_B^2 = \\frac14\\sum (x_i - \\mu_B)^2 = ${p4(variance)}$ (the biased variance: divide by N = 4, not N − 1 = 3, which would give ${p4((variance * 4) / 3)}).` },
        { id: 'xhat', kind: 'numeric', prompt: `What is the normalised value $\\hat x$ of example ${k + 1} (the value ${col[k]})?`, answer: cache.xhat[k][0], tolerance: TOL, explanation: `$(${col[k]} - ${p4(mean)}) / \\sqrt{${p4(variance)} + 10^{-5}} = ${p4(cache.xhat[k][0])}$.` },
        { id: 'output', kind: 'numeric', prompt: `What does batch norm output for example ${k + 1}?`, answer: out[k][0], tolerance: TOL, explanation: `$\\gamma\\hat x + \\beta = ${gamma}\\cdot${p4(cache.xhat[k][0])} + ${beta} = ${p4(out[k][0])}$.` },
        { id: 'running-mean', kind: 'numeric', prompt: 'The running mean starts at 0 with runningDecay 0.9. What is it after this one training step?', answer: st.runningMean[0], tolerance: TOL, explanation: `$0.9\\cdot 0 + 0.1\\cdot${p4(mean)} = ${p4(st.runningMean[0])}$. Many steps are needed before the running averages are close to the data's statistics.` },
        { id: 'placement', kind: 'choice', prompt: 'Where does a batch-norm layer usually go in a fully-connected network?', choices: where.choices, answer: where.answer, explanation: 'BN goes right after the affine layer and before the nonlinearity, so the nonlinearity receives standardised inputs in its high-gradient range (not on the output scores of the last layer).' },
        { id: 'gamma-beta', kind: 'choice', prompt: 'Why does batch norm learn a scale γ and a shift β after normalising?', choices: why.choices, answer: why.answer, explanation: 'Forcing zero mean and unit variance could remove useful information (e.g. a unit that should sit in tanh\u2019s saturated range); with γ and β the network can represent any scale and offset, including the identity.' },
        { id: 'test-stats', kind: 'choice', prompt: 'Which mean and variance does batch norm use **at test time**?', choices: test.choices, answer: test.answer, explanation: "At test time a prediction must not depend on the other examples in the batch (there may be only one), so BN uses the running averages; it does not update them." },
        { id: 'drop-bias', kind: 'choice', prompt: 'Can the affine layer right before a batch-norm layer drop its bias $b$?', choices: bias.choices, answer: bias.answer, explanation: 'Adding a constant to every example shifts the batch mean by the same constant, which BN subtracts again: the bias has no effect, and β provides the shift.' },
      ],
    };
  },
});
