interface BNState { runningMean: number[]; runningVar: number[]; eps?: number; runningDecay?: number }

// normalises each ROW (example) over its features: layer norm, not batch norm
export function batchnormForward(X: number[][], gamma: number[], beta: number[], state: BNState, mode: 'train' | 'test') {
  const eps = state.eps ?? 1e-5;
  const decay = state.runningDecay ?? 0.9;
  const out = X.map((row) => {
    const m = row.reduce((a, b) => a + b, 0) / row.length;
    const v = row.reduce((a, x) => a + (x - m) ** 2, 0) / row.length;
    return row.map((x, j) => gamma[j] * ((x - m) / Math.sqrt(v + eps)) + beta[j]);
  });
  if (mode === 'train') {
    const mean = X[0].map((_, j) => X.reduce((a, r) => a + r[j], 0) / X.length);
    const variance = X[0].map((_, j) => X.reduce((a, r) => a + (r[j] - mean[j]) ** 2, 0) / X.length);
    state.runningMean = state.runningMean.map((r, j) => decay * r + (1 - decay) * mean[j]);
    state.runningVar = state.runningVar.map((r, j) => decay * r + (1 - decay) * variance[j]);
  }
  return { out, cache: null };
}
