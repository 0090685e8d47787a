// The reference solution, written as a student would submit it, built on lib/nn.
import { affineBackward, affineForward } from '../../lib/nn/layers';
import { leakyReluGrad, reluGrad, sigmoid, sigmoidGrad, tanhGrad } from '../../lib/nn/activations';

type Act = 'sigmoid' | 'tanh' | 'relu' | 'leaky';

const act: Record<Act, [(a: number) => number, (a: number) => number]> = {
  sigmoid: [sigmoid, sigmoidGrad],
  tanh: [Math.tanh, tanhGrad],
  relu: [(a) => Math.max(0, a), reluGrad],
  leaky: [(a) => (a > 0 ? a : 0.01 * a), (a) => leakyReluGrad(a)],
};

const frobenius = (M: number[][]) => Math.sqrt(M.reduce((s, row) => s + row.reduce((r, v) => r + v * v, 0), 0));

/** ‖dL/dW_l‖ for every layer l = 1..L of h_l = act(h_{l−1}·W_l), with h_0 = X and dL/dh_L = G. */
export function backpropNorms(name: Act, Ws: number[][][], X: number[][], G: number[][]): number[] {
  const [f, df] = act[name];
  const pre: number[][][] = [];
  const caches = [];
  let h = X;
  for (const W of Ws) {
    const { out, cache } = affineForward(h, W, W[0].map(() => 0));
    pre.push(out);
    caches.push(cache);
    h = out.map((row) => row.map(f));
  }
  const norms: number[] = [];
  let dh = G;
  for (let l = Ws.length - 1; l >= 0; l--) {
    const da = dh.map((row, i) => row.map((d, j) => d * df(pre[l][i][j])));
    const { dx, dW } = affineBackward(da, caches[l]);
    norms[l] = frobenius(dW);
    dh = dx;
  }
  return norms;
}

/** the experiment: random X, G ~ N(0, 1) and W_l ~ N(0, initStd²), then backpropNorms */
export function layerGradNorms(name: Act, initStd: number, depth = 10, width = 50, N = 16, randn: () => number = Math.random): number[] {
  const mat = (r: number, c: number, std: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => randn() * std));
  const Ws = Array.from({ length: depth }, () => mat(width, width, initStd));
  return backpropNorms(name, Ws, mat(N, width, 1), mat(N, width, 1));
}
