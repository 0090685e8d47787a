import { defineQuiz, type Rng } from '../../grader/contract';
import { earlyStop, l2Penalty } from '../../lib/nn/regularization';

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
const TOL = { rel: 2e-3, abs: 1e-9 };

export default defineQuiz({
  generate(rng) {
    // L2 on a small integer matrix
    const W = [[rng.int(-3, 3), rng.int(-3, 3)], [rng.int(-3, 3), rng.int(1, 3)]];
    const lambda = rng.pick([0.01, 0.05, 0.1, 0.5]);
    const reg = l2Penalty([W], lambda);
    const lr = rng.pick([0.01, 0.1, 0.5]);

    // dropout
    const keep = rng.pick([0.5, 0.6, 0.75, 0.8, 0.9]);
    const x = rng.int(2, 9);
    const units = rng.int(3, 12);

    // a train/validation table that is either under- or overfitting
    const overfit = rng.next() < 0.5;
    const trainAcc = overfit ? rng.int(97, 100) : rng.int(52, 60);
    const valAcc = overfit ? rng.int(65, 75) : trainAcc - rng.int(0, 3);
    const diagnosis = shuffledChoices(rng, ['overfitting', 'underfitting', 'a good fit'], overfit ? 'overfitting' : 'underfitting');
    const remedyLabels = overfit
      ? ['more training data, stronger L2, or dropout', 'a bigger network with more hidden units', 'training for more epochs', 'removing the regularisation']
      : ['a bigger network or training longer, with less regularisation', 'stronger L2 and more dropout', 'fewer hidden units', 'stopping training earlier'];
    const remedy = shuffledChoices(rng, remedyLabels, remedyLabels[0]);

    // an early-stopping curve: down, a noisy plateau, then later (unseen) improvements
    const n = 10;
    const bestAt = rng.int(2, 4);
    const val = Array.from({ length: n }, (_, e) => +(e <= bestAt ? 1 - 0.1 * e : 1 - 0.1 * bestAt + 0.01 * rng.int(1, 6)).toFixed(2));
    val[n - 1] = +(val[bestAt] - 0.05).toFixed(2);
    const patience = rng.int(2, 3);
    const stop = earlyStop(val, patience);

    const ensemble = shuffledChoices(
      rng,
      ['all units are used, and the 1/keepProb scaling during training already makes the expected activations match', 'a fresh random mask is drawn for every test example', 'every activation is multiplied by keepProb', 'the weights are divided by keepProb after training'],
      'all units are used, and the 1/keepProb scaling during training already makes the expected activations match',
    );

    return {
      questions: [
        {
          id: 'diagnose',
          kind: 'choice',
          prompt: `After training, a network reaches **${trainAcc}%** accuracy on its training set and **${valAcc}%** on the validation set. What is this?`,
          choices: diagnosis.choices,
          answer: diagnosis.answer,
          explanation: overfit
            ? `Near-perfect training accuracy with a ${trainAcc - valAcc}-point gap to validation: the model memorised its training data (overfitting).`
            : `Both accuracies are low and close to each other: the model is too weak to fit even the training data (underfitting).`,
        },
        { id: 'remedy', kind: 'choice', prompt: 'Which change is most likely to help in that situation?', choices: remedy.choices, answer: remedy.answer, explanation: overfit ? 'Overfitting shrinks with more data or more regularisation (L2, dropout, early stopping); a bigger model or longer training makes it worse.' : 'An underfitting model needs more capacity or more training, and less regularisation; regularising more makes it worse.' },
        {
          id: 'l2-loss',
          kind: 'numeric',
          prompt: `What L2 penalty $\\frac{\\lambda}{2}\\sum W^2$ does the weight matrix $W = \\begin{bmatrix} ${W[0].join(' & ')} \\\\ ${W[1].join(' & ')} \\end{bmatrix}$ add with $\\lambda = ${lambda}$?`,
          answer: reg.loss,
          tolerance: TOL,
          explanation: `$\\sum W^2 = ${W.flat().map((w) => w * w).join(' + ')} = ${W.flat().reduce((s, w) => s + w * w, 0)}$, times $\\lambda/2 = ${lambda / 2}$: ${p4(reg.loss)}.`,
        },
        {
          id: 'weight-decay',
          kind: 'numeric',
          prompt: `With that penalty alone (ignore the data loss), one SGD step with learning rate ${lr} multiplies every weight by which factor?`,
          answer: 1 - lr * lambda,
          tolerance: TOL,
          explanation: `$w \\leftarrow w - ${lr}\\cdot\\lambda w = (1 - ${lr}\\cdot${lambda})\\,w = ${p4(1 - lr * lambda)}\\,w$: hence the name weight decay.`,
        },
        { id: 'dropout-scale', kind: 'numeric', prompt: `Inverted dropout with keepProb = ${keep}: a unit with activation ${x} is kept during training. What value does it output?`, answer: x / keep, tolerance: TOL, explanation: `$${x}/${keep} = ${p4(x / keep)}$; dropped units output 0, so on average the output is $${keep}\\cdot${p4(x / keep)} = ${x}$.` },
        { id: 'dropout-no-scale', kind: 'numeric', prompt: `If an implementation forgets the $1/\\text{keepProb}$ scaling, what is the **expected** training-time output of that unit (activation ${x}, keepProb ${keep})?`, answer: keep * x, tolerance: TOL, explanation: `$\\mathbb E = ${keep}\\cdot${x} = ${p4(keep * x)}$ instead of ${x}: training and test activations then have different scales.` },
        { id: 'subnetworks', kind: 'numeric', prompt: `A dropout layer has ${units} units, each of which can be kept or dropped. How many different sub-networks can training sample?`, answer: 2 ** units, tolerance: { abs: 0.5 }, explanation: `Each unit is independently in or out: $2^{${units}} = ${2 ** units}$ sub-networks, all sharing the same weights. Dropout trains this whole ensemble at once.` },
        { id: 'test-time', kind: 'choice', prompt: 'With inverted dropout, what happens at test time?', choices: ensemble.choices, answer: ensemble.answer, explanation: 'The test pass is deterministic and uses every unit; because the surviving units were scaled by 1/keepProb during training, no correction is needed now.' },
        {
          id: 'early-stop',
          kind: 'numeric',
          prompt: `Validation errors per epoch (from epoch 0): $[${val.join(', ')}]$. Early stopping with patience ${patience} stops after ${patience} epochs without a strictly lower error. Which epoch's weights does it restore?`,
          answer: stop.bestEpoch,
          tolerance: { abs: 0 },
          explanation: `The best error ${val[stop.bestEpoch]} is at epoch ${stop.bestEpoch}; after ${patience} epochs without improvement training stops at epoch ${stop.stopEpoch} and restores epoch ${stop.bestEpoch}. The lower value at epoch ${n - 1} is never reached.`,
        },
      ],
    };
  },
});
