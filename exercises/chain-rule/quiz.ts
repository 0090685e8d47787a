import { defineQuiz, type Rng } from '../../grader/contract';
import { Value } from '../../lib/nn/value';

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

interface Graph {
  /** the function in KaTeX */
  tex: string;
  /** names of the inputs, in order */
  leaves: string[];
  /** builds the graph from Value leaves (the answers come from lib/nn's autograd) */
  build: (v: Value[]) => Value;
  /** a sentence about the backward pass through this graph, for the explanations */
  how: string;
  /** values that would put a max gate on a tie (not allowed) */
  tie?: (n: number[]) => boolean;
}

const GRAPHS: Graph[] = [
  {
    tex: 'f = (x + y)\\cdot z',
    leaves: ['x', 'y', 'z'],
    build: ([x, y, z]) => x.add(y).mul(z),
    how: 'The mul gate gives $z$ the other input $x + y$ and gives the sum $z$; the add gate passes that unchanged to $x$ and $y$.',
  },
  {
    tex: 'f = 2\\,(x\\,y + \\max(z, w))',
    leaves: ['x', 'y', 'z', 'w'],
    build: ([x, y, z, w]) => x.mul(y).add(z.max(w)).mul(2),
    how: 'The ×2 gate makes the upstream gradient 2; the add gate passes 2 to $xy$ and to the max; the mul gate swaps ($\\partial/\\partial x = 2y$); the max routes 2 to the larger of $z, w$ and 0 to the other.',
    tie: ([, , z, w]) => z === w,
  },
  {
    tex: 'f = (x\\,y + z)\\cdot x',
    leaves: ['x', 'y', 'z'],
    build: ([x, y, z]) => x.mul(y).add(z).mul(x),
    how: '$x$ is used twice (a fork), so its gradient is the sum of two paths: $(xy + z)$ from the outer mul, and $x \\cdot y$ through the inner mul (upstream $x$ times local $y$).',
  },
  {
    tex: 'f = \\max(x, y)\\cdot(y + z)',
    leaves: ['x', 'y', 'z'],
    build: ([x, y, z]) => x.max(y).mul(y.add(z)),
    how: '$y$ is used twice: through the add gate it gets $\\max(x, y)$; through the max gate it gets $(y + z)$ only if it is the larger input. $z$ gets $\\max(x, y)$.',
    tie: ([x, y]) => x === y,
  },
  {
    tex: 'f = (x\\,y)^2 + z\\,x',
    leaves: ['x', 'y', 'z'],
    build: ([x, y, z]) => x.mul(y).pow(2).add(z.mul(x)),
    how: 'The square gate has local gradient $2xy$; the mul gate then swaps: $\\partial/\\partial x$ gets $2xy \\cdot y$, plus $z$ from the second term ($x$ is used twice).',
  },
];

/** a nonzero integer in [−5, 5] */
const small = (rng: Rng) => {
  const v = rng.int(1, 5);
  return rng.next() < 0.5 ? -v : v;
};

export default defineQuiz({
  generate(rng) {
    const g = GRAPHS[rng.int(0, GRAPHS.length - 1)];
    let nums: number[];
    do nums = g.leaves.map(() => small(rng));
    while (g.tie?.(nums));
    const leaves = nums.map((n) => new Value(n));
    const f = g.build(leaves);
    f.backward();
    const at = g.leaves.map((name, i) => `${name} = ${nums[i]}`).join(',\\ ');

    const [up1, up2] = [small(rng) + 0.5, small(rng)];
    const store = shuffledChoices(rng, ['the mul gate', 'the add gate', 'the copy (fan-out) gate', 'a gate that adds a constant'], 'the mul gate');

    return {
      intro: `The graph is $${g.tex}$, evaluated at $${at}$.`,
      questions: [
        {
          id: 'forward',
          kind: 'numeric',
          prompt: `Forward pass: what is $f$ at $${at}$?`,
          answer: f.data,
          tolerance: { abs: 1e-6 },
          explanation: `Evaluating gate by gate gives $f = ${f.data}$.`,
        },
        ...g.leaves.map((name, i) => ({
          id: `d${name}`,
          kind: 'numeric' as const,
          prompt: `Backward pass: what is $\\partial f / \\partial ${name}$ at this point?`,
          answer: leaves[i].grad,
          tolerance: { abs: 1e-6 },
          explanation: `$\\partial f/\\partial ${name} = ${leaves[i].grad}$. ${g.how}`,
        })),
        {
          id: 'fork',
          kind: 'numeric',
          prompt: `A value $v$ is used by two gates. In the backward pass the first sends back $${up1}$ and the second $${up2}$. What is $\\partial f/\\partial v$?`,
          answer: up1 + up2,
          tolerance: { abs: 1e-9 },
          explanation: `Gradients add up at a fork (a copy gate's backward is a sum): $${up1} + (${up2}) = ${up1 + up2}$. This is why autograd engines accumulate with +=.`,
        },
        {
          id: 'store',
          kind: 'choice',
          prompt: 'Which of these gates must store its input values during the forward pass, because its backward pass needs them?',
          ...store,
          explanation:
            "The mul gate's local gradients are the other input ($\\partial(xy)/\\partial x = y$), so it must remember $x$ and $y$. Add and copy gates pass or sum the upstream gradient without looking at the inputs. (A max gate also needs to remember which input won.)",
        },
      ],
    };
  },
});
