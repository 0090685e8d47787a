import { defineChecks } from '../../grader/contract';

/**
 * One probe for all checks: calls batchnormForward on copies and returns what the case asks for:
 * 'out' (the output), 'running' (the state's running averages after the call), 'trainThenTest'
 * (a few training steps, then a test pass on new data) or 'input' (X after the call).
 */
const probe = (S: any, a: any, H: any) => {
  const st = H.clone(a.state);
  if (a.what === 'trainThenTest') {
    for (let k = 0; k < a.batches.length; k++) S.batchnormForward(H.clone(a.batches[k]), H.clone(a.gamma), H.clone(a.beta), st, 'train');
    return S.batchnormForward(H.clone(a.X), H.clone(a.gamma), H.clone(a.beta), st, 'test').out;
  }
  const X = H.clone(a.X);
  const r = S.batchnormForward(X, H.clone(a.gamma), H.clone(a.beta), st, a.mode);
  if (a.what === 'running') return { runningMean: st.runningMean, runningVar: st.runningVar };
  if (a.what === 'input') return X;
  return r.out;
};

const X9 = [[1, 2], [3, 6], [5, 10]];
const fresh = (d: number) => ({ runningMean: new Array(d).fill(0), runningVar: new Array(d).fill(1) });
const H9 = { X: X9, gamma: [1, 2], beta: [0, 1], state: fresh(2), mode: 'train' };

/** a cs231n-style batch: x = 5·randn + 12 (features far from zero mean and unit variance) */
const batch = (rng: any, n: number, d: number) => rng.randn(n, d, 5).map((r: number[]) => r.map((v) => v + 12));
const params = (rng: any, d: number) => ({ gamma: rng.randnVec(d).map((v: number) => 1 + Math.abs(v)), beta: rng.randnVec(d).map((v: number) => v + Math.sign(v)) });

export default defineChecks({
  checks: [
    {
      name: 'worked example (train): out[0] = [−1.2247426, −1.4494886], out[2] = [1.2247426, 3.4494886]',
      visibility: 'public',
      points: 2,
      cases: [{ ...H9, what: 'out' }],
      probe,
      hint: 'Per COLUMN: subtract the batch mean, divide by √(variance + eps) with the biased (1/N) variance, then γ·x̂ + β.',
    },
    {
      name: 'running averages after one training step from mean 0 / var 1: mean [0.3, 0.6], var [1.16667, 1.96667]',
      visibility: 'public',
      points: 1,
      cases: [{ ...H9, what: 'running' }],
      probe,
      hint: 'running ← 0.9·running + 0.1·batch value, for the mean and for the (biased) variance.',
    },
    {
      name: 'test mode normalises with the running averages',
      visibility: 'public',
      points: 1,
      cases: [{ X: [[2, 4], [4, 8]], gamma: [1, 2], beta: [0, 1], state: { runningMean: [3, 6], runningVar: [8 / 3, 32 / 3] }, mode: 'test', what: 'out' }],
      probe,
      hint: 'In test mode, use state.runningMean and state.runningVar instead of the batch statistics.',
    },
    {
      name: 'random batches (x = 5·randn + 12, N = 200 and non-square shapes), train mode',
      visibility: 'hidden',
      points: 2,
      cases: (rng) =>
        [
          [200, 3],
          [4, 5],
          [7, 2],
        ].map(([n, d]) => ({ X: batch(rng, n, d), ...params(rng, d), state: fresh(d), mode: 'train', what: 'out' })),
      probe,
      reveal: true,
    },
    {
      name: 'running averages with a custom runningDecay and eps, over several steps',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ X: batch(rng, 6, 3), ...params(rng, 3), state: { ...fresh(3), runningDecay: 0.7, eps: 1e-3 }, mode: 'train', what: 'running' }],
      probe,
      reveal: true,
    },
    {
      name: 'train for 5 steps, then test on new data: only the running averages are used',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [{ batches: [0, 1, 2, 3, 4].map(() => batch(rng, 8, 4)), X: batch(rng, 3, 4), ...params(rng, 4), state: fresh(4), what: 'trainThenTest' }],
      probe,
      reveal: true,
    },
    {
      name: 'a test pass leaves the running averages unchanged',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ X: batch(rng, 5, 3), ...params(rng, 3), state: { runningMean: [12, 11, 13], runningVar: [25, 20, 30] }, mode: 'test', what: 'running' }],
      probe,
      hint: 'Evaluating the model must not change it: update the running averages only in train mode.',
    },
    {
      name: 'a constant feature gives β, not NaN (ε keeps the division finite)',
      visibility: 'hidden',
      points: 1,
      cases: [{ X: [[3, 1], [3, 2], [3, 4], [3, 5]], gamma: [2, 1], beta: [0.5, -1], state: fresh(2), mode: 'train', what: 'out' }],
      probe,
      reveal: true,
    },
    {
      name: 'a feature with a tiny variance (1e-6): ε goes inside the square root',
      visibility: 'hidden',
      points: 1,
      cases: [{ X: [[0.001, 1], [-0.001, 2], [0.001, 3], [-0.001, 4]], gamma: [1, 1], beta: [0.5, 0.5], state: fresh(2), mode: 'train', what: 'out' }],
      probe,
      hint: 'x̂ = (x − μ)/√(σ² + ε), not (x − μ)/(σ + ε).',
      reveal: true,
    },
    {
      name: 'X is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [{ ...H9, what: 'input' }],
      probe,
      judge: { kind: 'exact' },
    },
  ],
});
