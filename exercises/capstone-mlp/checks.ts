import { defineChecks, type Json, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradientJudge } from '../../grader/kit';
import { createRng } from '../../lib/nn/rng';
import { spiral } from '../../lib/datasets/spiral';
import { loadDigits, splitIndices } from '../../lib/datasets/digits';

/*
 * Order matters for the student: the pieces are checked first, then the assembled loss and its
 * gradient, then training. When a training check fails, the piece checks above it say which unit broke.
 *
 * Cost: a grading trains three small nets inside the sandbox, in the student's own (often plain,
 * unoptimised) code, so the recipes are as small as still shows each effect: the reference grades in
 * well under a second. The training checks judge the student's run alone (needsReference: false).
 *
 * Thresholds, calibrated on the reference and on the correct alternative of
 * test/exercises/capstone.test.ts (scratch runs of the real checks, the harness seed varied; the public
 * checks use one fixed seed, but a student's code draws its random numbers its own way, so each
 * solution is one random draw):
 *   spiral (150 points, full batch): MLP train accuracy ≥ 0.90. Over 1,000 seeds each, both reach a
 *     mean 0.980 (sd 0.0075: the bound is 10.7 sd below) and never less than 0.940; the
 *     accumulated-gradient mutant fails on all 1,000 (mean 0.487, at most 0.767). The linear model
 *     with the same pieces, ≤ 0.60, gets 0.513–0.540 (converged: 200 steps give the same 0.527 as 50).
 *   digits: test accuracy ≥ 0.85 on the fixed 360 test images after 1,600 training examples. Over
 *     400 seeds each: reference mean 0.939 (sd 0.011: the bound is 8.3 sd below), min 0.900; the
 *     alternative (sampling with replacement) mean 0.934 (sd 0.012: 7.0 sd), min 0.892. The
 *     accumulated-gradient mutant: mean 0.724, 398 of 400 below the bound.
 *   overfit: 20 random training digits (a new draw per submission) with lr 0.1: at 14 steps 2 of
 *     1,000 runs still miss one digit, at 17 steps none of 2,000 does; the check allows 25 steps, and
 *     every one of 1,000 runs of each solution fits all 20 (the mutant fails 3 in 4).
 *   gradient checks: the gradientJudge tolerance (gradKink 1e-5), which validate keeps 10× tight.
 */
const SPIRAL_MLP_MIN = 0.9;
const SPIRAL_LINEAR_MAX = 0.6;
const DIGITS_TEST_MIN = 0.85;

/** the training recipes the checks call train() with (the statement lists them) */
const SPIRAL_OPTS = { hidden: 32, steps: 40, lr: 0.15, batchSize: 150, reg: 1e-3 };
const SPIRAL_PER_CLASS = 50;
const SPIRAL_LINEAR_STEPS = 30;
const DIGITS_OPTS = { hidden: 16, steps: 80, lr: 0.03, batchSize: 20, reg: 1e-4 };
const OVERFIT_OPTS = { hidden: 16, steps: 25, lr: 0.1, batchSize: 20, reg: 0 };

/* ------------------------------------------------------------------ inputs */

/** the CATALOG H14 network in this exercise's convention (W1 is D×H, W2 is H×C: the transposes of H14's) */
const H14 = {
  model: { W1: [[0.2, 1.5, -0.3], [-0.5, -1.3, 0.8]], b1: [0, 0.1, -0.2], W2: [[1, -0.5], [-1, 0.5], [0.5, 1]], b2: [0, 0] },
  X: [[1, -2]],
  y: [0],
  reg: 0,
};

/** a random net N×D → H → C whose hidden pre-activations all stay > 0.01 from the ReLU kink */
function randomNet(rng: ReturnType<typeof createRng>, N: number, D: number, Hd: number, C: number, reg: number) {
  for (;;) {
    const X = rng.randn(N, D), W1 = rng.randn(D, Hd, 0.5), b1 = rng.randnVec(Hd, 0.1);
    const pre = X.map((x) => b1.map((b, j) => x.reduce((s, v, i) => s + v * W1[i][j], b)));
    if (pre.every((row) => row.every((v) => Math.abs(v) > 0.01)))
      return { model: { W1, b1, W2: rng.randn(Hd, C, 0.5), b2: rng.randnVec(C, 0.1) }, X, y: Array.from({ length: N }, () => rng.int(0, C - 1)), reg };
  }
}

