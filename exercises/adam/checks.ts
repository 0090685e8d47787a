import { defineChecks, type JudgeInput } from '../../grader/contract';
import { linspace } from '../../lib/nn/tensor';

/**
 * One trajectory: start from w0 and a state {m, v, t}, apply the gradients gs in turn with the same
 * state, calling adamStep(w, g, state, ...hp). New weights may be returned or w updated in place.
 */
const trajectory = (S: any, a: any, H: any) => {
  let w = H.clone(a.w0);
  const st = { m: H.clone(a.m0), v: H.clone(a.v0), t: a.t0 };
  const ws: number[][] = [];
  for (let k = 0; k < a.gs.length; k++) {
    const wIn = H.clone(w);
    const res = S.adamStep(wIn, H.clone(a.gs[k]), st, ...a.hp);
    w = Array.isArray(res) ? res : wIn;
    ws.push(H.clone(w));
  }
  return { w: ws, m: H.clone(st.m), v: H.clone(st.v), t: st.t };
};
const weightsOnly = (S: any, a: any, H: any) => {
  let w = H.clone(a.w0);
  const st = { m: H.clone(a.m0), v: H.clone(a.v0), t: a.t0 };
  const ws: number[][] = [];
  for (let k = 0; k < a.gs.length; k++) {
    const wIn = H.clone(w);
    const res = S.adamStep(wIn, H.clone(a.gs[k]), st, ...a.hp);
    w = Array.isArray(res) ? res : wIn;
    ws.push(H.clone(w));
  }
  return ws;
};

const fresh = (n: number) => ({ m0: new Array(n).fill(0), v0: new Array(n).fill(0), t0: 0 });
const H5 = { w0: [1], ...fresh(1), gs: [[0.5], [-0.2], [0.3]], hp: [] as number[] };
const CS231N = { w0: linspace(-0.4, 0.6, 20), m0: linspace(0.6, 0.9, 20), v0: linspace(0.7, 0.5, 20), t0: 5, gs: [linspace(-0.6, 0.4, 20)], hp: [1e-2] };

/** the first step from a fresh state must be lr·g/(|g| + ε) (≈ lr·sign(g)), judged on the step itself */
function firstStepIsLr({ got, args }: JudgeInput) {
  const a = args as any;
  const w1 = (got as any)?.[0];
  if (!Array.isArray(w1) || w1.length !== a.w0.length) return { passed: false, message: 'adamStep must return the new weights (an array as long as w)' };
  const lr = a.hp[0];
  for (let i = 0; i < w1.length; i++) {
    const step = a.w0[i] - (typeof w1[i] === 'number' ? w1[i] : NaN);
    const g = a.gs[0][i];
    const want = (lr * g) / (Math.abs(g) + 1e-8);
    if (!(Math.abs(step - want) <= 1e-9 * Math.abs(want) + 1e-15))
      return { passed: false, message: `for g = ${g} the first step is ${step}, expected lr·g/(|g| + ε) = ${want}`, gotShown: String(step), expectedShown: String(want) };
  }
  return { passed: true };
}

