/**
 * A 2-layer MLP classifier, scores = relu(X·W1 + b1)·W2 + b2, trained with softmax cross-entropy
 * plus L2 (½λ(ΣW1² + ΣW2²), weights only). Built from the pieces of the course: layers.ts, losses.ts,
 * init.ts, regularization.ts and optim.ts, so a capstone can swap any piece for the student's own.
 * Shapes follow the cs231n convention: X is N×D, W1 D×H, W2 H×C.
 */
import { affineBackward, affineForward, reluBackward, reluForward, type AffineCache } from './layers';
import { softmaxCrossEntropy } from './losses';
import { initWeights, type InitScheme } from './init';
import { l2Penalty } from './regularization';
import { adamState, adamStep, momentumState, momentumStep, sgdStep, type AdamState, type MomentumState } from './optim';
import { argmax, type Mat, type Vec } from './tensor';
import type { Rng } from './rng';

export interface MlpParams {
  W1: Mat;
  b1: Vec;
  W2: Mat;
  b2: Vec;
}
export type ParamName = keyof MlpParams;
export const PARAM_NAMES: readonly ParamName[] = ['W1', 'b1', 'W2', 'b2'];

/** weights from `scheme` (He by default: the hidden layer is ReLU), biases 0 */
export function initMlp(inputDim: number, hidden: number, classes: number, rng: Pick<Rng, 'normal'>, scheme: InitScheme = 'he'): MlpParams {
  return {
    W1: initWeights(inputDim, hidden, scheme, rng),
    b1: new Array<number>(hidden).fill(0),
    W2: initWeights(hidden, classes, scheme, rng),
    b2: new Array<number>(classes).fill(0),
  };
}

interface MlpCache {
  a1: AffineCache;
  relu: Mat;
  a2: AffineCache;
}

export function mlpForward(p: MlpParams, X: Mat): { scores: Mat; cache: MlpCache } {
  const a1 = affineForward(X, p.W1, p.b1);
  const r = reluForward(a1.out);
  const a2 = affineForward(r.out, p.W2, p.b2);
  return { scores: a2.out, cache: { a1: a1.cache, relu: r.cache, a2: a2.cache } };
}

/** loss = mean softmax cross-entropy + ½λ(ΣW1² + ΣW2²), and the gradient of every parameter */
export function mlpLoss(p: MlpParams, X: Mat, y: number[], reg = 0): { loss: number; grads: MlpParams } {
  const { scores, cache } = mlpForward(p, X);
  const { loss: dataLoss, dZ } = softmaxCrossEntropy(scores, y);
  const g2 = affineBackward(dZ, cache.a2);
  const g1 = affineBackward(reluBackward(g2.dx, cache.relu), cache.a1);
  const l2 = l2Penalty([p.W1, p.W2], reg);
  const plus = (A: Mat, B: Mat) => A.map((row, i) => row.map((v, j) => v + B[i][j]));
  return { loss: dataLoss + l2.loss, grads: { W1: plus(g1.dW, l2.grads[0]), b1: g1.db, W2: plus(g2.dW, l2.grads[1]), b2: g2.db } };
}

export const mlpPredict = (p: MlpParams, X: Mat): number[] => mlpForward(p, X).scores.map(argmax);

export function accuracy(p: MlpParams, X: Mat, y: number[]): number {
  const pred = mlpPredict(p, X);
  return pred.filter((c, i) => c === y[i]).length / y.length;
}

/* ------------------------------- optimisation ------------------------------- */

export type OptimizerKind = 'sgd' | 'momentum' | 'adam';
export interface OptimizerConfig {
  kind: OptimizerKind;
  lr: number;
  /** momentum's μ (default 0.9) */
  mu?: number;
}

// a matrix parameter is optimised as one flat vector (the optimizers are element-wise)
const flat = (x: Mat | Vec): Vec => (Array.isArray(x[0]) ? (x as Mat).flat() : (x as Vec));
const like = (x: Mat | Vec, v: Vec): Mat | Vec => (Array.isArray(x[0]) ? (x as Mat).map((row, i) => v.slice(i * row.length, (i + 1) * row.length)) : v);

/** one optimizer state per parameter; step() returns the updated parameters (the inputs are not modified) */
export function createOptimizer(cfg: OptimizerConfig) {
  const states = new Map<ParamName, MomentumState | AdamState>();
  return {
    step(p: MlpParams, g: MlpParams): MlpParams {
      const next = { ...p };
      for (const name of PARAM_NAMES) {
        const w = flat(p[name]), dw = flat(g[name]);
        let updated: Vec;
        if (cfg.kind === 'sgd') updated = sgdStep(w, dw, cfg.lr);
        else if (cfg.kind === 'momentum') {
          if (!states.has(name)) states.set(name, momentumState(w.length));
          updated = momentumStep(w, dw, states.get(name) as MomentumState, cfg.lr, cfg.mu ?? 0.9);
        } else {
          if (!states.has(name)) states.set(name, adamState(w.length));
          updated = adamStep(w, dw, states.get(name) as AdamState, cfg.lr);
        }
        (next as Record<ParamName, Mat | Vec>)[name] = like(p[name], updated);
      }
      return next;
    },
  };
}

export interface TrainOptions {
  optimizer: OptimizerConfig;
  /** L2 strength λ */
  reg?: number;
  epochs: number;
  /** default: the whole set (full-batch gradient descent) */
  batchSize?: number;
  /** shuffles the mini-batches; required when batchSize < N */
  rng?: Rng;
}

/** trains and returns the final parameters and the loss of every step */
export function trainMlp(p: MlpParams, X: Mat, y: number[], opts: TrainOptions): { params: MlpParams; lossHistory: number[] } {
  const opt = createOptimizer(opts.optimizer);
  const n = X.length;
  const bs = Math.min(opts.batchSize ?? n, n);
  const lossHistory: number[] = [];
  let params = p;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    if (bs < n) {
      if (!opts.rng) throw new Error('trainMlp: mini-batches need an rng to shuffle with');
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(opts.rng.next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    for (let start = 0; start < n; start += bs) {
      const idx = order.slice(start, start + bs);
      const { loss, grads } = mlpLoss(params, idx.map((i) => X[i]), idx.map((i) => y[i]), opts.reg ?? 0);
      lossHistory.push(loss);
      params = opt.step(params, grads);
    }
  }
  return { params, lossHistory };
}