/** a matrix with no entry within 1e-3 of 0 (away from the ReLU kink) */
const awayFromZero = (rng: ReturnType<typeof createRng>, r: number, c: number) =>
  rng.randn(r, c).map((row) => row.map((v) => (Math.abs(v) < 1e-3 ? 0.5 : v)));

/** the raw digits in the fixed split, parsed once per process (the hidden overfit check draws from them on every submission) */
let digitsCache: { Xtrain: number[][]; ytrain: number[]; Xtest: number[][]; ytest: number[] } | null = null;
function digitsRaw() {
  if (digitsCache) return digitsCache;
  const { X, y } = loadDigits();
  const { train, test } = splitIndices();
  return (digitsCache = { Xtrain: train.map((i) => X[i]), ytrain: train.map((i) => y[i]), Xtest: test.map((i) => X[i]), ytest: test.map((i) => y[i]) });
}

/* ------------------------------------------------------------------ judges */

const num = (x: unknown) => (typeof x === 'number' ? x : NaN);
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : String(x));

function spiralJudge({ got }: JudgeInput): JudgeOutcome {
  const g = (got ?? {}) as Record<string, unknown>;
  const mlp = num(g.mlpAcc), lin = num(g.linearAcc);
  const shown = `MLP ${pct(mlp)}, linear ${pct(lin)}`;
  const expectedShown = `MLP ≥ ${pct(SPIRAL_MLP_MIN)}, linear ≤ ${pct(SPIRAL_LINEAR_MAX)}`;
  if (!(mlp >= SPIRAL_MLP_MIN))
    return { passed: false, gotShown: shown, expectedShown, message: `your 2-layer net reaches ${pct(mlp)} train accuracy on the spiral, below ${pct(SPIRAL_MLP_MIN)} (loss ${g.firstLoss} → ${g.lastLoss})` };
  if (!(lin <= SPIRAL_LINEAR_MAX))
    return { passed: false, gotShown: shown, expectedShown, message: `a linear softmax model trained with your pieces reaches ${pct(lin)} on the spiral, which no straight-line boundary can: check predict and the affine layer` };
  return { passed: true, gotShown: shown, expectedShown };
}

function digitsJudge({ got }: JudgeInput): JudgeOutcome {
  const g = (got ?? {}) as Record<string, unknown>;
  const test = num(g.testAcc);
  const gotShown = `test ${pct(test)}`;
  const expectedShown = `test ≥ ${pct(DIGITS_TEST_MIN)}`;
  if (test >= DIGITS_TEST_MIN) return { passed: true, gotShown, expectedShown };
  return { passed: false, gotShown, expectedShown, message: `test accuracy ${pct(test)} on the 360 test digits is below ${pct(DIGITS_TEST_MIN)} (training loss ${g.firstLoss} → ${g.lastLoss})` };
}

function overfitJudge({ got }: JudgeInput): JudgeOutcome {
  const acc = num((got as Record<string, unknown> | null)?.trainAcc);
  if (acc === 1) return { passed: true, gotShown: pct(acc), expectedShown: '100 %' };
  return { passed: false, gotShown: pct(acc), expectedShown: '100 %', message: `after ${OVERFIT_OPTS.steps} steps on 20 examples the net fits only ${pct(acc)} of them: a correct net memorises so few examples; look for a gradient that does not reach the weights or accumulates across steps` };
}

/* ------------------------------------------------------------------ probes (self-contained) */

const affineProbe = (S: any, a: any, H: any) => {
  const f = S.affineForward(H.clone(a.x), H.clone(a.W), H.clone(a.b));
  const g = S.affineBackward(H.clone(a.dout), f.cache);
  return { out: f.out, dx: g.dx, dW: g.dW, db: g.db };
};

const reluProbe = (S: any, a: any, H: any) => {
  const f = S.reluForward(H.clone(a.x));
  return { out: f.out, dx: S.reluBackward(H.clone(a.dout), f.cache) };
};

