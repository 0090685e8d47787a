/**
 * Batch normalisation of a mini-batch X (N × D, one row per example), per feature (column):
 *
 *   μ = (1/N) Σ_i x_i,  σ² = (1/N) Σ_i (x_i − μ)²   (the BIASED variance, as cs231n and d2l use)
 *   x̂ = (x − μ) / √(σ² + ε),   out = γ·x̂ + β
 *
 * Train mode normalises with the batch's own statistics and updates running averages
 * running ← runningDecay·running + (1 − runningDecay)·batch  (runningDecay = 0.9, cs231n's "momentum").
 * Test mode normalises with the running averages, so each example's output depends only on itself.
 */
import type { Mat, Vec } from './tensor';

export interface BatchNormState {
  runningMean: Vec;
  runningVar: Vec;
  eps?: number; // default 1e-5, added to the variance (inside the square root)
  runningDecay?: number; // default 0.9
}

export const batchNormState = (d: number): BatchNormState => ({
  runningMean: new Array<number>(d).fill(0),
  runningVar: new Array<number>(d).fill(1),
});

export interface BatchNormCache {
  xhat: Mat;
  gamma: Vec;
  /** 1/√(σ² + ε) per feature */
  invStd: Vec;
}

const colMean = (X: Mat): Vec => X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / X.length);

/** forward pass; in train mode the state's running averages are updated in place */
export function batchNormForward(X: Mat, gamma: Vec, beta: Vec, state: BatchNormState, mode: 'train' | 'test'): { out: Mat; cache: BatchNormCache } {
  const eps = state.eps ?? 1e-5;
  let mean: Vec, variance: Vec;
  if (mode === 'train') {
    mean = colMean(X);
    variance = colMean(X.map((row) => row.map((v, j) => (v - mean[j]) ** 2)));
    const decay = state.runningDecay ?? 0.9;
    state.runningMean = state.runningMean.map((r, j) => decay * r + (1 - decay) * mean[j]);
    state.runningVar = state.runningVar.map((r, j) => decay * r + (1 - decay) * variance[j]);
  } else {
    mean = state.runningMean;
    variance = state.runningVar;
  }
  const invStd = variance.map((v) => 1 / Math.sqrt(v + eps));
  const xhat = X.map((row) => row.map((v, j) => (v - mean[j]) * invStd[j]));
  const out = xhat.map((row) => row.map((v, j) => gamma[j] * v + beta[j]));
  return { out, cache: { xhat, gamma, invStd } };
}

/**
 * Backward pass (train mode), the simplified closed form. μ and σ² depend on every x_i, so the gradient
 * has three terms, which collapse to
 *   dx̂ = dout·γ
 *   dx = (1/N)·invStd·(N·dx̂ − Σ_i dx̂ − x̂·Σ_i (dx̂·x̂))
 * dγ = Σ_i dout·x̂ and dβ = Σ_i dout (sums over the batch). Each column of dx sums to 0.
 */
export function batchNormBackward(dout: Mat, cache: BatchNormCache): { dx: Mat; dgamma: Vec; dbeta: Vec } {
  const { xhat, gamma, invStd } = cache;
  const n = dout.length;
  const D = gamma.length;
  const dbeta = new Array<number>(D).fill(0);
  const dgamma = new Array<number>(D).fill(0);
  const sumDxhat = new Array<number>(D).fill(0);
  const sumDxhatXhat = new Array<number>(D).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < D; j++) {
      dbeta[j] += dout[i][j];
      dgamma[j] += dout[i][j] * xhat[i][j];
      const dxh = dout[i][j] * gamma[j];
      sumDxhat[j] += dxh;
      sumDxhatXhat[j] += dxh * xhat[i][j];
    }
  const dx = dout.map((row, i) =>
    row.map((d, j) => (invStd[j] / n) * (n * d * gamma[j] - sumDxhat[j] - xhat[i][j] * sumDxhatXhat[j])),
  );
  return { dx, dgamma, dbeta };
}
