import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradError } from '../../lib/nn/numgrad';
import type { Rng } from '../../lib/nn/rng';

/** four random inputs with z and w at least 1e-2 apart, so the max gate is never near its tie */
function inputsOffTie(rng: Rng): number[] {
  for (;;) {
    const v = rng.randnVec(4, 3).map((x) => Math.round(x * 1000) / 1000);
    if (Math.abs(v[2] - v[3]) > 1e-2) return v;
  }
}

/** circuit gradients vs the numerical gradient of the student's own f, and vs the reference */
function circuitGradJudge({ got, expected }: JudgeInput): JudgeOutcome {
  const g = got as { grads?: number[]; num?: number[] } | null;
  const e = expected as { grads: number[] };
  if (!g || !Array.isArray(g.grads)) return { passed: false, message: 'circuit must return { f, dx, dy, dz, dw }' };
  const vsNum = gradError(g.grads, g.num ?? []);
  if (!(vsNum < 1e-7)) return { passed: false, relError: vsNum, message: `[dx, dy, dz, dw] differ from the numerical gradient of your own f (relative error ${vsNum.toExponential(2)})` };
  const vsRef = gradError(g.grads, e.grads);
  if (!(vsRef < 1e-7)) return { passed: false, relError: vsRef, message: `your gradients match your f, but your f is not 2·(x·y + max(z, w)) (relative error ${vsRef.toExponential(2)})` };
  return { passed: true, relError: Math.max(vsNum, vsRef) };
}

export default defineChecks({
  checks: [
    {
      name: 'circuit(3, −4, 2, −1): f = −20, dx = −8, dy = 6, dz = 2, dw = 0 (the worked example)',
      visibility: 'public',
      points: 2,
      cases: [[3, -4, 2, -1]],
      probe: (S, a) => S.circuit(a[0], a[1], a[2], a[3]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Start from 1 at f, multiply by 2 for the last gate, then add distributes, mul swaps, max routes.',
    },
    {
      name: 'MulGate swaps: forward(2, 5) = 10, backward(3) = [15, 6]',
      visibility: 'public',
      points: 1,
      cases: [[2, 5, 3]],
      probe: (S, a) => {
        const g = new S.MulGate();
        const out = g.forward(a[0], a[1]);
        return { out, grads: g.backward(a[2]) };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'x gets dout × y and y gets dout × x: store x and y in forward.',
    },
    {
      name: 'AddGate distributes: forward(2, 5) = 7, backward(3) = [3, 3]',
      visibility: 'public',
      points: 1,
      cases: [[2, 5, 3]],
      probe: (S, a) => {
        const g = new S.AddGate();
        const out = g.forward(a[0], a[1]);
        return { out, grads: g.backward(a[2]) };
      },
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'MaxGate routes: max(−1, 4) sends dout to y, max(4, −1) sends it to x',
      visibility: 'public',
      points: 1,
      cases: [[-1, 4, 3], [4, -1, 2]],
      probe: (S, a) => {
        const g = new S.MaxGate();
        const out = g.forward(a[0], a[1]);
        return { out, grads: g.backward(a[2]) };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Only the larger input affects the output; the smaller one gets gradient 0.',
    },
    {
      name: 'CopyGate sums: forward(1.5) = [1.5, 1.5], backward(1.5, −4) = −2.5',
      visibility: 'public',
      points: 1,
      cases: [[1.5, 1.5, -4]],
      probe: (S, a) => {
        const g = new S.CopyGate();
        const out = g.forward(a[0]);
        return { out, dx: g.backward(a[1], a[2]) };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'A value used twice receives a gradient from each use; they add up.',
    },
    {
      name: 'every gate matches the reference on random inputs and upstream gradients',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 6 }, () => inputsOffTie(rng)),
      probe: (S, a) => {
        const out: unknown[] = [];
        for (const name of ['AddGate', 'MulGate', 'MaxGate']) {
          const g = new S[name]();
          out.push(g.forward(a[0], a[1]), g.backward(a[2]));
        }
        const c = new S.CopyGate();
        out.push(c.forward(a[3]), c.backward(a[2], a[3]));
        return out;
      },
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'circuit matches the reference on random inputs',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => Array.from({ length: 6 }, () => inputsOffTie(rng)),
      probe: (S, a) => S.circuit(a[0], a[1], a[2], a[3]),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: "circuit's gradients match the numerical gradient of its f (random inputs)",
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 4 }, () => inputsOffTie(rng)),
      probe: (S, a, H) => {
        const v = H.clone(a) as number[];
        const r = S.circuit(v[0], v[1], v[2], v[3]);
        const num = H.numGrad(() => S.circuit(v[0], v[1], v[2], v[3]).f, v);
        return { grads: [r.dx, r.dy, r.dz, r.dw], num };
      },
      judge: { kind: 'custom', fn: circuitGradJudge },
    },
    {
      name: 'two MulGates keep their own inputs (state is per object, not shared)',
      visibility: 'hidden',
      points: 1,
      cases: [[2, 3, 5, 7]],
      probe: (S, a) => {
        const g1 = new S.MulGate();
        const g2 = new S.MulGate();
        g1.forward(a[0], a[1]);
        g2.forward(a[2], a[3]);
        return [g1.backward(1), g2.backward(1)];
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Store x and y on this (this.x = x), not in a variable shared by all gates.',
    },
    {
      name: 'negative upstream gradients and large values pass through correctly',
      visibility: 'hidden',
      points: 1,
      cases: [[1e6, -2e-3, -7.5, 3], [-250, 250, -1, 0.5]],
      probe: (S, a) => {
        const m = new S.MulGate();
        m.forward(a[0], a[1]);
        const x = new S.MaxGate();
        x.forward(a[2], a[3]);
        return [m.backward(a[2]), x.backward(a[0])];
      },
      judge: { kind: 'close', tol: 'forward' },
    },
  ],
});
