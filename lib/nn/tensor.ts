/**
 * Plain vectors and matrices: `Vec = number[]`, `Mat = number[][]` (row-major: M[i][j] is row i).
 * The course uses plain arrays because that is what students write; these helpers keep lib/nn short.
 */
export type Vec = number[];
export type Mat = number[][];

export const zeros = (n: number): Vec => new Array<number>(n).fill(0);
export const zerosMat = (rows: number, cols: number): Mat => Array.from({ length: rows }, () => zeros(cols));
export const shape = (M: Mat): [number, number] => [M.length, M.length ? M[0].length : 0];

export const add = (a: Vec, b: Vec): Vec => a.map((v, i) => v + b[i]);
export const sub = (a: Vec, b: Vec): Vec => a.map((v, i) => v - b[i]);
export const scale = (a: Vec, s: number): Vec => a.map((v) => v * s);
export const dot = (a: Vec, b: Vec): number => a.reduce((s, v, i) => s + v * b[i], 0);
export const sum = (a: Vec): number => a.reduce((s, v) => s + v, 0);
export const max = (a: Vec): number => a.reduce((m, v) => (v > m ? v : m), -Infinity);
export const argmax = (a: Vec): number => a.reduce((best, v, i) => (v > a[best] ? i : best), 0);

export const transpose = (M: Mat): Mat => (M.length ? M[0].map((_, j) => M.map((row) => row[j])) : []);
/** A·B for A (n×k) and B (k×m) */
export const matmul = (A: Mat, B: Mat): Mat => {
  const Bt = transpose(B);
  return A.map((row) => Bt.map((col) => dot(row, col)));
};
/** W·x for W (m×n) and x (n) */
export const matvec = (W: Mat, x: Vec): Vec => W.map((row) => dot(row, x));
export const addMat = (A: Mat, B: Mat): Mat => A.map((row, i) => add(row, B[i]));
export const mapMat = (M: Mat, f: (v: number, i: number, j: number) => number): Mat =>
  M.map((row, i) => row.map((v, j) => f(v, i, j)));
/** sum over rows (axis 0): one entry per column */
export const sumRows = (M: Mat): Vec => (M.length ? M[0].map((_, j) => M.reduce((s, row) => s + row[j], 0)) : []);
export const cloneMat = (M: Mat): Mat => M.map((row) => row.slice());
/** evenly spaced values from lo to hi inclusive, like numpy.linspace */
export const linspace = (lo: number, hi: number, n: number): Vec =>
  Array.from({ length: n }, (_, i) => (n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1)));
/** reshape a flat vector into rows×cols, row-major */
export const reshape = (v: Vec, rows: number, cols: number): Mat =>
  Array.from({ length: rows }, (_, i) => v.slice(i * cols, (i + 1) * cols));
