export function adamStep(w: number[], g: number[], state: { m: number[]; v: number[]; t: number }, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): number[] {
  state.m = state.m.map((m, i) => beta1 * m + (1 - beta1) * g[i]);
  state.v = state.v.map((v, i) => beta2 * v + (1 - beta2) * g[i] * g[i]);
  const t = state.t;
  state.t += 1;
  return w.map((wi, i) => {
    const mhat = state.m[i] / (1 - beta1 ** t);
    const vhat = state.v[i] / (1 - beta2 ** t);
    return wi - (lr * mhat) / (Math.sqrt(vhat) + eps);
  });
}
