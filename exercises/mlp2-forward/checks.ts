import { defineChecks, type JudgeInput, type JudgeOutcome, type Rng } from '../../grader/contract';

const H14 = {
  p: { W1: [[0.2, -0.5], [1.5, -1.3], [-0.3, 0.8]], b1: [0, 0.1, -0.2], W2: [[1, -1, 0.5], [-0.5, 0.5, 1]], b2: [0, 0] },
  x: [1, -2],
};

function randomParams(rng: Rng, D: number, H: number, C: number) {
  return { W1: rng.randn(H, D), b1: rng.randnVec(H, 0.5), W2: rng.randn(C, H), b2: rng.randnVec(C, 0.5) };
}

const FORWARD_TOL = 1e-9; // 'forward': closed-form values, a few ulps of reordering allowed
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
const isNumVec = (v: unknown, n: number): v is number[] => Array.isArray(v) && v.length === n && v.every((t) => typeof t === 'number');

/** compares {h, scores} and explains the typical mistakes instead of only printing numbers */
function judgeForward({ got, expected }: JudgeInput): JudgeOutcome {
  const exp = expected as { h: number[]; scores: number[] };
  const g = got as { h?: unknown; scores?: unknown } | null;
  if (!g || typeof g !== 'object') return { passed: false, message: 'mlp2Forward must return an object { h, scores }' };
  if (!isNumVec(g.h, exp.h.length)) return { passed: false, message: `h must be an array of ${exp.h.length} numbers (one per hidden unit)` };
  if (!isNumVec(g.scores, exp.scores.length)) return { passed: false, message: `scores must be an array of ${exp.scores.length} numbers (one per class)` };
  const hErr = Math.max(...g.h.map((v, i) => relErr(v, exp.h[i])));
  const sErr = Math.max(...g.scores.map((v, i) => relErr(v, exp.scores[i])));
  if (hErr <= FORWARD_TOL && sErr <= FORWARD_TOL) return { passed: true, relError: Math.max(hErr, sErr) };
  let message = hErr > FORWARD_TOL ? 'h is wrong.' : 'h is right but the scores are wrong.';
  if (g.h.some((v) => v < 0)) message += ' h has negative entries: h is the ReLU output max(0, W1·x + b1).';
  if (hErr <= FORWARD_TOL && exp.scores.some((v) => v < 0) && g.scores.every((v) => v >= 0)) {
    message += ' Your scores have no negative entries: the last layer must be linear (no ReLU on the scores).';
  }
  return { passed: false, message, relError: Math.max(hErr, sErr) };
}

export default defineChecks({
  checks: [
    {
      name: 'worked example: h = [1.2, 4.2, 0], scores = [−3, 1.5]',
      visibility: 'public',
      points: 2,
      cases: [[H14.p, H14.x]],
      probe: (S, args) => {
        const r = S.mlp2Forward(args[0], args[1]);
        return { h: r.h, scores: r.scores };
      },
      judge: { kind: 'custom', fn: judgeForward },
      hint: 'h = max(0, W1·x + b1) entry by entry; scores = W2·h + b2 with no activation.',
    },
    {
      name: 'h is the ReLU output, not the pre-activation W1·x + b1',
      visibility: 'public',
      points: 1,
      cases: [[H14.p, H14.x]],
      probe: (S, args) => S.mlp2Forward(args[0], args[1]).h,
      judge: { kind: 'close', tol: 'forward' },
      hint: 'The third pre-activation is −2.1; after max(0, ·) it is 0.',
    },
    {
      name: 'random network with (D, H, C) = (5, 7, 3)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [0, 1, 2].map(() => [randomParams(rng, 5, 7, 3), rng.randnVec(5)]),
      probe: (S, args) => {
        const r = S.mlp2Forward(args[0], args[1]);
        return { h: r.h, scores: r.scores };
      },
      judge: { kind: 'custom', fn: judgeForward },
      reveal: true,
    },
    {
      name: 'other shapes, with scores that are negative (the last layer is linear)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => {
        const p = randomParams(rng, 4, 6, 3);
        p.b2 = [-5, -6, -7]; // every score negative unless the hidden layer is very active
        p.W2 = p.W2.map((row) => row.map((w) => w * 0.1));
        return [[p, rng.randnVec(4)], [randomParams(rng, 1, 3, 2), [0.7]], [randomParams(rng, 3, 2, 4), rng.randnVec(3)]];
      },
      probe: (S, args) => {
        const r = S.mlp2Forward(args[0], args[1]);
        return { h: r.h, scores: r.scores };
      },
      judge: { kind: 'custom', fn: judgeForward },
      reveal: true,
    },
    {
      name: 'no hidden unit active: the scores are exactly b2',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => {
        const p = randomParams(rng, 3, 4, 2);
        p.b1 = [-50, -50, -50, -50];
        return [[p, rng.randnVec(3)]];
      },
      probe: (S, args) => {
        const r = S.mlp2Forward(args[0], args[1]);
        return { h: r.h, scores: r.scores };
      },
      judge: { kind: 'custom', fn: judgeForward },
      reveal: true,
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[H14.p, H14.x]],
      probe: (S, args, H) => {
        const p = H.clone(args[0]);
        const x = H.clone(args[1]);
        S.mlp2Forward(p, x);
        return [p, x];
      },
      judge: { kind: 'exact' },
    },
  ],
});