const softmaxCEProbe = (S: any, a: any, H: any) => {
  const r = S.softmaxCE(H.clone(a.Z), H.clone(a.y));
  return { loss: r.loss, dZ: r.dZ };
};

const adamProbe = (S: any, a: any, H: any) => {
  let w = H.clone(a.w0);
  const st = { m: a.w0.map(() => 0), v: a.w0.map(() => 0), t: 0 };
  const ws: number[][] = [];
  for (let k = 0; k < a.gs.length; k++) {
    const wIn = H.clone(w);
    const res = S.adamStep(wIn, H.clone(a.gs[k]), st, a.lr);
    w = Array.isArray(res) ? res : wIn;
    ws.push(H.clone(w));
  }
  return ws;
};

const lossProbe = (S: any, a: any, H: any) => {
  const r = S.lossAndGrads(H.clone(a.model), H.clone(a.X), H.clone(a.y), a.reg);
  return { loss: r.loss, grads: { W1: r.grads.W1, b1: r.grads.b1, W2: r.grads.W2, b2: r.grads.b2 } };
};

const gradProbe = (S: any, a: any, H: any) => {
  const model = H.clone(a.model);
  const f = () => S.lossAndGrads(model, a.X, a.y, a.reg).loss;
  const numeric = { W1: H.numGrad(f, model.W1), b1: H.numGrad(f, model.b1), W2: H.numGrad(f, model.W2), b2: H.numGrad(f, model.b2) };
  const g = S.lossAndGrads(H.clone(a.model), a.X, a.y, a.reg).grads;
  return { analytic: { W1: g.W1, b1: g.b1, W2: g.W2, b2: g.b2 }, numeric };
};

/** trains the student's MLP on the spiral, and a linear softmax model with the student's pieces */
const spiralProbe = (S: any, a: any, H: any) => {
  const accuracy = (pred: any, y: number[]) => {
    let ok = 0;
    for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) ok++;
    return ok / y.length;
  };
  const r = S.train(H.clone(a.X), H.clone(a.y), H.clone(a.opts));
  const mlpAcc = accuracy(S.predict(r.model, H.clone(a.X)), a.y);

  // the linear baseline: scores = X·W + b, the same softmaxCE and Adam, full batch
  const D = a.X[0].length, C = 3;
  let W: number[][] = [];
  for (let i = 0; i < D; i++) {
    W.push([]);
    for (let j = 0; j < C; j++) W[i].push(0.01 * H.rng.normal());
  }
  let b = [0, 0, 0];
  const sW = { m: new Array(D * C).fill(0), v: new Array(D * C).fill(0), t: 0 };
  const sb = { m: [0, 0, 0], v: [0, 0, 0], t: 0 };
  for (let step = 0; step < a.linearSteps; step++) {
    const f = S.affineForward(H.clone(a.X), W, b);
    const g = S.affineBackward(S.softmaxCE(f.out, a.y).dZ, f.cache);
    const flatW: number[] = W.flat(), flatG: number[] = g.dW.flat();
    const rw = S.adamStep(flatW, flatG, sW, a.opts.lr);
    const nw = Array.isArray(rw) ? rw : flatW;
    W = [];
    for (let i = 0; i < D; i++) W.push(nw.slice(i * C, (i + 1) * C));
    const bIn = b.slice();
    const rb = S.adamStep(bIn, g.db, sb, a.opts.lr);
    b = Array.isArray(rb) ? rb : bIn;
  }
  const scores = S.affineForward(H.clone(a.X), W, b).out;
  const linPred = scores.map((s: number[]) => s.indexOf(Math.max(...s)));
  return { mlpAcc, linearAcc: accuracy(linPred, a.y), firstLoss: r.losses[0], lastLoss: r.losses[r.losses.length - 1] };
};

