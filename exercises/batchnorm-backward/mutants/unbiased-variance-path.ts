export function batchnormForward(X: number[][], gamma: number[], beta: number[], eps = 1e-5) {
  const N = X.length;
  const mu = gamma.map((_, j) => X.reduce((s, r) => s + r[j], 0) / N);
  const v = gamma.map((_, j) => X.reduce((s, r) => s + (r[j] - mu[j]) ** 2, 0) / N);
  const xhat = X.map((r) => r.map((x, j) => (x - mu[j]) / Math.sqrt(v[j] + eps)));
  return { out: xhat.map((r) => r.map((h, j) => gamma[j] * h + beta[j])), cache: { X, mu, v, xhat, gamma, eps } };
}

export function batchnormBackward(dout: number[][], c: any) {
  const { X, mu, v, xhat, gamma, eps } = c;
  const N = X.length;
  const D = gamma.length;
  const dbeta = gamma.map((_: number, j: number) => dout.reduce((s, r) => s + r[j], 0));
  const dgamma = gamma.map((_: number, j: number) => dout.reduce((s, r, i) => s + r[j] * xhat[i][j], 0));
  const dxhat = dout.map((r) => r.map((d, j) => d * gamma[j]));
  const dx = X.map((r: number[]) => r.slice());
  for (let j = 0; j < D; j++) {
    const inv = 1 / Math.sqrt(v[j] + eps);
    let dvar = 0;
    for (let i = 0; i < N; i++) dvar += dxhat[i][j] * (X[i][j] - mu[j]) * -0.5 * inv ** 3;
    let dmu = 0;
    for (let i = 0; i < N; i++) dmu += -dxhat[i][j] * inv;
    for (let i = 0; i < N; i++) dx[i][j] = dxhat[i][j] * inv + (dvar * 2 * (X[i][j] - mu[j])) / (N - 1) + dmu / N;
  }
  return { dx, dgamma, dbeta };
}
