import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradError } from '../../lib/nn/numgrad';
import type { Rng } from '../../lib/nn/rng';

/** N×D matrix of N(0, std²) entries with every |entry| ≥ 1e-3 (ReLU inputs stay off the kink) */
function offKink(rng: Rng, N: number, D: number, std = 1): number[][] {
  return rng.randn(N, D, std).map((r) => r.map((v) => (Math.abs(v) < 1e-3 ? (v < 0 ? -0.5 : 0.5) : v)));
}

/** every named gradient vs the numerical one of the student's own forward (num*) and vs the reference */
const gradJudge = (names: string[], tol: number) => ({ got, expected }: JudgeInput): JudgeOutcome => {
  const g = got as Record<string, any> | null;
  const e = expected as Record<string, any>;
  let worst = 0;
  for (const k of names) {
    if (!g || !Array.isArray(g[k])) return { passed: false, message: `${k} is missing or not an array` };
    const numKey = 'num' + k;
    const vsNum = gradError(g[k], g[numKey]);
    if (!(vsNum < tol)) return { passed: false, relError: vsNum, message: `${k} differs from the numerical gradient of your forward pass (relative error ${vsNum.toExponential(2)})` };
    const vsRef = gradError(g[k], e[k]);
    if (!(vsRef < tol)) return { passed: false, relError: vsRef, message: `${k} matches your forward pass but not the reference (relative error ${vsRef.toExponential(2)}): check the forward pass` };
    worst = Math.max(worst, vsNum, vsRef);
  }
  return { passed: true, relError: worst };
};

const example = {
  x: [[1, 2], [3, 4]],
  W: [[1, 0, -1], [2, 1, 0]],
  b: [0.5, -1, 2],
  dout: [[1, 0, 2], [-1, 1, 0]],
};

