export function sgdStep(w: number[], g: number[], lr: number): number[] {
  return w.map((wi, i) => wi - lr * g[i]);
}
export function momentumStep(w: number[], g: number[], state: { v: number[] }, lr: number, mu = 0.9): number[] {
  const v = state.v.map((vi, i) => mu * vi + g[i]);
  return w.map((wi, i) => wi - lr * v[i]);
}
