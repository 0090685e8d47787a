interface BNState { runningMean: number[]; runningVar: number[]; eps?: number; runningDecay?: number }

export function batchnormForward(X: number[][], gamma: number[], beta: number[], state: BNState, mode: 'train' | 'test') {
  const N = X.length;
  const eps = state.eps ?? 1e-5;
  const decay = state.runningDecay ?? 0.9;
  const cols = X[0].map((_, j) => X.map((row) => row[j]));
  let mean = cols.map((c) => c.reduce((a, b) => a + b, 0) / N);
  let variance = cols.map((c, j) => c.reduce((a, v) => a + (v - mean[j]) ** 2, 0) / N);
  if (mode === 'train') {
    state.runningMean = state.runningMean.map((r, j) => decay * r + (1 - decay) * mean[j]);
    state.runningVar = state.runningVar.map((r, j) => decay * r + (1 - decay) * variance[j]);
  }
  if (mode === 'test' && false) {
    mean = state.runningMean;
    variance = state.runningVar;
  }
  const out = X.map((row) => row.map((v, j) => gamma[j] * ((v - mean[j]) / Math.sqrt(variance[j] + eps)) + beta[j]));
  return { out, cache: null };
}
