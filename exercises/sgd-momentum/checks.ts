import { defineChecks } from '../../grader/contract';
import { linspace } from '../../lib/nn/tensor';

/**
 * A case is one trajectory: start from w0 and v0, apply the gradients gs one after the other with the
 * same state object. The probe accepts new weights returned OR w updated in place (both are allowed).
 */
const trajectory = (what: 'w' | 'v') =>
  what === 'w'
    ? (S: any, a: any, H: any) => {
        let w = H.clone(a.w0);
        const st = { v: H.clone(a.v0) };
        const out: number[][] = [];
        for (let k = 0; k < a.gs.length; k++) {
          const wIn = H.clone(w);
          const r = a.mu == null ? S.momentumStep(wIn, H.clone(a.gs[k]), st, a.lr) : S.momentumStep(wIn, H.clone(a.gs[k]), st, a.lr, a.mu);
          w = Array.isArray(r) ? r : wIn;
          out.push(H.clone(w));
        }
        return out;
      }
    : (S: any, a: any, H: any) => {
        let w = H.clone(a.w0);
        const st = { v: H.clone(a.v0) };
        const out: number[][] = [];
        for (let k = 0; k < a.gs.length; k++) {
          const wIn = H.clone(w);
          const r = a.mu == null ? S.momentumStep(wIn, H.clone(a.gs[k]), st, a.lr) : S.momentumStep(wIn, H.clone(a.gs[k]), st, a.lr, a.mu);
          w = Array.isArray(r) ? r : wIn;
          out.push(H.clone(st.v));
        }
        return out;
      };

const H6 = { w0: [1], v0: [0], gs: [[1], [1], [1]], lr: 0.1, mu: 0.9 };
// cs231n's test: v_cs231n = linspace(0.6, 0.9), lr = 1e-3; the lecture's velocity is −v_cs231n / lr
const CS231N = { w0: linspace(-0.4, 0.6, 20), v0: linspace(0.6, 0.9, 20).map((v) => -v / 1e-3), gs: [linspace(-0.6, 0.4, 20)], lr: 1e-3, mu: 0.9 };

function randomTrajectory(rng: any, n: number, steps: number, mu: number | null) {
  return {
    w0: rng.randnVec(n),
    v0: new Array(n).fill(0),
    gs: Array.from({ length: steps }, () => rng.randnVec(n)),
    lr: 10 ** rng.uniform(-3, -1),
    mu,
  };
}

export default defineChecks({
  checks: [
    {
      name: 'worked example: g = 1 three times gives w = 0.9, 0.71, 0.439',
      visibility: 'public',
      points: 2,
      cases: [H6],
      probe: trajectory('w'),
      hint: 'v ← μ·v + g first, then w ← w − lr·v with the NEW v. Keep v in state.v for the next call.',
    },
    {
      name: 'the velocity after those steps is 1, 1.9, 2.71 (lecture form, stored in state.v)',
      visibility: 'public',
      points: 1,
      cases: [H6],
      probe: trajectory('v'),
      hint: 'state.v holds the sum μ·v + g, without the learning rate (the lecture form).',
    },
    {
      name: 'sgdStep([1, 2], [0.5, −1], 0.1) = [0.95, 2.1]',
      visibility: 'public',
      points: 1,
      cases: [[[1, 2], [0.5, -1], 0.1]],
      probe: (S, a, H) => {
        const w = H.clone(a[0]);
        const r = S.sgdStep(w, H.clone(a[1]), a[2]);
        return Array.isArray(r) ? r : w;
      },
    },
    {
      name: "CS231n's sgd_momentum test (4×5, lr 1e-3), its velocity converted to the lecture form: next_w[0,0] = 0.1406",
      visibility: 'public',
      points: 1,
      cases: [CS231N],
      probe: trajectory('w'),
      show: () => 'w = linspace(−0.4, 0.6, 20), g = linspace(−0.6, 0.4, 20), v = −linspace(0.6, 0.9, 20)/lr, lr = 1e-3, μ = 0.9',
    },
    {
      name: 'six steps on random vectors with random lr and μ',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [randomTrajectory(rng, 5, 6, 0.9), randomTrajectory(rng, 3, 6, rng.uniform(0.5, 0.99)), randomTrajectory(rng, 1, 4, 0.5)],
      probe: trajectory('w'),
      reveal: true,
    },
    {
      name: 'the velocity matches on random trajectories',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [randomTrajectory(rng, 4, 5, 0.8)],
      probe: trajectory('v'),
      reveal: true,
    },
    {
      name: 'μ = 0 is plain SGD',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [randomTrajectory(rng, 4, 3, 0)],
      probe: trajectory('w'),
      reveal: true,
    },
    {
      name: 'μ defaults to 0.9',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [randomTrajectory(rng, 3, 3, null)],
      probe: trajectory('w'),
      hint: 'Declare the parameter as mu = 0.9.',
      reveal: true,
    },
    {
      name: 'two parameters updated in turn keep separate velocities',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ a: rng.randnVec(3), b: rng.randnVec(3), ga: [rng.randnVec(3), rng.randnVec(3)], gb: [rng.randnVec(3), rng.randnVec(3)] }],
      probe: (S, c, H) => {
        let a = H.clone(c.a), b = H.clone(c.b);
        const sa = { v: [0, 0, 0] }, sb = { v: [0, 0, 0] };
        for (let k = 0; k < 2; k++) {
          const aIn = H.clone(a), bIn = H.clone(b);
          const ra = S.momentumStep(aIn, H.clone(c.ga[k]), sa, 0.1, 0.9);
          a = Array.isArray(ra) ? ra : aIn;
          const rb = S.momentumStep(bIn, H.clone(c.gb[k]), sb, 0.1, 0.9);
          b = Array.isArray(rb) ? rb : bIn;
        }
        return [a, b];
      },
      hint: 'Keep the velocity in the state object you are given, not in a variable outside the function.',
    },
    {
      name: 'the gradient array is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[1, 2, 3], [0.5, -0.5, 2]]],
      probe: (S, a, H) => {
        const g = H.clone(a[1]);
        S.momentumStep(H.clone(a[0]), g, { v: [0, 0, 0] }, 0.1, 0.9);
        S.sgdStep(H.clone(a[0]), g, 0.1);
        return g;
      },
      judge: { kind: 'exact' },
    },
  ],
});
