/**
 * The data behind every section page's figures, computed with lib/nn on the server from fixed seeds
 * (the same picture on every load). Each function returns plain JSON for a client chart component.
 * Results are memoised per process: the training-based ones take a second or two.
 */
import { leakyRelu, leakyReluGrad, relu, reluGrad, sigmoid, sigmoidGrad, tanh, tanhGrad } from '../nn/activations';
import { batchNormForward, batchNormState } from '../nn/batchnorm';
import { activationStats, type InitScheme } from '../nn/init';
import { entropy, softmaxCrossEntropy } from '../nn/losses';
import { adagradStep, adamState, adamStep, momentumState, momentumStep, rmspropStep, sgdStep, squareCacheState } from '../nn/optim';
import { createRng } from '../nn/rng';
import { sampleLogUniform } from '../nn/search';
import { svmLossOne } from '../nn/svm';
import { linspace } from '../nn/tensor';
import { loadDigits } from '../datasets/digits';
import { spiral } from '../datasets/spiral';
import { accuracy, fit, predict, scores } from './train';

export type Row = Record<string, number | null>;

const memo = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};
const round = (x: number, digits = 6) => Number(x.toPrecision(digits));

/** §2/§6: each activation and its derivative on [−6, 6] */
export const activationCurves = memo((): Row[] =>
  linspace(-6, 6, 121).map((x) => ({
    x: round(x),
    sigmoid: round(sigmoid(x)),
    tanh: round(tanh(x)),
    relu: round(relu(x)),
    leaky: round(leakyRelu(x, 0.1)),
    dSigmoid: round(sigmoidGrad(x)),
    dTanh: round(tanhGrad(x)),
    dRelu: x === 0 ? null : reluGrad(x),
    dLeaky: x === 0 ? null : leakyReluGrad(x, 0.1),
  })),
);

/** §6/§5: the largest gradient that survives n sigmoid layers is 0.25ⁿ; tanh's and ReLU's is 1 */
export const vanishingBound = memo((): Row[] =>
  Array.from({ length: 15 }, (_, i) => {
    const n = i + 1;
    return { layers: n, sigmoid: sigmoidGrad(0) ** n, tanhAt1: round(tanhGrad(1) ** n), relu: 1 };
  }),
);

/** §0: one handwritten digit, its 8×8 pixels and the 64-long vector they become */
export const digitAsVector = memo(() => {
  const { X, y } = loadDigits();
  const i = y.indexOf(3);
  return { label: y[i], pixels: X[i], vector: X[i].map((v, k) => ({ index: k, value: v })) };
});

export interface Boundary {
  points: { x: number; y: number; c: number }[];
  linear: { grid: { x: number; y: number; c: number }[]; accuracy: number };
  mlp: { grid: { x: number; y: number; c: number }[]; accuracy: number };
}

/** §1: the spiral, a linear softmax classifier's regions and a 2-layer MLP's */
export const spiralBoundaries = memo((): Boundary => {
  const d = spiral(231);
  const grid: number[][] = [];
  for (const gy of linspace(-1.1, 1.1, 33)) for (const gx of linspace(-1.1, 1.1, 33)) grid.push([gx, gy]);
  const regions = (hidden: number) => {
    const net = fit(d.X, d.y, { hidden, steps: 120, lr: 0.05, reg: 1e-3, seed: 7 });
    const c = predict(net, grid);
    return { grid: grid.map(([x, y], i) => ({ x: round(x, 4), y: round(y, 4), c: c[i] })), accuracy: accuracy(net, d.X, d.y) };
  };
  return { points: d.X.map(([x, y], i) => ({ x: round(x, 4), y: round(y, 4), c: d.y[i] })), linear: regions(0), mlp: regions(40) };
});

/** §3: entropy of a coin [p, 1 − p] in bits: 0 when certain, 1 bit at p = ½ */
export const binaryEntropy = memo((): Row[] =>
  linspace(0, 1, 101).map((p) => ({ p: round(p), bits: round(entropy([p, 1 - p]) / Math.LN2) })),
);

/** §4: two classes, correct score m ahead of the other: cross-entropy keeps falling, hinge stops at m = 1 */
export const lossVsMargin = memo((): Row[] =>
  linspace(-3, 4, 71).map((m) => ({
    margin: round(m),
    crossEntropy: round(softmaxCrossEntropy([[m, 0]], [0]).loss),
    hinge: round(svmLossOne([m, 0], 0)),
  })),
);