export default defineChecks({
  checks: [
    {
      name: 'worked example: w = 0.99900000002, 0.998654394181165, 0.998109953836812; m, v and t after 3 steps',
      visibility: 'public',
      points: 3,
      cases: [H5],
      probe: trajectory,
      hint: 'Increment t first; m̂ = m/(1 − β1^t), v̂ = v/(1 − β2^t); step lr·m̂/(√v̂ + ε).',
    },
    {
      name: "CS231n's adam test (4×5, t = 5 → 6, lr 1e-2): next_w[0,0] = −0.40094747, m[0,0] = 0.48, v[0,0] = 0.69966",
      visibility: 'public',
      points: 1,
      cases: [CS231N],
      probe: trajectory,
      show: () => 'w = linspace(−0.4, 0.6, 20), g = linspace(−0.6, 0.4, 20), m = linspace(0.6, 0.9, 20), v = linspace(0.7, 0.5, 20), t = 5, lr = 1e-2',
    },
    {
      name: 'the first step from a fresh state is lr·g/(|g| + ε) ≈ lr·sign(g), for gradients of any scale',
      visibility: 'hidden',
      points: 2,
      cases: (rng) =>
        Array.from({ length: 4 }, () => {
          const g = Array.from({ length: 5 }, () => (rng.next() < 0.5 ? -1 : 1) * 10 ** rng.uniform(-2, 3));
          return { w0: rng.randnVec(5), ...fresh(5), gs: [g], hp: [10 ** rng.uniform(-4, -1)] };
        }),
      probe: weightsOnly,
      judge: { kind: 'custom', fn: firstStepIsLr },
      hint: 'Without bias correction the first step is about 3.16·lr; without the square root it is lr/g.',
    },
    {
      name: 'eight steps on random vectors with random hyperparameters',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [
        { w0: rng.randnVec(4), ...fresh(4), gs: Array.from({ length: 8 }, () => rng.randnVec(4)), hp: [0.01, 0.9, 0.999, 1e-8] },
        { w0: rng.randnVec(3), ...fresh(3), gs: Array.from({ length: 8 }, () => rng.randnVec(3, 5)), hp: [0.1, rng.uniform(0.5, 0.95), rng.uniform(0.9, 0.9999), 1e-6] },
      ],
      probe: trajectory,
      reveal: true,
    },
    {
      name: 'defaults lr = 1e-3, β1 = 0.9, β2 = 0.999, ε = 1e-8',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ w0: rng.randnVec(3), ...fresh(3), gs: [rng.randnVec(3), rng.randnVec(3)], hp: [] }],
      probe: weightsOnly,
      reveal: true,
    },
    {
      name: 'ε is added outside the square root (gradients of 1e-9)',
      visibility: 'hidden',
      points: 1,
      cases: [{ w0: [0, 0], ...fresh(2), gs: [[1e-9, -3e-9], [1e-9, -3e-9]], hp: [0.01] }],
      probe: weightsOnly,
      hint: 'This course (and Kingma & Ba) divides by √v̂ + ε, not √(v̂ + ε).',
      reveal: true,
    },
    {
      name: 't goes up by exactly 1 per call, starting from the given state',
      visibility: 'hidden',
      points: 1,
      cases: [{ w0: [1, 2], m0: [0, 0], v0: [0, 0], t0: 0, gs: [[1, 1], [1, 1], [1, 1], [1, 1]], hp: [] }],
      probe: (S, a, H) => {
        const st = { m: H.clone(a.m0), v: H.clone(a.v0), t: a.t0 };
        const ts: number[] = [];
        for (let k = 0; k < a.gs.length; k++) {
          S.adamStep(H.clone(a.w0), H.clone(a.gs[k]), st);
          ts.push(st.t);
        }
        return ts;
      },
      judge: { kind: 'exact' },
    },
    {
      name: 'two parameters updated in turn keep separate states',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ a: rng.randnVec(3), b: rng.randnVec(2), ga: [rng.randnVec(3), rng.randnVec(3)], gb: [rng.randnVec(2), rng.randnVec(2)] }],
      probe: (S, c, H) => {
        let a = H.clone(c.a), b = H.clone(c.b);
        const sa = { m: [0, 0, 0], v: [0, 0, 0], t: 0 }, sb = { m: [0, 0], v: [0, 0], t: 0 };
        for (let k = 0; k < 2; k++) {
          const aIn = H.clone(a), bIn = H.clone(b);
          const ra = S.adamStep(aIn, H.clone(c.ga[k]), sa, 0.01);
          a = Array.isArray(ra) ? ra : aIn;
          const rb = S.adamStep(bIn, H.clone(c.gb[k]), sb, 0.01);
          b = Array.isArray(rb) ? rb : bIn;
        }
        return [a, b];
      },
      hint: 'Keep m, v and t in the state object you are given, not in variables outside the function.',
    },
    {
      name: 'the gradient array is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[1, 2, 3], [0.5, -0.5, 2]]],
      probe: (S, a, H) => {
        const g = H.clone(a[1]);
        S.adamStep(H.clone(a[0]), g, { m: [0, 0, 0], v: [0, 0, 0], t: 0 });
        return g;
      },
      judge: { kind: 'exact' },
    },
  ],
});
