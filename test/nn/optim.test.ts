import { describe, expect, it } from 'vitest';
import { adagradStep, adamState, adamStep, momentumState, momentumStep, rmspropStep, sgdStep, squareCacheState } from '../../lib/nn/optim';
import { createRng } from '../../lib/nn/rng';
import { linspace } from '../../lib/nn/tensor';

// catalog values are exact to float64; cs231n publishes 8 decimals, so rounding alone gives a relative
// error up to 1.3e-7 on its smallest entry (0.01971428): 'around e-7 or less' as the notebook says.
const TOL = { catalog: 1e-9, cs231n: 2e-7 };

/** cs231n rel_error: max |x−y| / max(1e-8, |x|+|y|) */
const relError = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-8, Math.abs(x) + Math.abs(b[i]))));

function run<S>(steps: number[], s: S, step: (w: number[], g: number[], s: S) => number[]): number[] {
  let w = [1];
  const ws: number[] = [];
  for (const g of steps) {
    w = step(w, [g], s);
    ws.push(w[0]);
  }
  return ws;
}

describe('CATALOG reference values', () => {
  it('H5: Adam, three steps with and without lr 0.1', () => {
    const s = adamState(1);
    const ws = run([0.5, -0.2, 0.3], s, (w, g, st) => adamStep(w, g, st, 1e-3));
    expect(relError(ws, [0.99900000002, 0.9986543941811651, 0.9981099538368116])).toBeLessThan(TOL.catalog);
    expect(relError(s.m, [0.0525])).toBeLessThan(TOL.catalog);
    expect(relError(s.v, [3.7946025e-4])).toBeLessThan(TOL.catalog);
    expect(s.t).toBe(3);
    const ws01 = run([0.5, -0.2, 0.3], adamState(1), (w, g, st) => adamStep(w, g, st, 0.1));
    expect(relError(ws01, [0.900000002, 0.8654394181165108, 0.8109953836811554])).toBeLessThan(TOL.catalog);
  });

  it('H5: after one step m̂ = g and v̂ = g²', () => {
    const s = adamState(1);
    adamStep([1], [0.5], s);
    expect(s.m[0] / (1 - 0.9)).toBeCloseTo(0.5, 12);
    expect(s.v[0] / (1 - 0.999)).toBeCloseTo(0.25, 12);
  });

  it('H6: momentum in the lecture form, and plain SGD', () => {
    const s = momentumState(1);
    const vs: number[] = [];
    const ws = run([1, 1, 1], s, (w, g, st) => {
      const next = momentumStep(w, g, st, 0.1, 0.9);
      vs.push(st.v[0]);
      return next;
    });
    expect(relError(ws, [0.9, 0.71, 0.439])).toBeLessThan(TOL.catalog);
    expect(relError(vs, [1, 1.9, 2.71])).toBeLessThan(TOL.catalog);
    expect(relError(run([1, 1, 1], null, (w, g) => sgdStep(w, g, 0.1)), [0.9, 0.8, 0.7])).toBeLessThan(TOL.catalog);
  });

  it('H7: AdaGrad and RMSProp (ρ = 0.999), g = 0.5 three times', () => {
    const a = squareCacheState(1);
    const wa = run([0.5, 0.5, 0.5], a, (w, g, st) => adagradStep(w, g, st, 0.01, 1e-7));
    expect(relError(wa, [0.9900000019999996, 0.982928935188134, 0.9771554331629043])).toBeLessThan(TOL.catalog);
    expect(relError(a.r, [0.75])).toBeLessThan(TOL.catalog);
    const r = squareCacheState(1);
    const wr = run([0.5, 0.5, 0.5], r, (w, g, st) => rmspropStep(w, g, st, 0.01, 0.999, 1e-7));
    expect(relError(wr, [0.6837742339705131, 0.4601125140449956, 0.27744767040066276])).toBeLessThan(TOL.catalog);
    expect(relError(r.r, [7.4925025e-4])).toBeLessThan(TOL.catalog);
    // first step ≈ 1/√(1−ρ) = 31.62·lr (slightly less: δ = 1e-7 sits in the denominator)
    expect((1 - wr[0]) / 0.01).toBeCloseTo(31.6227766, 3);
  });
});

describe('CS231n FullyConnectedNets optimizer tables (N, D = 4, 5)', () => {
  const w = linspace(-0.4, 0.6, 20);
  const dw = linspace(-0.6, 0.4, 20);

  it('sgd_momentum: cs231n velocity converted to the lecture form gives the published weights', () => {
    const lr = 1e-3;
    // cs231n: v ← μv − lr·dw, w ← w + v. Lecture: v ← μv + g, w ← w − lr·v. Same weights when v_lecture = −v_cs231n / lr.
    const s = { v: linspace(0.6, 0.9, 20).map((v) => -v / lr) };
    const next = momentumStep(w, dw, s, lr, 0.9);
    expect(relError(next, CS231N.momentum.nextW)).toBeLessThan(1e-8);
    expect(relError(s.v.map((v) => -v * lr), CS231N.momentum.velocity)).toBeLessThan(1e-8);
  });

  it('rmsprop (decay 0.99, eps 1e-8)', () => {
    const s = { r: linspace(0.6, 0.9, 20) };
    const next = rmspropStep(w, dw, s, 1e-2, 0.99, 1e-8);
    expect(relError(next, CS231N.rmsprop.nextW)).toBeLessThan(TOL.cs231n);
    expect(relError(s.r, CS231N.rmsprop.cache)).toBeLessThan(TOL.cs231n);
  });

  it('adam (t = 5 → 6)', () => {
    const s = { m: linspace(0.6, 0.9, 20), v: linspace(0.7, 0.5, 20), t: 5 };
    const next = adamStep(w, dw, s, 1e-2);
    expect(relError(next, CS231N.adam.nextW)).toBeLessThan(TOL.cs231n);
    expect(relError(s.m, CS231N.adam.m)).toBeLessThan(TOL.cs231n);
    expect(relError(s.v, CS231N.adam.v)).toBeLessThan(TOL.cs231n);
    expect(s.t).toBe(6);
  });
});

