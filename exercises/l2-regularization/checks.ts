import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

const penalty = (S: any, a: any, H: any) => {
  const r = S.l2Penalty(H.clone(a.weights), a.lambda);
  return { loss: r.loss, grads: r.grads };
};
const total = (S: any, a: any, H: any) => {
  const r = S.addL2(H.clone(a.params), H.clone(a.grads), a.dataLoss, a.lambda);
  return { loss: r.loss, grads: { W1: r.grads.W1, b1: r.grads.b1, W2: r.grads.W2, b2: r.grads.b2 } };
};

/** the gradient returned vs the centered difference of the student's own loss, norm-wise */
const GRAD_TOL = 1e-7;
function matchesNumeric({ got }: JudgeInput): JudgeOutcome {
  const g = got as { analytic: number[][][]; numeric: number[][][] } | null;
  if (!g || !Array.isArray(g.analytic)) return { passed: false, message: 'l2Penalty must return { loss, grads } with one gradient matrix per weight matrix' };
  const a = g.analytic.flat(2), n = g.numeric.flat(2);
  if (a.length !== n.length || a.some((v) => typeof v !== 'number')) return { passed: false, message: 'each grads[k] must have the shape of weights[k]' };
  let diff = 0, scale = 1e-8;
  for (let i = 0; i < a.length; i++) (diff = Math.max(diff, Math.abs(a[i] - n[i]))), (scale = Math.max(scale, Math.abs(a[i]) + Math.abs(n[i])));
  const rel = diff / scale;
  return rel <= GRAD_TOL ? { passed: true, relError: rel } : { passed: false, relError: rel, message: `your gradient differs from the numerical gradient of your penalty (relative error ${rel.toExponential(2)})` };
}

const H17 = { weights: [[[1, -2], [3, 0.5]]], lambda: 0.1 };
const net = (rng: any) => ({
  params: { W1: rng.randn(3, 4), b1: rng.randnVec(4), W2: rng.randn(4, 2), b2: rng.randnVec(2) },
  grads: { W1: rng.randn(3, 4), b1: rng.randnVec(4), W2: rng.randn(4, 2), b2: rng.randnVec(2) },
  dataLoss: rng.uniform(0.5, 3),
  lambda: 10 ** rng.uniform(-3, 0),
});

export default defineChecks({
  checks: [
    {
      name: 'worked example: ½·0.1·14.25 = 0.7125, gradient λW = [[0.1, −0.2], [0.3, 0.05]]',
      visibility: 'public',
      points: 2,
      cases: [H17],
      probe: penalty,
      hint: 'loss = 0.5·λ·ΣW² (with the ½), gradient = λ·W.',
    },
    {
      name: 'the penalty sums over every matrix (two matrices, λ = 0.5)',
      visibility: 'public',
      points: 1,
      cases: [{ weights: [[[1, 2]], [[2], [-4]]], lambda: 0.5 }],
      probe: penalty,
    },
    {
      name: 'addL2 on a small 2-layer net: weights get +λW, biases unchanged',
      visibility: 'public',
      points: 2,
      cases: [
        {
          params: { W1: [[1, -1], [0.5, 2]], b1: [3, -3], W2: [[2], [-1]], b2: [5] },
          grads: { W1: [[0.1, 0.2], [0.3, 0.4]], b1: [1, 1], W2: [[-0.5], [0.5]], b2: [0.25] },
          dataLoss: 1.5,
          lambda: 0.1,
        },
      ],
      probe: total,
      hint: 'Only W1 and W2 are penalised. Add λW to their data gradients; return b1 and b2 gradients as they are.',
    },
    {
      name: 'random matrices and λ: penalty and gradients match the reference',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [{ weights: [rng.randn(3, 5), rng.randn(5, 2), rng.randn(1, 4)], lambda: 10 ** rng.uniform(-4, 1) }, { weights: [rng.randn(4, 4, 3)], lambda: 0.37 }],
      probe: penalty,
      reveal: true,
    },
    {
      name: 'the gradient agrees with the numerical gradient of your penalty',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ weights: [rng.randn(3, 4), rng.randn(2, 3)], lambda: 0.3 }],
      probe: (S, a, H) => {
        const Ws = H.clone(a.weights);
        const analytic = H.clone(S.l2Penalty(Ws, a.lambda).grads);
        const numeric: unknown[] = [];
        for (let k = 0; k < Ws.length; k++) numeric.push(H.numGrad(() => S.l2Penalty(Ws, a.lambda).loss, Ws[k]));
        return { analytic, numeric };
      },
      judge: { kind: 'custom', fn: matchesNumeric },
    },
    {
      name: 'addL2 on random nets and λ',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [net(rng), net(rng)],
      probe: total,
      reveal: true,
    },
    {
      name: 'λ = 0 adds nothing',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ ...net(rng), lambda: 0 }],
      probe: total,
      reveal: true,
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [net(rng)],
      probe: (S, a, H) => {
        const p = H.clone(a.params), g = H.clone(a.grads), W = H.clone(a.params.W1);
        S.addL2(p, g, a.dataLoss, a.lambda);
        S.l2Penalty([W], a.lambda);
        return { p, g, W };
      },
      judge: { kind: 'exact' },
      hint: 'Build new arrays (map) instead of writing into the inputs.',
    },
  ],
});
