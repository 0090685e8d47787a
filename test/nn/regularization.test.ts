import { describe, expect, it } from 'vitest';
import { earlyStop, l2Penalty } from '../../lib/nn/regularization';
import { createRng } from '../../lib/nn/rng';

const TOL = { forward: 1e-12, grad: 1e-7 };

describe('H17: L2 penalty', () => {
  it('0.5·λ·ΣW² and gradient λW', () => {
    const { loss, grads } = l2Penalty([[[1, -2], [3, 0.5]]], 0.1);
    expect(loss).toBeCloseTo(0.7125, 12);
    grads[0].flat().forEach((g, i) => expect(g).toBeCloseTo([0.1, -0.2, 0.3, 0.05][i], 12));
  });
  it('gradient equals the finite difference over several matrices', () => {
    const rng = createRng(3);
    const Ws = [rng.randn(3, 4), rng.randn(4, 2)];
    const lambda = 0.37;
    const { grads } = l2Penalty(Ws, lambda);
    Ws.forEach((W, k) =>
      W.forEach((row, i) =>
        row.forEach((_, j) => {
          const old = W[i][j];
          W[i][j] = old + 1e-5;
          const p = l2Penalty(Ws, lambda).loss;
          W[i][j] = old - 1e-5;
          const m = l2Penalty(Ws, lambda).loss;
          W[i][j] = old;
          const num = (p - m) / 2e-5;
          expect(Math.abs(num - grads[k][i][j]) / Math.max(1e-8, Math.abs(num) + Math.abs(grads[k][i][j]))).toBeLessThan(TOL.grad);
        }),
      ),
    );
  });
});

describe('early stopping', () => {
  it('stops after `patience` epochs without a strict improvement and restores the best one', () => {
    //            0    1    2    3    4    5    6    7
    const val = [1.0, 0.8, 0.7, 0.72, 0.75, 0.71, 0.69, 0.6];
    expect(earlyStop(val, 3)).toEqual({ bestEpoch: 2, stopEpoch: 5 });
    expect(earlyStop(val, 4)).toEqual({ bestEpoch: 7, stopEpoch: 7 });
    expect(earlyStop(val, 1)).toEqual({ bestEpoch: 2, stopEpoch: 3 });
  });
  it('ties keep the earliest epoch; a curve that never improves stops at epoch `patience`', () => {
    expect(earlyStop([0.5, 0.4, 0.4, 0.4], 2)).toEqual({ bestEpoch: 1, stopEpoch: 3 });
    expect(earlyStop([0.5, 0.6, 0.7, 0.8, 0.9], 2)).toEqual({ bestEpoch: 0, stopEpoch: 2 });
    expect(earlyStop([0.3], 5)).toEqual({ bestEpoch: 0, stopEpoch: 0 });
  });
  it('property: bestEpoch is the argmin of the curve up to stopEpoch, and no stop happens earlier', () => {
    const rng = createRng(11);
    for (let k = 0; k < 200; k++) {
      const n = rng.int(1, 30), patience = rng.int(1, 6);
      const val = Array.from({ length: n }, () => Math.round(rng.uniform(0, 5)) / 5);
      const { bestEpoch, stopEpoch } = earlyStop(val, patience);
      const seen = val.slice(0, stopEpoch + 1);
      expect(bestEpoch).toBe(seen.indexOf(Math.min(...seen)));
      expect(stopEpoch === n - 1 || stopEpoch - bestEpoch === patience).toBe(true);
    }
  });
});
