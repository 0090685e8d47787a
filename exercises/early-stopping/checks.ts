import { defineChecks } from '../../grader/contract';

const probe = (S: any, a: any, H: any) => {
  const r = S.earlyStop(H.clone(a.val), a.patience);
  return { bestEpoch: r.bestEpoch, stopEpoch: r.stopEpoch };
};

const CURVE = [1.0, 0.8, 0.7, 0.72, 0.75, 0.71, 0.69, 0.6];

/** a noisy U-shaped validation curve, rounded so that ties happen */
function noisyCurve(rng: any) {
  const n = rng.int(2, 40);
  const bottom = rng.int(0, n - 1);
  return Array.from({ length: n }, (_, e) => Math.round((1 + 0.02 * (e - bottom) ** 2 / n + rng.uniform(-0.15, 0.15)) * 20) / 20);
}

export default defineChecks({
  checks: [
    {
      name: 'worked example, patience 3: { bestEpoch: 2, stopEpoch: 5 }',
      visibility: 'public',
      points: 2,
      cases: [{ val: CURVE, patience: 3 }],
      probe,
      judge: { kind: 'exact' },
      hint: 'Stop at the first epoch e with e − bestEpoch = patience; return the best epoch seen so far.',
    },
    {
      name: 'worked example, patience 4: a new best at epoch 6, then the run ends at epoch 7',
      visibility: 'public',
      points: 1,
      cases: [{ val: CURVE, patience: 4 }],
      probe,
      judge: { kind: 'exact' },
    },
    {
      name: 'patience 1 stops at the first epoch that does not improve',
      visibility: 'public',
      points: 1,
      cases: [{ val: CURVE, patience: 1 }],
      probe,
      judge: { kind: 'exact' },
    },
    {
      name: 'ties keep the earliest epoch ([0.5, 0.4, 0.4, 0.4], patience 2 → best 1, stop 3)',
      visibility: 'hidden',
      points: 1,
      cases: [{ val: [0.5, 0.4, 0.4, 0.4], patience: 2 }, { val: [0.3, 0.3, 0.3, 0.3, 0.3], patience: 3 }],
      probe,
      judge: { kind: 'exact' },
      hint: 'Only a strictly lower error is an improvement.',
      reveal: true,
    },
    {
      name: 'a curve that never improves stops at epoch `patience`; a single epoch gives { 0, 0 }',
      visibility: 'hidden',
      points: 1,
      cases: [{ val: [0.5, 0.6, 0.7, 0.8, 0.9], patience: 2 }, { val: [0.3], patience: 5 }, { val: [0.9, 0.8], patience: 5 }],
      probe,
      judge: { kind: 'exact' },
      reveal: true,
    },
    {
      name: 'improvements reset the count (down, up, down, up…)',
      visibility: 'hidden',
      points: 1,
      cases: [{ val: [1, 0.9, 0.95, 0.85, 0.9, 0.8, 0.9, 0.95, 0.97], patience: 2 }],
      probe,
      judge: { kind: 'exact' },
      hint: 'patience counts CONSECUTIVE epochs without improvement since the last best.',
      reveal: true,
    },
    {
      name: 'twenty noisy validation curves with random patience',
      visibility: 'hidden',
      points: 3,
      cases: (rng) => Array.from({ length: 20 }, () => ({ val: noisyCurve(rng), patience: rng.int(1, 6) })),
      probe,
      judge: { kind: 'exact' },
      reveal: true,
    },
    {
      name: 'valErrors is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [{ val: CURVE, patience: 3 }],
      probe: (S, a, H) => {
        const v = H.clone(a.val);
        S.earlyStop(v, a.patience);
        return v;
      },
      judge: { kind: 'exact' },
    },
  ],
});
