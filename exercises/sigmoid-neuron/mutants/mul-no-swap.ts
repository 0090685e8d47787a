// Both versions give w_i the gradient w_i·da (no swap in the mul gates).
export function neuronStaged(w: number[], x: number[]) {
  // forward, one primitive gate at a time
  const p0 = w[0] * x[0];
  const p1 = w[1] * x[1];
  const a = p0 + p1 + w[2];
  const n = -a;
  const e = Math.exp(n);
  const u = 1 + e;
  const f = 1 / u;
  // backward, in reverse
  const du = (-1 / (u * u)) * 1;
  const de = du;
  const dn = e * de;
  const da = -dn;
  const dw = [w[0] * da, w[1] * da, da];
  const dx = [x[0] * da, x[1] * da];
  return { f, dw, dx };
}

export function neuronFused(w: number[], x: number[]) {
  const a = w[0] * x[0] + w[1] * x[1] + w[2];
  const s = 1 / (1 + Math.exp(-a));
  const da = s * (1 - s);
  return { f: s, dw: [w[0] * da, w[1] * da, da], dx: [x[0] * da, x[1] * da] };
}
