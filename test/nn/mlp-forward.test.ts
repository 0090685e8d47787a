import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/nn/rng';
import { mlp2Forward } from '../../lib/nn/mlp-forward';
import { matvec } from '../../lib/nn/tensor';
import { softmaxCrossEntropy } from '../../lib/nn/losses';

const TOL = { value: 1e-12 };
const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= TOL.value * (1 + Math.abs(b[i])));

const H14 = {
  W1: [[0.2, -0.5], [1.5, -1.3], [-0.3, 0.8]],
  b1: [0, 0.1, -0.2],
  W2: [[1, -1, 0.5], [-0.5, 0.5, 1]],
  b2: [0, 0],
};

describe('mlp2Forward (CATALOG H14)', () => {
  it('reproduces h_pre, h, scores and the loss of H14', () => {
    const { hPre, h, scores } = mlp2Forward(H14, [1, -2]);
    expect(close(hPre, [1.2, 4.2, -2.1])).toBe(true);
    expect(close(h, [1.2, 4.2, 0])).toBe(true);
    expect(close(scores, [-3.0, 1.5])).toBe(true);
    expect(Math.abs(softmaxCrossEntropy([scores], [0]).loss - 4.511047744848592)).toBeLessThan(1e-12);
  });

  it('without hidden units active (all pre-activations ≤ 0) the scores are the output bias', () => {
    const rng = createRng(3);
    const p = { W1: rng.randn(7, 5), b1: new Array(7).fill(-100), W2: rng.randn(3, 7), b2: [0.1, -0.2, 0.3] };
    expect(mlp2Forward(p, rng.randnVec(5)).scores).toEqual([0.1, -0.2, 0.3]);
  });

  it('equals a single linear map when every hidden unit is active (ReLU is then the identity)', () => {
    const rng = createRng(4);
    const p = { W1: rng.randn(7, 5), b1: new Array(7).fill(100), W2: rng.randn(3, 7), b2: rng.randnVec(3) };
    const x = rng.randnVec(5);
    const W = p.W2.map((row) => p.W1[0].map((_, j) => row.reduce((s, w, k) => s + w * p.W1[k][j], 0)));
    const b = matvec(p.W2, p.b1).map((v, i) => v + p.b2[i]);
    const linear = matvec(W, x).map((v, i) => v + b[i]);
    expect(mlp2Forward(p, x).scores.every((v, i) => Math.abs(v - linear[i]) < 1e-9)).toBe(true);
  });
});
