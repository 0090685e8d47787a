// Mutant: the gradient buffers are created once, before the loop, and every step ADDS into them
// (the "forgotten zero_grad()" of frameworks that accumulate .grad).
import * as ref from '../reference';
import type { Model, TrainOptions } from '../wiring';

export { affineForward, affineBackward, reluForward, reluBackward, softmaxCE, adamStep, initModel, lossAndGrads, predict } from '../reference';

const flat = (M: number[][]) => ([] as number[]).concat(...M);
const unflat = (v: number[], cols: number) => Array.from({ length: v.length / cols }, (_, i) => v.slice(i * cols, (i + 1) * cols));

export function train(X: number[][], y: number[], opts: TrainOptions): { model: Model; losses: number[] } {
  const C = Math.max(...y) + 1;
  const model = ref.initModel(X[0].length, opts.hidden, C);
  const keys = ['W1', 'b1', 'W2', 'b2'] as const;
  const sizes = keys.map((k) => (k === 'W1' || k === 'W2' ? flat(model[k]).length : model[k].length));
  const states = sizes.map((n) => ({ m: new Array(n).fill(0), v: new Array(n).fill(0), t: 0 }));
  const acc = sizes.map((n) => new Array(n).fill(0)); // never reset: the bug
  const losses: number[] = [];
  const B = Math.min(opts.batchSize, X.length);
  for (let step = 0; step < opts.steps; step++) {
    const idx = Array.from({ length: B }, () => Math.floor(Math.random() * X.length));
    const { loss, grads } = ref.lossAndGrads(model, idx.map((i) => X[i]), idx.map((i) => y[i]), opts.reg);
    losses.push(loss);
    keys.forEach((k, n) => {
      const g = k === 'W1' || k === 'W2' ? flat(grads[k]) : grads[k];
      g.forEach((v, i) => (acc[n][i] += v));
      if (k === 'W1' || k === 'W2') model[k] = unflat(ref.adamStep(flat(model[k]), acc[n], states[n], opts.lr), model[k][0].length);
      else model[k] = ref.adamStep(model[k], acc[n], states[n], opts.lr);
    });
  }
  return { model, losses };
}