const SCHEMES: InitScheme[] = ['small', 'large', 'xavier', 'he'];
/** §8: per layer, the std of the activations of a 10-layer net (width 64, 100 inputs) for each init and nonlinearity */
export const initStatistics = memo(() => {
  const table = (act: 'tanh' | 'relu'): Row[] => {
    const rows: Row[] = Array.from({ length: 10 }, (_, layer) => ({ layer: layer + 1 }));
    for (const s of SCHEMES) activationStats(s, act, 10, 64, 100, createRng(8)).forEach((st, layer) => (rows[layer][s] = round(st.std, 4)));
    return rows;
  };
  return { tanh: table('tanh'), relu: table('relu') };
});

/** §7: f(w) = ½(w₀² + 25·w₁²), steep in w₁ and flat in w₀; 60 steps of each optimizer from (−4.5, 1.2) */
export const optimizerPaths = memo(() => {
  const grad = (w: number[]) => [w[0], 25 * w[1]];
  const start = [-4.5, 1.2];
  const run = (step: (w: number[], g: number[]) => number[]) => {
    let w = start.slice();
    const path = [{ x: w[0], y: w[1] }];
    for (let t = 0; t < 60; t++) {
      w = step(w, grad(w));
      path.push({ x: round(w[0], 5), y: round(w[1], 5) });
    }
    return path;
  };
  const mom = momentumState(2), ada = squareCacheState(2), rms = squareCacheState(2), adam = adamState(2);
  const paths = {
    sgd: run((w, g) => sgdStep(w, g, 0.075)),
    momentum: run((w, g) => momentumStep(w, g, mom, 0.02, 0.9)),
    adagrad: run((w, g) => adagradStep(w, g, ada, 1.0)),
    rmsprop: run((w, g) => rmspropStep(w, g, rms, 0.1, 0.99)),
    adam: run((w, g) => adamStep(w, g, adam, 0.3)),
  };
  // contour lines f = level, as closed ellipses
  const contours = [0.5, 2, 5, 10].map((level) =>
    linspace(0, 2 * Math.PI, 73).map((t) => ({ x: round(Math.sqrt(2 * level) * Math.cos(t), 4), y: round(Math.sqrt((2 * level) / 25) * Math.sin(t), 4) })),
  );
  return { paths, contours };
});

/** §9: one feature of a batch before batch norm (shifted, scaled, skewed) and after */
export const batchNormHistograms = memo(() => {
  const rng = createRng(9);
  const X = Array.from({ length: 500 }, () => [5 + 3 * rng.normal() + 2 * Math.abs(rng.normal())]);
  const out = batchNormForward(X, [1], [0], batchNormState(1), 'train').out.map((r) => r[0]);
  const bins = linspace(-4, 16, 41);
  const hist = (v: number[]) => bins.slice(0, -1).map((lo, i) => v.filter((x) => x >= lo && x < bins[i + 1]).length);
  const before = hist(X.map((r) => r[0])), after = hist(out);
  return bins.slice(0, -1).map((lo, i) => ({ x: round(lo + 0.25), before: before[i], after: after[i] }));
});

/** §10: a 2-layer net (100 hidden units) on 60 noisy spiral points: training loss keeps falling, validation loss turns up */
export const overfittingCurves = memo((): Row[] => {
  const tr = spiral(101, 20, 3, 0.45), va = spiral(102, 60, 3, 0.45);
  const curves: Row[] = [];
  fit(tr.X, tr.y, {
    hidden: 100,
    steps: 400,
    lr: 0.03,
    seed: 10,
    onStep: (step, net, loss) => {
      if ((step + 1) % 20) return;
      curves.push({
        step: step + 1,
        train: round(loss, 4),
        validation: round(softmaxCrossEntropy(scores(net, va.X), va.y).loss, 4),
        trainAccuracy: round(accuracy(net, tr.X, tr.y), 4),
        validationAccuracy: round(accuracy(net, va.X, va.y), 4),
      });
    },
  });
  return curves;
});

/** §11: 200 learning rates from [1e-6, 1], drawn log-uniformly vs uniformly, binned by decade */
export const learningRateSamples = memo((): Row[] => {
  const rng = createRng(11);
  const logU = Array.from({ length: 200 }, () => sampleLogUniform(1e-6, 1, rng));
  const linU = Array.from({ length: 200 }, () => rng.uniform(1e-6, 1));
  const decade = (v: number) => Math.min(-1, Math.floor(Math.log10(v)));
  return Array.from({ length: 6 }, (_, k) => {
    const d = -6 + k;
    return { decade: d, logUniform: logU.filter((v) => decade(v) === d).length, uniform: linU.filter((v) => decade(v) === d).length };
  });
});