export default defineChecks({
  checks: [
    {
      name: 'affineForward on the worked example',
      visibility: 'public',
      points: 1,
      cases: [example],
      probe: (S, a) => S.affineForward(a.x, a.W, a.b).out,
      judge: { kind: 'close', tol: 'forward' },
      hint: 'out[n][m] = Σ_d x[n][d]·W[d][m] + b[m]',
    },
    {
      name: 'affineBackward on the worked example: dx, dW, db',
      visibility: 'public',
      points: 2,
      cases: [example],
      probe: (S, a) => {
        const { cache } = S.affineForward(a.x, a.W, a.b);
        return S.affineBackward(a.dout, cache);
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'dx = dout·Wᵀ, dW = xᵀ·dout, db = column sums of dout. Each gradient has the shape of its parameter.',
    },
    {
      name: 'CS231n affine_forward: linspace inputs, 2×120 times 120×3',
      visibility: 'public',
      points: 1,
      cases: [{ N: 2, D: 120, M: 3 }],
      probe: (S, a) => {
        const lin = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
        const rows = (v: number[], r: number, c: number) => Array.from({ length: r }, (_, i) => v.slice(i * c, (i + 1) * c));
        const x = rows(lin(-0.1, 0.5, a.N * a.D), a.N, a.D);
        const W = rows(lin(-0.2, 0.3, a.D * a.M), a.D, a.M);
        return S.affineForward(x, W, lin(-0.3, 0.1, a.M)).out;
      },
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'ReLU forward and backward on the worked example (upstream gradient all −1)',
      visibility: 'public',
      points: 1,
      cases: [{ x: [[5.5, 1, 1], [11.5, 3, -1]], dout: [[-1, -1, -1], [-1, -1, -1]] }],
      probe: (S, a) => {
        const { out, cache } = S.reluForward(a.x);
        return { out, dx: S.reluBackward(a.dout, cache) };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Mask by the input: where x > 0 pass dout through (even if dout is negative), elsewhere 0.',
    },
    {
      name: 'CS231n relu_forward: linspace(−0.5, 0.5, 12) as 3×4',
      visibility: 'public',
      points: 1,
      cases: [[3, 4]],
      probe: (S, a) => {
        const x = Array.from({ length: a[0] }, (_, i) => Array.from({ length: a[1] }, (_, j) => -0.5 + (i * a[1] + j) / 11));
        return S.reluForward(x).out;
      },
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'affine forward matches the reference on random non-square shapes (including a batch of 1)',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[3, 5, 4], [1, 3, 2], [6, 2, 7]].map(([N, D, M]) => ({ x: rng.randn(N, D), W: rng.randn(D, M), b: rng.randnVec(M) })),
      probe: (S, a) => S.affineForward(a.x, a.W, a.b).out,
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'affineBackward: dx, dW, db match numerical gradients of your forward and the reference (random shapes)',
      visibility: 'hidden',
      points: 3,
      // every numerical entry re-runs the whole forward, so the work grows with (ND + DM + M)·N·D·M: two
      // small shapes, non-square both ways (D > M and D < M), a batch of 2 (a mean db is off by 2) and a
      // batch of 1; 25 entries where 10×6×5 alone had 95 (234 against 30,846 entry·multiplies: 130× less)
      cases: (rng) => [[2, 3, 2], [1, 2, 3]].map(([N, D, M]) => ({ x: rng.randn(N, D), W: rng.randn(D, M), b: rng.randnVec(M), dout: rng.randn(N, M) })),
      probe: (S, a, H) => {
        const x = H.clone(a.x);
        const W = H.clone(a.W);
        const b = H.clone(a.b);
        const { cache } = S.affineForward(H.clone(x), H.clone(W), H.clone(b));
        const grads = S.affineBackward(H.clone(a.dout), cache);
        const f = () => S.affineForward(x, W, b).out;
        return {
          dx: grads.dx,
          dW: grads.dW,
          db: grads.db,
          numdx: H.numGradArray(f, x, a.dout),
          numdW: H.numGradArray(f, W, a.dout),
          numdb: H.numGradArray(f, b, a.dout),
        };
      },
      judge: { kind: 'custom', fn: gradJudge(['dx', 'dW', 'db'], 1e-7) },
      hint: 'db must be a SUM over the batch rows; dW must be D×M like W.',
    },
    {
      name: 'reluBackward matches numerical gradients of your reluForward and the reference (inputs off the kink)',
      visibility: 'hidden',
      points: 2,
      // 35 entries, each with P = 1/2 that sign(x) ≠ sign(dout): a mask taken from dout instead of x
      // shows on some entry except with probability 2^−35 ≈ 3e-11 (a 10×10 case made it 20× the work)
      cases: (rng) => [[3, 5], [1, 6], [2, 7]].map(([N, D]) => ({ x: offKink(rng, N, D, 2), dout: rng.randn(N, D) })),
      probe: (S, a, H) => {
        const x = H.clone(a.x);
        const { cache } = S.reluForward(H.clone(x));
        const dx = S.reluBackward(H.clone(a.dout), cache);
        return { dx, numdx: H.numGradArray(() => S.reluForward(x).out, x, a.dout) };
      },
      judge: { kind: 'custom', fn: gradJudge(['dx'], 1e-7) },
    },
    {
      name: 'an affine–ReLU–affine sandwich backpropagates end to end (gradient of x and W1)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => {
        // 2×3 → 3 hidden → 2: 15 numerical entries on a 30-multiply forward, where 3×4 → 6 → 2 had 36 on
        // 108 (9× less work). Redraw until every hidden pre-activation is at least 1e-2 from the ReLU kink, some units
        // are on and some off, and the ReLU's upstream gradient g = dout·W2ᵀ has the opposite sign of
        // the pre-activation somewhere (so a mask taken from g instead of x changes dx on every seed)
        for (;;) {
          const c = { x: rng.randn(2, 3), W1: rng.randn(3, 3), b1: rng.randnVec(3, 0.1), W2: rng.randn(3, 2), b2: rng.randnVec(2), dout: rng.randn(2, 2) };
          const pre = c.x.map((row) => c.b1.map((bj, j) => bj + row.reduce((s, v, d) => s + v * c.W1[d][j], 0)));
          const g = c.dout.map((row) => c.W2.map((w2j) => row.reduce((s, v, m) => s + v * w2j[m], 0)));
          const flat = pre.flat();
          const offKinkAll = flat.every((v) => Math.abs(v) > 1e-2);
          const mixed = flat.some((v) => v > 0) && flat.some((v) => v < 0);
          const signsDisagree = pre.some((row, i) => row.some((v, j) => v * g[i][j] < 0));
          if (offKinkAll && mixed && signsDisagree) return [c];
        }
      },
      probe: (S, a, H) => {
        const x = H.clone(a.x);
        const W1 = H.clone(a.W1);
        const fwd = () => {
          const h = S.affineForward(x, W1, a.b1);
          const r = S.reluForward(h.out);
          const o = S.affineForward(r.out, a.W2, a.b2);
          return { h, r, o };
        };
        const { h, r, o } = fwd();
        const g2 = S.affineBackward(a.dout, o.cache);
        const g1 = S.affineBackward(S.reluBackward(g2.dx, r.cache), h.cache);
        return {
          dx: g1.dx,
          dW1: g1.dW,
          numdx: H.numGradArray(() => fwd().o.out, x, a.dout),
          numdW1: H.numGradArray(() => fwd().o.out, W1, a.dout),
        };
      },
      judge: { kind: 'custom', fn: gradJudge(['dx', 'dW1'], 1e-5) },
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [example],
      probe: (S, a, H) => {
        const x = H.clone(a.x);
        const W = H.clone(a.W);
        const b = H.clone(a.b);
        const dout = H.clone(a.dout);
        const { cache } = S.affineForward(x, W, b);
        S.affineBackward(dout, cache);
        const r = S.reluForward(x);
        S.reluBackward(dout.map((row: number[]) => row.slice(0, 2)), r.cache);
        return { x, W, b, dout };
      },
      judge: { kind: 'exact' },
    },
  ],
});
