export function sgdStep(w: number[], g: number[], lr: number): number[] {
  return w.map((wi, i) => wi - lr * g[i]);
}
export function momentumStep(w: number[], g: number[], state: { v: number[] }, lr: number, mu = 0.9): number[] {
  state.v = state.v.map((v, i) => mu * v + (1 - mu) * g[i]);
  return w.map((wi, i) => wi - lr * state.v[i]);
}