/** preprocesses the raw digits (÷16, centred by the training mean), trains, and measures test accuracy */
const digitsProbe = (S: any, a: any, H: any) => {
  const D = a.Xtrain[0].length;
  const mean = new Array(D).fill(0);
  for (const row of a.Xtrain) for (let j = 0; j < D; j++) mean[j] += row[j] / 16 / a.Xtrain.length;
  const prep = (rows: number[][]) => rows.map((row) => row.map((v, j) => v / 16 - mean[j]));
  const Xtr = prep(a.Xtrain), Xte = prep(a.Xtest);
  const accuracy = (pred: any, y: number[]) => {
    let ok = 0;
    for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) ok++;
    return ok / y.length;
  };
  const r = S.train(Xtr, H.clone(a.ytrain), H.clone(a.opts));
  return { testAcc: accuracy(S.predict(r.model, Xte), a.ytest), firstLoss: r.losses[0], lastLoss: r.losses[r.losses.length - 1] };
};

/* ------------------------------------------------------------------ checks */

export default defineChecks({
  checks: [
    {
      name: 'piece 1: affine forward and backward (3×5 batch, 4 outputs)',
      visibility: 'public',
      points: 1,
      cases: (rng) => [{ x: rng.randn(3, 5), W: rng.randn(5, 4), b: rng.randnVec(4), dout: rng.randn(3, 4) }],
      probe: affineProbe,
      hint: 'out = x·W + b; dx = dout·Wᵀ, dW = xᵀ·dout, db = Σ over the batch of dout (a sum, not a mean).',
    },
    {
      name: 'piece 2: ReLU forward and backward',
      visibility: 'public',
      points: 1,
      cases: (rng) => [{ x: awayFromZero(rng, 4, 5), dout: rng.randn(4, 5) }],
      probe: reluProbe,
      hint: 'The gradient passes where the INPUT was positive.',
    },
    {
      name: 'piece 3: softmaxCE on [3.2, 5.1, −1.7] (loss 2.0404) and on scores of ±1000 (finite)',
      visibility: 'public',
      points: 1,
      cases: [
        { Z: [[3.2, 5.1, -1.7]], y: [0] },
        { Z: [[1000, 1001, 1002], [-1000, 0, 1000]], y: [0, 0] },
      ],
      probe: softmaxCEProbe,
      hint: 'Subtract each row max before exponentiating (log-sum-exp); dZ = (softmax − onehot)/N.',
    },
    {
      name: 'piece 4: adamStep, worked example w = 0.99900000002, 0.998654394181165, 0.998109953836812',
      visibility: 'public',
      points: 1,
      cases: [{ w0: [1], gs: [[0.5], [-0.2], [0.3]], lr: 1e-3 }],
      probe: adamProbe,
      hint: 'Increment t first; m̂ = m/(1 − β1^t), v̂ = v/(1 − β2^t); w −= lr·m̂/(√v̂ + ε).',
    },
    {
      name: 'pieces on random inputs: a batch of one, a 4×6 → 3 layer, softmaxCE on 5 examples, 6 Adam steps',
      visibility: 'hidden',
      points: 1,
      cases: (rng): Json[] => [
        { piece: 'affine', x: rng.randn(1, 6), W: rng.randn(6, 3), b: rng.randnVec(3), dout: rng.randn(1, 3) },
        { piece: 'affine', x: rng.randn(4, 6), W: rng.randn(6, 3), b: rng.randnVec(3), dout: rng.randn(4, 3) },
        { piece: 'softmaxCE', Z: rng.randn(5, 4, 3), y: Array.from({ length: 5 }, () => rng.int(0, 3)) },
        { piece: 'adam', w0: rng.randnVec(4), gs: Array.from({ length: 6 }, () => rng.randnVec(4)), lr: 0.01 },
      ],
      probe: (S, a, H) => {
        if (a.piece === 'affine') {
          const f = S.affineForward(H.clone(a.x), H.clone(a.W), H.clone(a.b));
          const g = S.affineBackward(H.clone(a.dout), f.cache);
          return { out: f.out, dx: g.dx, dW: g.dW, db: g.db };
        }
        if (a.piece === 'softmaxCE') {
          const r = S.softmaxCE(H.clone(a.Z), H.clone(a.y));
          return { loss: r.loss, dZ: r.dZ };
        }
        let w = H.clone(a.w0);
        const st = { m: a.w0.map(() => 0), v: a.w0.map(() => 0), t: 0 };
        const ws: number[][] = [];
        for (let k = 0; k < a.gs.length; k++) {
          const wIn = H.clone(w);
          const res = S.adamStep(wIn, H.clone(a.gs[k]), st, a.lr);
          w = Array.isArray(res) ? res : wIn;
          ws.push(H.clone(w));
        }
        return ws;
      },
      reveal: true,
    },
    {
      name: 'the assembled net: loss 4.511047744848592 and its gradients on the H14 example',
      visibility: 'public',
      points: 2,
      cases: [H14],
      probe: lossProbe,
      show: () => 'W1 = [[0.2, 1.5, −0.3], [−0.5, −1.3, 0.8]], b1 = [0, 0.1, −0.2], W2 = [[1, −0.5], [−1, 0.5], [0.5, 1]], b2 = [0, 0], X = [[1, −2]], y = [0], reg = 0',
      hint: 'scores = relu(X·W1 + b1)·W2 + b2; backprop through affine 2, ReLU, affine 1 with the caches of the forward pass.',
    },
    {
      name: 'gradient check of the assembled net with L2 (N = 3, D = 4, H = 5, C = 3, reg = 0.1)',
      visibility: 'public',
      points: 2,
      cases: (rng) => [randomNet(rng, 3, 4, 5, 3, 0.1)],
      probe: gradProbe,
      judge: gradientJudge('gradKink'),
      hint: 'With L2 the loss gains ½·reg·(ΣW1² + ΣW2²), so dW1 and dW2 gain reg·W (the biases are not penalised).',
    },
    {
      name: 'gradient check on random nets (batch of one, and 4 examples with reg = 0.05)',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [randomNet(rng, 1, 3, 4, 3, 0), randomNet(rng, 4, 5, 4, 4, 0.05)],
      probe: gradProbe,
      judge: gradientJudge('gradKink'),
      reveal: true,
    },
    {
      name: `spiral (3 classes × ${SPIRAL_PER_CLASS} points): your 2-layer net reaches ≥ ${SPIRAL_MLP_MIN * 100} % train accuracy; a linear model with your pieces stays ≤ ${SPIRAL_LINEAR_MAX * 100} %`,
      visibility: 'public',
      points: 3,
      cases: [{ ...spiral(231, SPIRAL_PER_CLASS), opts: SPIRAL_OPTS, linearSteps: SPIRAL_LINEAR_STEPS }],
      probe: spiralProbe,
      judge: { kind: 'custom', fn: spiralJudge },
      needsReference: false,
      show: () => `the CS231n spiral (K = 3, N = ${SPIRAL_PER_CLASS}, noise 0.2); train(X, y, ${JSON.stringify(SPIRAL_OPTS)})`,
    },
    {
      name: `handwritten digits: ≥ ${DIGITS_TEST_MIN * 100} % test accuracy on the fixed 360 test images`,
      visibility: 'public',
      points: 4,
      cases: () => [{ ...digitsRaw(), opts: DIGITS_OPTS }],
      probe: digitsProbe,
      judge: { kind: 'custom', fn: digitsJudge },
      needsReference: false,
      show: () => `8×8 digits, 1437 training images (÷16, centred); train(X, y, ${JSON.stringify(DIGITS_OPTS)}); predict on the 360 test images`,
    },
    {
      name: `overfitting 20 training digits: 100 % train accuracy within ${OVERFIT_OPTS.steps} steps`,
      visibility: 'hidden',
      points: 1,
      cases: (rng) => {
        const d = digitsRaw();
        const idx = Array.from({ length: 20 }, () => rng.int(0, d.Xtrain.length - 1));
        const X = idx.map((i) => d.Xtrain[i]), y = idx.map((i) => d.ytrain[i]);
        // the probe measures accuracy on its "test" set: here the same 20 examples
        return [{ Xtrain: X, ytrain: y, Xtest: X, ytest: y, opts: OVERFIT_OPTS }];
      },
      probe: digitsProbe,
      judge: { kind: 'custom', fn: ({ got, expected, args }) => overfitJudge({ got: { trainAcc: (got as any)?.testAcc ?? null }, expected, args }) },
      needsReference: false,
      show: () => `20 random training digits; train(X, y, ${JSON.stringify(OVERFIT_OPTS)})`,
      reveal: true,
    },
  ],
});
