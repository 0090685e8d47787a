export function adamStep(w: number[], g: number[], state: { m: number[]; v: number[]; t: number }, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): number[] {
  state.t += 1;
  state.m = state.m.map((m, i) => beta1 * m + (1 - beta1) * g[i]);
  state.v = state.v.map((v, i) => beta2 * v + (1 - beta2) * g[i] * g[i]);
  return w.map((wi, i) => {
    const mhat = state.m[i] / (1 - beta1 ** state.t);
    return wi - (lr * mhat) / (Math.sqrt(state.v[i]) + eps);
  });
}
