export function adagradStep(w: number[], g: number[], state: { r: number[] }, lr: number, eps = 1e-7): number[] {
  state.r = state.r.map((r, i) => r + g[i] * g[i]);
  return w.map((wi, i) => wi - (lr * g[i]) / (state.r[i] + eps));
}
export function rmspropStep(w: number[], g: number[], state: { r: number[] }, lr: number, rho = 0.999, eps = 1e-7): number[] {
  state.r = state.r.map((r, i) => rho * r + (1 - rho) * g[i] * g[i]);
  return w.map((wi, i) => wi - (lr * g[i]) / (Math.sqrt(state.r[i]) + eps));
}
