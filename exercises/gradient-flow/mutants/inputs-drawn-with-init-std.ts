// X and G are drawn with standard deviation initStd like the weights, instead of from N(0, 1).
type Act = 'sigmoid' | 'tanh' | 'relu' | 'leaky';

const f = (name: Act, a: number) =>
  name === 'sigmoid' ? 1 / (1 + Math.exp(-a)) : name === 'tanh' ? Math.tanh(a) : name === 'relu' ? Math.max(0, a) : a > 0 ? a : 0.01 * a;
const df = (name: Act, a: number) => {
  if (name === 'sigmoid') {
    const s = 1 / (1 + Math.exp(-a));
    return s * (1 - s);
  }
  if (name === 'tanh') return 1 - Math.tanh(a) ** 2;
  if (name === 'relu') return a > 0 ? 1 : 0;
  return a > 0 ? 1 : 0.01;
};
const matmul = (A: number[][], B: number[][]) => A.map((row) => B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0)));
const T = (A: number[][]) => A[0].map((_, j) => A.map((row) => row[j]));

export function backpropNorms(name: Act, Ws: number[][][], X: number[][], G: number[][]): number[] {
  const hs = [X];
  const pres: number[][][] = [];
  for (const W of Ws) {
    const a = matmul(hs[hs.length - 1], W);
    pres.push(a);
    hs.push(a.map((row) => row.map((v) => f(name, v))));
  }
  const norms: number[] = [];
  let dh = G;
  for (let l = Ws.length - 1; l >= 0; l--) {
    const da = dh.map((row, i) => row.map((d, j) => d * df(name, pres[l][i][j])));
    const dW = matmul(T(hs[l]), da);
    norms[l] = Math.sqrt(dW.flat().reduce((s, v) => s + v * v, 0));
    dh = matmul(da, T(Ws[l]));
  }
  return norms;
}

export function layerGradNorms(name: Act, initStd: number, depth = 10, width = 50, N = 16, randn = () => Math.random()): number[] {
  const mat = (r: number, c: number, std: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => randn() * std));
  const Ws = Array.from({ length: depth }, () => mat(width, width, initStd));
  const X = mat(N, width, initStd);
  const G = mat(N, width, initStd);
  return backpropNorms(name, Ws, X, G);
}