describe('properties over random inputs', () => {
  const rng = createRng(7);
  it("Adam's first step is lr·g/(|g|+ε) for any g: ≈ lr·sign(g) once |g| ≫ ε", () => {
    for (let k = 0; k < 200; k++) {
      const g = rng.randnVec(5, 10 ** rng.uniform(-9, 2));
      const w = rng.randnVec(5);
      const lr = 10 ** rng.uniform(-4, -1);
      const next = adamStep(w, g, adamState(5), lr);
      next.forEach((wi, i) => expect(w[i] - wi).toBeCloseTo((lr * g[i]) / (Math.abs(g[i]) + 1e-8), 12));
    }
  });
  it('momentum with μ = 0 is SGD; AdaGrad cache never decreases; RMSProp with ρ = 0 steps lr·sign(g)', () => {
    for (let k = 0; k < 100; k++) {
      const w = rng.randnVec(4);
      const g = rng.randnVec(4);
      expect(relError(momentumStep(w, g, momentumState(4), 0.05, 0), sgdStep(w, g, 0.05))).toBeLessThan(1e-12);
      const s = squareCacheState(4);
      let prev = s.r.slice();
      for (let t = 0; t < 5; t++) {
        adagradStep(w, rng.randnVec(4), s, 0.01);
        s.r.forEach((r, i) => expect(r).toBeGreaterThanOrEqual(prev[i]));
        prev = s.r.slice();
      }
      const step = rmspropStep(w, g, squareCacheState(4), 0.01, 0, 0);
      step.forEach((wi, i) => expect(w[i] - wi).toBeCloseTo(0.01 * Math.sign(g[i]), 12));
    }
  });
});

/** published expected arrays from cs231n assignment2 FullyConnectedNets.ipynb (row-major 4×5) */
const CS231N = {
  momentum: {
    nextW: [0.1406, 0.20738947, 0.27417895, 0.34096842, 0.40775789, 0.47454737, 0.54133684, 0.60812632, 0.67491579, 0.74170526, 0.80849474, 0.87528421, 0.94207368, 1.00886316, 1.07565263, 1.14244211, 1.20923158, 1.27602105, 1.34281053, 1.4096],
    velocity: [0.5406, 0.55475789, 0.56891579, 0.58307368, 0.59723158, 0.61138947, 0.62554737, 0.63970526, 0.65386316, 0.66802105, 0.68217895, 0.69633684, 0.71049474, 0.72465263, 0.73881053, 0.75296842, 0.76712632, 0.78128421, 0.79544211, 0.8096],
  },
  rmsprop: {
    nextW: [-0.39223849, -0.34037513, -0.28849239, -0.23659121, -0.18467247, -0.132737, -0.08078555, -0.02881884, 0.02316247, 0.07515774, 0.12716641, 0.17918792, 0.23122175, 0.28326742, 0.33532447, 0.38739248, 0.43947102, 0.49155973, 0.54365823, 0.59576619],
    cache: [0.5976, 0.6126277, 0.6277108, 0.64284931, 0.65804321, 0.67329252, 0.68859723, 0.70395734, 0.71937285, 0.73484377, 0.75037008, 0.7659518, 0.78158892, 0.79728144, 0.81302936, 0.82883269, 0.84469141, 0.86060554, 0.87657507, 0.8926],
  },
  adam: {
    nextW: [-0.40094747, -0.34836187, -0.29577703, -0.24319299, -0.19060977, -0.1380274, -0.08544591, -0.03286534, 0.01971428, 0.0722929, 0.1248705, 0.17744702, 0.23002243, 0.28259667, 0.33516969, 0.38774145, 0.44031188, 0.49288093, 0.54544852, 0.59801459],
    v: [0.69966, 0.68908382, 0.67851319, 0.66794809, 0.65738853, 0.64683452, 0.63628604, 0.6257431, 0.61520571, 0.60467385, 0.59414753, 0.58362676, 0.57311152, 0.56260183, 0.55209767, 0.54159906, 0.53110598, 0.52061845, 0.51013645, 0.49966],
    m: [0.48, 0.49947368, 0.51894737, 0.53842105, 0.55789474, 0.57736842, 0.59684211, 0.61631579, 0.63578947, 0.65526316, 0.67473684, 0.69421053, 0.71368421, 0.73315789, 0.75263158, 0.77210526, 0.79157895, 0.81105263, 0.83052632, 0.85],
  },
};
