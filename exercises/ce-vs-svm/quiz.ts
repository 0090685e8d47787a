import { defineQuiz, type Rng } from '../../grader/contract';
import { logSoftmax } from '../../lib/nn/softmax';
import { svmLossOne } from '../../lib/nn/svm';

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

const ce = (s: number[], y: number) => -logSoftmax(s)[y];
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const vec = (s: number[]) => `[${s.join(',\\ ')}]`;
/** 4-decimal display of an answer in explanations */
const f4 = (x: number) => x.toFixed(4);

export default defineQuiz({
  generate(rng) {
    // three close scores, all different, the top two 0.01–0.04 apart (like 0.35 / 0.33 / 0.32)
    const top = round(rng.uniform(0.2, 0.6), 2);
    const second = round(top - rng.int(1, 4) / 100, 2);
    const third = round(second - rng.int(1, 3) / 100, 2);
    const A = [top, second, third];
    const B = [second, top, third];
    const [ceA, ceB, svA, svB] = [ce(A, 0), ce(B, 0), svmLossOne(A, 0), svmLossOne(B, 0)];

    // a confident example (every margin met) for the second part
    const big = rng.int(5, 12);
    const gap = rng.int(2, 4); // ≥ 2: every margin is met with room (no kink at exactly 0)
    const C = [big, big - gap, big - gap - rng.int(0, 2)];
    const ceC = ce(C, 0);

    const flip = shuffledChoices(
      rng,
      ['class 0 for A, class 1 for B', 'class 0 for both', 'class 1 for both', 'class 2 for B'],
      'class 0 for A, class 1 for B',
    );
    const gradient = shuffledChoices(
      rng,
      [
        'SVM: exactly 0; cross-entropy: not 0 (it still pushes the correct score up)',
        'both exactly 0',
        'SVM: not 0; cross-entropy: exactly 0',
        'both not 0',
      ],
      'SVM: exactly 0; cross-entropy: not 0 (it still pushes the correct score up)',
    );

    return {
      intro: `Scores $A = ${vec(A)}$ and $B = ${vec(B)}$ over 3 classes; the true class is **class 0** in both. Natural log, margin $\\Delta = 1$.`,
      questions: [
        {
          id: 'ce-a',
          kind: 'numeric',
          prompt: `Cross-entropy loss of $A = ${vec(A)}$ with true class 0?`,
          answer: ceA,
          tolerance: { abs: 1e-3 },
          explanation: `$\\log(e^{${A[0]}} + e^{${A[1]}} + e^{${A[2]}}) - ${A[0]} = ${f4(ceA)}$. Close scores give a softmax near $1/3$ each, so the loss is near $\\ln 3 = 1.0986$.`,
        },
        {
          id: 'ce-b',
          kind: 'numeric',
          prompt: `Cross-entropy loss of $B = ${vec(B)}$ with true class 0?`,
          answer: ceB,
          tolerance: { abs: 1e-3 },
          explanation: `The log-sum-exp is the same as for $A$ (same scores, reordered); only $s_y$ drops from ${top} to ${second}, so the loss grows by exactly ${round(top - second, 2)}: ${f4(ceB)}.`,
        },
        {
          id: 'svm-a',
          kind: 'numeric',
          prompt: `SVM (hinge) loss of $A$ with true class 0?`,
          answer: svA,
          tolerance: { abs: 1e-3 },
          explanation: `$\\max(0, ${A[1]} - ${A[0]} + 1) + \\max(0, ${A[2]} - ${A[0]} + 1) = ${round(A[1] - A[0] + 1, 2)} + ${round(A[2] - A[0] + 1, 2)} = ${f4(svA)}$. The true class is not in the sum.`,
        },
        {
          id: 'svm-b',
          kind: 'numeric',
          prompt: `SVM (hinge) loss of $B$ with true class 0?`,
          answer: svB,
          tolerance: { abs: 1e-3 },
          explanation: `$\\max(0, ${B[1]} - ${B[0]} + 1) + \\max(0, ${B[2]} - ${B[0]} + 1) = ${f4(svB)}$: only ${f4(svB - svA)} more than for $A$.`,
        },
        {
          id: 'prediction',
          kind: 'choice',
          prompt: 'Which class does the classifier predict (the largest score) for $A$ and for $B$?',
          ...flip,
          explanation: `The prediction flips from class 0 (right) to class 1 (wrong), while the cross-entropy moves by ${f4(ceB - ceA)} and the hinge loss by ${f4(svB - svA)}: neither loss tells you much about the decision when the scores are this close.`,
        },
        {
          id: 'confident-ce',
          kind: 'numeric',
          prompt: `Now the scores are $C = ${vec(C)}$ with true class 0. The SVM loss is 0 (every margin is met). What is the cross-entropy loss? (It is small: give 4 significant digits.)`,
          answer: ceC,
          tolerance: { rel: 1e-3 },
          explanation: `$\\log\\sum_j e^{s_j} - s_0 = ${ceC.toPrecision(4)}$: small but never 0. Cross-entropy keeps asking for a larger lead; the hinge loss is satisfied once the lead is at least 1.`,
        },
        {
          id: 'gradient',
          kind: 'choice',
          prompt: `For $C = ${vec(C)}$ (true class 0), what is the gradient of each loss with respect to the scores?`,
          ...gradient,
          explanation:
            'Every hinge term is $\\max(0, \\text{something} \\le 0) = 0$ with zero slope, so the SVM gradient is 0. The cross-entropy gradient is $p - \\text{onehot}(y)$, which is never exactly 0 because softmax probabilities are never exactly 1.',
        },
      ],
    };
  },
});
