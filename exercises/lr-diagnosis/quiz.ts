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

type Kind = 'too high' | 'too low' | 'about right' | 'flat';
const DIAGNOSES: Record<Kind, string> = {
  'too high': 'the learning rate is too high',
  'too low': 'the learning rate is too low',
  'about right': 'the learning rate is about right',
  flat: 'nothing is learning: a learning rate far too small, or dead units',
};
const EXPLAIN: Record<Kind, string> = {
  'too high': 'The loss grows or becomes NaN: each step overshoots the minimum by more than it corrects. Divide the learning rate by 3–10.',
  'too low': 'The loss goes down steadily but almost linearly and is still far from its floor: the steps are too small. Multiply the learning rate by 3–10.',
  'about right': 'A fast drop followed by a slow approach to a plateau is the healthy shape.',
  flat: 'The loss does not move at all: the weights are (almost) not changing. Check that gradients flow (dead ReLUs, a learning rate many orders of magnitude too small).',
};

/** a loss sequence of 8 values with the given shape, starting near ln(10) ≈ 2.30 */
function curve(rng: Rng, kind: Kind): string[] {
  const l0 = 2.3 + rng.uniform(-0.02, 0.02);
  const out: number[] = [];
  for (let t = 0; t < 8; t++) {
    if (kind === 'too high') out.push(l0 * (1 + 0.2 * t + 0.15 * t * t) * rng.uniform(0.9, 1.1));
    else if (kind === 'too low') out.push(l0 - (0.012 + rng.uniform(0, 0.004)) * t);
    else if (kind === 'about right') out.push(0.35 + (l0 - 0.35) * Math.exp(-0.8 * t) + rng.uniform(0, 0.01));
    else out.push(l0 + rng.uniform(-0.0005, 0.0005));
  }
  const shown = out.map((v) => v.toFixed(3));
  // a diverging run ends in NaN half of the time
  if (kind === 'too high' && rng.next() < 0.5) (shown[6] = 'inf'), (shown[7] = 'NaN');
  return shown;
}

const p4 = (x: number) => +x.toPrecision(4);

export default defineQuiz({
  generate(rng) {
    const kinds: Kind[] = ['too high', 'too low', 'about right', 'flat'];
    // three curves of different kinds, in random order
    const picked = kinds.slice();
    for (let i = picked.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [picked[i], picked[j]] = [picked[j], picked[i]];
    }
    const curveQuestions = picked.slice(0, 3).map((kind, k) => {
      const c = shuffledChoices(rng, kinds.map((x) => DIAGNOSES[x]), DIAGNOSES[kind]);
      return {
        id: `curve-${k + 1}`,
        kind: 'choice' as const,
        prompt: `The training loss over the first epochs is ${curve(rng, kind).join(', ')}. What does it tell you?`,
        choices: c.choices,
        answer: c.answer,
        explanation: EXPLAIN[kind],
      };
    });

    // log-scale arithmetic
    const a = -rng.int(5, 7);
    const b = rng.int(-1, 1);
    const c = rng.int(a + 1, b - 1);
    const u = +(rng.uniform(a, b)).toFixed(2);
    const linearFrac = (10 ** c - 10 ** a) / (10 ** b - 10 ** a);
    const lo = 10 ** rng.int(-5, -3);
    const hi = lo * 100;

    const scales = shuffledChoices(
      rng,
      ['learning rate: log scale; keep probability: linear scale', 'both on a linear scale', 'both on a log scale', 'learning rate: linear scale; keep probability: log scale'],
      'learning rate: log scale; keep probability: linear scale',
    );
    const border = shuffledChoices(
      rng,
      ['extend the range beyond that border and search again: the optimum may lie outside it', 'keep that value: the border is the optimum', 'shrink the range around the middle', 'switch from random search to grid search'],
      'extend the range beyond that border and search again: the optimum may lie outside it',
    );

    return {
      questions: [
        ...curveQuestions,
        {
          id: 'log-fraction',
          kind: 'numeric',
          prompt: `Learning rates are sampled as $10^{u}$ with $u$ uniform on $[${a}, ${b}]$. What fraction of the samples fall below $10^{${c}}$?`,
          answer: (c - a) / (b - a),
          tolerance: { abs: 2e-3 },
          explanation: `$u < ${c}$ has probability $(${c} - (${a}))/(${b} - (${a})) = ${p4((c - a) / (b - a))}$. Sampling the learning rate uniformly on $[10^{${a}}, 10^{${b}}]$ instead would put only ${p4(linearFrac)} of the samples there: nearly all trials would land in the top decade.`,
        },
        {
          id: 'linear-fraction',
          kind: 'numeric',
          prompt: `And if the learning rate were sampled **uniformly** on $[10^{${a}}, 10^{${b}}]$ (linear scale), what fraction would fall below $10^{${c}}$? (4 significant digits)`,
          answer: linearFrac,
          tolerance: { rel: 2e-3 },
          explanation: `$(10^{${c}} - 10^{${a}})/(10^{${b}} - 10^{${a}}) = ${p4(linearFrac)}$. The small learning rates, which often work best, would hardly ever be tried.`,
        },
        { id: 'power', kind: 'numeric', prompt: `A trial drew $u = ${u}$. Which learning rate does it try? (4 significant digits)`, answer: 10 ** u, tolerance: { rel: 2e-3 }, explanation: `$10^{${u}} = ${(10 ** u).toPrecision(4)}$.` },
        { id: 'geometric-mid', kind: 'numeric', prompt: `A grid of 3 learning rates on a log scale covers $[${lo}, ${hi}]$. What is its middle value?`, answer: Math.sqrt(lo * hi), tolerance: { rel: 2e-3 }, explanation: `On a log scale the middle is the geometric mean $\\sqrt{${lo}\\cdot${hi}} = ${Math.sqrt(lo * hi)}$, not the arithmetic mean ${p4((lo + hi) / 2)}.` },
        { id: 'scales', kind: 'choice', prompt: 'On which scales should a random search sample the learning rate and the dropout keep probability (in [0.3, 1])?', choices: scales.choices, answer: scales.answer, explanation: 'The learning rate acts multiplicatively (its order of magnitude matters): log scale. A keep probability in [0.3, 1] acts additively on a bounded range: linear scale.' },
        { id: 'border', kind: 'choice', prompt: 'A coarse random search over lr ∈ [1e-5, 1e-2] finds its best trial at lr ≈ 9.5e-3. What next?', choices: border.choices, answer: border.answer, explanation: 'A best value on the border means the true optimum may lie beyond it: widen the range on that side, then refine (coarse to fine).' },
      ],
    };
  },
});
