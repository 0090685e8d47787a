import { defineChecks } from '../../grader/contract';
import { linspace } from '../../lib/nn/tensor';

/**
 * A case is one trajectory: start from w0 and r0, apply the gradients gs in turn with the same state,
 * calling S[fn](w, g, state, ...hp). The result holds the weights and the cache after every step.
 * New weights may be returned or w updated in place (both allowed by the statement).
 */
const trajectory = (S: any, a: any, H: any) => {
  let w = H.clone(a.w0);
  const st = { r: H.clone(a.r0) };
  const ws: number[][] = [];
  const rs: number[][] = [];
  for (let k = 0; k < a.gs.length; k++) {
    const wIn = H.clone(w);
    const res = S[a.fn](wIn, H.clone(a.gs[k]), st, ...a.hp);
    w = Array.isArray(res) ? res : wIn;
    ws.push(H.clone(w));
    rs.push(H.clone(st.r));
  }
  return { w: ws, r: rs };
};

const H7 = (fn: string) => ({ fn, w0: [1], r0: [0], gs: [[0.5], [0.5], [0.5]], hp: fn === 'adagradStep' ? [0.01, 1e-7] : [0.01, 0.999, 1e-7] });
// cs231n's rmsprop test: cache = linspace(0.6, 0.9), lr 1e-2, decay 0.99, eps 1e-8
const CS231N = { fn: 'rmspropStep', w0: linspace(-0.4, 0.6, 20), r0: linspace(0.6, 0.9, 20), gs: [linspace(-0.6, 0.4, 20)], hp: [1e-2, 0.99, 1e-8] };

const random = (rng: any, fn: string, n: number, steps: number, hp: number[]) => ({
  fn,
  w0: rng.randnVec(n),
  r0: new Array(n).fill(0),
  gs: Array.from({ length: steps }, () => rng.randnVec(n, 10 ** rng.uniform(-2, 1))),
  hp,
});

export default defineChecks({
  checks: [
    {
      name: 'AdaGrad worked example: w = 0.990000002, 0.982928935, 0.977155433 and r = 0.25, 0.5, 0.75',
      visibility: 'public',
      points: 2,
      cases: [H7('adagradStep')],
      probe: trajectory,
      hint: 'r accumulates g² (r ← r + g²); the step is lr·g/(√r + eps), element by element.',
    },
    {
      name: 'RMSProp worked example (ρ = 0.999): w = 0.683774234, 0.460112514, 0.277447670',
      visibility: 'public',
      points: 2,
      cases: [H7('rmspropStep')],
      probe: trajectory,
      hint: 'r ← ρ·r + (1 − ρ)·g². With no bias correction the first step is about 31.6·lr: that is expected.',
    },
    {
      name: "CS231n's rmsprop test (4×5, decay 0.99, eps 1e-8): next_w[0,0] = −0.39223849, cache[0,0] = 0.5976",
      visibility: 'public',
      points: 1,
      cases: [CS231N],
      probe: trajectory,
      show: () => 'w = linspace(−0.4, 0.6, 20), g = linspace(−0.6, 0.4, 20), r = linspace(0.6, 0.9, 20), lr = 1e-2, ρ = 0.99, eps = 1e-8',
    },
    {
      name: 'AdaGrad on random trajectories (5 steps)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [random(rng, 'adagradStep', 5, 5, [0.05, 1e-7]), random(rng, 'adagradStep', 2, 5, [1, 1e-8])],
      probe: trajectory,
      reveal: true,
    },
    {
      name: 'RMSProp on random trajectories (5 steps, random ρ)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [random(rng, 'rmspropStep', 5, 5, [0.01, 0.9, 1e-7]), random(rng, 'rmspropStep', 3, 5, [0.001, rng.uniform(0.5, 0.999), 1e-8])],
      probe: trajectory,
      reveal: true,
    },
    {
      name: 'defaults: eps = 1e-7 for both, ρ = 0.999 for RMSProp',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [random(rng, 'adagradStep', 3, 2, [0.01]), random(rng, 'rmspropStep', 3, 2, [0.01])],
      probe: trajectory,
      hint: 'Declare the defaults in the signature: eps = 1e-7, rho = 0.999.',
      reveal: true,
    },
    {
      name: 'eps sits outside the square root (tiny gradients of 1e-9)',
      visibility: 'hidden',
      points: 1,
      cases: [
        { fn: 'adagradStep', w0: [0, 0], r0: [0, 0], gs: [[1e-9, -2e-9]], hp: [0.01, 1e-7] },
        { fn: 'rmspropStep', w0: [0, 0], r0: [0, 0], gs: [[1e-9, -2e-9]], hp: [0.01, 0.9, 1e-7] },
      ],
      probe: trajectory,
      hint: 'This course divides by √r + eps, not √(r + eps).',
      reveal: true,
    },
    {
      name: 'AdaGrad with a constant gradient: the k-th step is ≈ lr/√k (steps shrink)',
      visibility: 'hidden',
      points: 1,
      cases: [{ fn: 'adagradStep', w0: [0], r0: [0], gs: [[2], [2], [2], [2]], hp: [0.1] }],
      probe: trajectory,
      reveal: true,
    },
    {
      name: 'the gradient array is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[1, 2, 3], [0.5, -0.5, 2]]],
      probe: (S, a, H) => {
        const g = H.clone(a[1]);
        S.adagradStep(H.clone(a[0]), g, { r: [0, 0, 0] }, 0.1);
        S.rmspropStep(H.clone(a[0]), g, { r: [0, 0, 0] }, 0.1);
        return g;
      },
      judge: { kind: 'exact' },
    },
  ],
});
