import { defineQuiz, type Rng } from '../../grader/contract';
import { crossEntropy, entropy, kl } from '../../lib/nn/losses';

function shuffledChoices(rng: Rng, labels: string[], correct: string) {
  const xs = labels.slice();
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  const choices = xs.map((label, i) => ({ id: String.fromCharCode(97 + i), label }));
  return { choices, answer: choices.find((c) => c.label === correct)!.id };
}

/** a distribution over 3 outcomes with 2-decimal probabilities, each at least 0.05 */
function twoDecimalDist(rng: Rng): number[] {
  const a = rng.int(5, 85);
  const b = rng.int(5, 95 - a);
  return [a, b, 100 - a - b].map((v) => v / 100);
}

const TOL = { abs: 0.001 };
const r4 = (v: number) => v.toFixed(4);
const vec = (v: number[]) => `[${v.join(', ')}]`;

export default defineQuiz({
  generate(rng) {
    const p = twoDecimalDist(rng);
    let q = twoDecimalDist(rng);
    while (q.every((v, i) => v === p[i])) q = twoDecimalDist(rng); // KL(p‖p) = 0 would be a giveaway
    const C = rng.pick([3, 5, 10, 100, 1000]);
    const H = entropy(p);
    const K = kl(p, q);
    const CE = crossEntropy(p, q);
    const terms = (f: (i: number) => string) => p.map((_, i) => f(i)).join(' + ');
    const symmetric = shuffledChoices(
      rng,
      ['No: KL is not symmetric, so it is a divergence, not a distance', 'Yes: KL is a distance', 'Only when both are uniform', 'Yes, up to a factor of 2'],
      'No: KL is not symmetric, so it is a divergence, not a distance',
    );
    return {
      intro: `Your distributions: $p = ${vec(p)}$ (truth) and $q = ${vec(q)}$ (model).`,
      questions: [
        {
          id: 'entropy',
          kind: 'numeric',
          prompt: `$H(p)$ for $p = ${vec(p)}$, in nats?`,
          answer: H,
          tolerance: TOL,
          explanation: `$H(p) = -(${terms((i) => `${p[i]}\\ln ${p[i]}`)}) = ${r4(H)}$.`,
        },
        {
          id: 'kl',
          kind: 'numeric',
          prompt: `$\\mathrm{KL}(p\\,\\|\\,q)$ for $q = ${vec(q)}$?`,
          answer: K,
          tolerance: TOL,
          explanation: `$\\mathrm{KL}(p\\|q) = ${terms((i) => `${p[i]}\\ln\\frac{${p[i]}}{${q[i]}}`)} = ${r4(K)}$.`,
        },
        {
          id: 'cross-entropy',
          kind: 'numeric',
          prompt: 'The cross-entropy $H(p, q)$?',
          answer: CE,
          tolerance: TOL,
          explanation: `$H(p, q) = -(${terms((i) => `${p[i]}\\ln ${q[i]}`)}) = ${r4(CE)}$, which is $H(p) + \\mathrm{KL}(p\\|q) = ${r4(H)} + ${r4(K)}$.`,
        },
        {
          id: 'kl-reversed',
          kind: 'numeric',
          prompt: '$\\mathrm{KL}(q\\,\\|\\,p)$, the other way round?',
          answer: kl(q, p),
          tolerance: TOL,
          explanation: `$\\mathrm{KL}(q\\|p) = ${r4(kl(q, p))}$, not ${r4(K)}: the first argument weights the sum.`,
        },
        {
          id: 'symmetric',
          kind: 'choice',
          prompt: 'So is $\\mathrm{KL}(p\\|q) = \\mathrm{KL}(q\\|p)$ in general?',
          ...symmetric,
          explanation: 'Your two numbers differ. A distance must be symmetric; KL is not, hence "divergence".',
        },
        {
          id: 'init-loss',
          kind: 'numeric',
          prompt: `A freshly initialised classifier with ${C} classes predicts (almost) uniform probabilities. What cross-entropy loss per example do you expect?`,
          answer: Math.log(C),
          tolerance: TOL,
          explanation: `With a one-hot truth, $H(p, q) = -\\ln q_y = -\\ln(1/${C}) = \\ln ${C} = ${r4(Math.log(C))}$. If the first loss is far from this, something is wrong (CS231n's "why −log(0.1)?").`,
        },
        {
          id: 'min-ce',
          kind: 'numeric',
          prompt: 'What is the smallest possible cross-entropy $H(p, q)$ when $p$ is one-hot (a label)?',
          answer: 0,
          tolerance: TOL,
          explanation: '$H(p) = 0$ for one-hot $p$, and $H(p,q) = H(p) + \\mathrm{KL}(p\\|q) \\ge 0$, reached when $q$ puts probability 1 on the true class.',
        },
      ],
    };
  },
});
