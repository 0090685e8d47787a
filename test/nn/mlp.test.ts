import { describe, expect, it } from 'vitest';
import { accuracy, initMlp, mlpForward, mlpLoss, trainMlp, type MlpParams, PARAM_NAMES } from '../../lib/nn/mlp';
import { createRng } from '../../lib/nn/rng';
import { argmax, reshape, transpose } from '../../lib/nn/tensor';
import { affineBackward, affineForward } from '../../lib/nn/layers';
import { softmaxCrossEntropy } from '../../lib/nn/losses';
import { adamState, adamStep } from '../../lib/nn/optim';

const TOL = { forward: 1e-9, network: 1e-6, h: 1e-5 };
const relError = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-8, Math.abs(x) + Math.abs(b[i]))));

/** CATALOG H14 is written as h = W1·x; in the cs231n convention used here W1 is its transpose */
const H14: MlpParams = {
  W1: transpose([[0.2, -0.5], [1.5, -1.3], [-0.3, 0.8]]),
  b1: [0, 0.1, -0.2],
  W2: transpose([[1, -1, 0.5], [-0.5, 0.5, 1]]),
  b2: [0, 0],
};

/** cs231n's spiral: K arms of N points, radius 0..1, angle 4k..4(k+1) plus N(0, noise²) */
function spiral(n: number, k: number, noise: number, rng: ReturnType<typeof createRng>) {
  const X: number[][] = [], y: number[] = [];
  for (let c = 0; c < k; c++)
    for (let i = 0; i < n; i++) {
      const r = i / (n - 1);
      const t = (4 * c + (4 * i) / (n - 1)) + noise * rng.normal();
      X.push([r * Math.sin(t), r * Math.cos(t)]);
      y.push(c);
    }
  return { X, y };
}

/** a linear softmax classifier (scores = X·W + b) trained full-batch with Adam: the baseline an MLP must beat */
function linearSoftmaxAccuracy(X: number[][], y: number[], classes: number): number {
  let W = X[0].map(() => new Array(classes).fill(0)), b = new Array(classes).fill(0);
  const sW = adamState(W.length * classes), sb = adamState(classes);
  for (let step = 0; step < 300; step++) {
    const { out, cache } = affineForward(X, W, b);
    const { dW, db } = affineBackward(softmaxCrossEntropy(out, y).dZ, cache);
    W = reshape(adamStep(W.flat(), dW.flat(), sW, 0.05), W.length, classes);
    b = adamStep(b, db, sb, 0.05);
  }
  const scores = affineForward(X, W, b).out;
  return scores.filter((s, i) => argmax(s) === y[i]).length / y.length;
}

describe('H14: forward and backward of the 2-layer net', () => {
  it('scores, loss and gradients match the catalog', () => {
    const { scores } = mlpForward(H14, [[1, -2]]);
    expect(relError(scores[0], [-3.0, 1.5])).toBeLessThan(TOL.forward);
    const { loss, grads } = mlpLoss(H14, [[1, -2]], [0]);
    expect(loss).toBeCloseTo(4.511047744848592, 12);
    expect(relError(transpose(grads.W2).flat(), [-1.186815668843288, -4.1538548409515075, 0, 1.186815668843288, 4.1538548409515075, 0])).toBeLessThan(TOL.forward);
    expect(relError(transpose(grads.W1).flat(), [-1.4835195860541102, 2.9670391721082203, 1.4835195860541102, -2.9670391721082203, 0, 0])).toBeLessThan(TOL.forward);
    expect(relError(grads.b1, [-1.4835195860541102, 1.4835195860541102, 0])).toBeLessThan(TOL.forward);
  });
});

describe('gradient check of the assembled net (N = 3, D = 5, H = 10, C = 4)', () => {
  it('every parameter agrees with centered differences, with and without L2', () => {
    const rng = createRng(231);
    for (const reg of [0, 0.7]) {
      const p = initMlp(5, 10, 4, rng, 'xavier');
      p.b1 = rng.randnVec(10, 0.1);
      p.b2 = rng.randnVec(4, 0.1);
      const X = rng.randn(3, 5), y = [0, 3, 1];
      const { grads } = mlpLoss(p, X, y, reg);
      for (const name of PARAM_NAMES) {
        const param = p[name] as number[] | number[][];
        const entries = Array.isArray(param[0]) ? (param as number[][]).flatMap((row, i) => row.map((_, j) => [i, j])) : (param as number[]).map((_, i) => [i]);
        const num: number[] = [];
        for (const [i, j] of entries) {
          const get = () => (j === undefined ? (param as number[])[i] : (param as number[][])[i][j]);
          const set = (v: number) => (j === undefined ? ((param as number[])[i] = v) : ((param as number[][])[i][j] = v));
          const old = get();
          set(old + TOL.h);
          const lp = mlpLoss(p, X, y, reg).loss;
          set(old - TOL.h);
          const lm = mlpLoss(p, X, y, reg).loss;
          set(old);
          num.push((lp - lm) / (2 * TOL.h));
        }
        const ana = [grads[name]].flat(2) as number[];
        // norm-wise: entries that happen to be ≈ 0 carry the centered difference's absolute noise
        const diff = Math.max(...ana.map((a, k) => Math.abs(a - num[k])));
        const scale = Math.max(1e-8, ...ana.map((a, k) => Math.abs(a) + Math.abs(num[k])));
        expect(diff / scale, `${name}, reg ${reg}`).toBeLessThan(TOL.network);
      }
    }
  });
});

describe('training', () => {
  it('initial loss on 3 classes is ≈ ln 3 with small weights', () => {
    const rng = createRng(1);
    const { X, y } = spiral(100, 3, 0.2, rng);
    const p = initMlp(2, 100, 3, rng, 'small');
    expect(Math.abs(mlpLoss(p, X, y, 1e-3).loss - Math.log(3))).toBeLessThan(0.05);
  });
  it('spiral (cs231n case study): the MLP reaches ≥ 95% train accuracy, a linear softmax stays ≤ 60%', () => {
    const rng = createRng(2);
    const { X, y } = spiral(100, 3, 0.2, rng);
    const p = initMlp(2, 50, 3, rng, 'he');
    const { params, lossHistory } = trainMlp(p, X, y, { optimizer: { kind: 'adam', lr: 0.05 }, reg: 1e-3, epochs: 200 });
    expect(lossHistory[lossHistory.length - 1]).toBeLessThan(lossHistory[0]);
    expect(accuracy(params, X, y)).toBeGreaterThanOrEqual(0.95);
    expect(linearSoftmaxAccuracy(X, y, 3)).toBeLessThanOrEqual(0.6);
  }, 60_000);
  it('mini-batch SGD with momentum overfits 20 examples to 100%', () => {
    const rng = createRng(3);
    const X = rng.randn(20, 8), y = X.map((_, i) => i % 4);
    const { params } = trainMlp(initMlp(8, 50, 4, rng, 'he'), X, y, { optimizer: { kind: 'momentum', lr: 0.05 }, epochs: 200, batchSize: 5, rng });
    expect(accuracy(params, X, y)).toBe(1);
  });
});
