/**
 * A small full-batch trainer for the figures, built from lib/nn's pieces (the same ones the capstone
 * wires): He init from a seeded RNG, Adam per parameter, optional L2. Deterministic for a given seed,
 * so a figure never changes between page loads. `hidden: 0` trains a linear softmax classifier.
 */
import { affineBackward, affineForward, reluBackward, reluForward } from '../nn/layers';
import { softmaxCrossEntropy } from '../nn/losses';
import { adamState, adamStep } from '../nn/optim';
import { l2Penalty } from '../nn/regularization';
import { createRng } from '../nn/rng';
import { argmax, type Mat, type Vec } from '../nn/tensor';

export interface Net {
  layers: { W: Mat; b: Vec }[];
}
export interface FitOptions {
  hidden: number;
  steps: number;
  lr: number;
  reg?: number;
  seed: number;
  /** called after every step with the step number and the net (e.g. to record validation accuracy) */
  onStep?: (step: number, net: Net, loss: number) => void;
}

const flat = (M: Mat): Vec => M.flat();
const unflat = (v: Vec, cols: number): Mat => Array.from({ length: v.length / cols }, (_, i) => v.slice(i * cols, (i + 1) * cols));

/** scores of a batch: affine (→ ReLU → affine) */
export function scores(net: Net, X: Mat): Mat {
  let h = X;
  net.layers.forEach((l, k) => {
    h = affineForward(h, l.W, l.b).out;
    if (k < net.layers.length - 1) h = reluForward(h).out;
  });
  return h;
}

export const predict = (net: Net, X: Mat): number[] => scores(net, X).map(argmax);
export const accuracy = (net: Net, X: Mat, y: number[]): number => predict(net, X).filter((c, i) => c === y[i]).length / y.length;

export function fit(X: Mat, y: number[], o: FitOptions): Net {
  const rng = createRng(o.seed);
  const D = X[0].length, C = Math.max(...y) + 1;
  const sizes = o.hidden > 0 ? [D, o.hidden, C] : [D, C];
  const net: Net = { layers: sizes.slice(1).map((m, k) => ({ W: rng.randn(sizes[k], m, Math.sqrt(2 / sizes[k])), b: new Array<number>(m).fill(0) })) };
  const states = net.layers.map((l) => ({ W: adamState(l.W.length * l.W[0].length), b: adamState(l.b.length) }));
  for (let step = 0; step < o.steps; step++) {
    // forward, keeping every cache
    const caches: { a: ReturnType<typeof affineForward>['cache']; r?: Mat }[] = [];
    let h = X;
    net.layers.forEach((l, k) => {
      const a = affineForward(h, l.W, l.b);
      if (k < net.layers.length - 1) {
        const r = reluForward(a.out);
        caches.push({ a: a.cache, r: r.cache });
        h = r.out;
      } else {
        caches.push({ a: a.cache });
        h = a.out;
      }
    });
    const ce = softmaxCrossEntropy(h, y);
    const l2 = l2Penalty(net.layers.map((l) => l.W), o.reg ?? 0);
    // backward, then one Adam step per parameter
    let d = ce.dZ;
    for (let k = net.layers.length - 1; k >= 0; k--) {
      if (caches[k].r) d = reluBackward(d, caches[k].r!);
      const g = affineBackward(d, caches[k].a);
      d = g.dx;
      const l = net.layers[k];
      const dW = g.dW.map((row, i) => row.map((v, j) => v + l2.grads[k][i][j]));
      l.W = unflat(adamStep(flat(l.W), flat(dW), states[k].W, o.lr), l.W[0].length);
      l.b = adamStep(l.b, g.db, states[k].b, o.lr);
    }
    o.onStep?.(step, net, ce.loss + l2.loss);
  }
  return net;
}
