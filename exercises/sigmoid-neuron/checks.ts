import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradError, relError } from '../../lib/nn/numgrad';
import type { Rng } from '../../lib/nn/rng';

/** a random neuron whose pre-activation a stays in [−lim, lim] */
function neuron(rng: Rng, lim: number): { w: number[]; x: number[] } {
  for (;;) {
    const w = rng.randnVec(3, 2);
    const x = rng.randnVec(2, 2);
    if (Math.abs(w[0] * x[0] + w[1] * x[1] + w[2]) <= lim) return { w, x };
  }
}

/**
 * For each of the two versions: the analytic dw, dx must match the numerical gradient of that
 * version's own f, and the reference (f at 1e-9, gradients at the gradient tolerance).
 */
function bothVersionsJudge({ got, expected }: JudgeInput): JudgeOutcome {
  const g = got as Record<string, any> | null;
  const e = expected as Record<string, any>;
  for (const k of ['staged', 'fused']) {
    const r = g?.[k];
    if (!r || !Array.isArray(r.dw) || !Array.isArray(r.dx)) return { passed: false, message: `neuron${k === 'staged' ? 'Staged' : 'Fused'} must return { f, dw, dx }` };
    const name = k === 'staged' ? 'neuronStaged' : 'neuronFused';
    const vsNum = gradError([...r.dw, ...r.dx], [...r.numW, ...r.numX]);
    if (!(vsNum < 1e-7)) return { passed: false, relError: vsNum, message: `${name}: dw, dx differ from the numerical gradient of its own f (relative error ${vsNum.toExponential(2)})` };
    const fErr = relError(r.f, e[k].f);
    if (!(fErr < 1e-9)) return { passed: false, relError: fErr, message: `${name}: f = ${r.f}, expected ${e[k].f}` };
    const vsRef = gradError([...r.dw, ...r.dx], [...e[k].dw, ...e[k].dx]);
    if (!(vsRef < 1e-7)) return { passed: false, relError: vsRef, message: `${name}: gradients differ from the reference (relative error ${vsRef.toExponential(2)})` };
  }
  return { passed: true };
}

export default defineChecks({
  checks: [
    {
      name: 'worked example w = [2, −3, −3], x = [−1, −2], primitive gates (neuronStaged)',
      visibility: 'public',
      points: 2,
      cases: [[[2, -3, -3], [-1, -2]]],
      probe: (S, a) => S.neuronStaged(a[0], a[1]),
      judge: { kind: 'close', tol: 'grad' },
      hint: 'a = 1, f = σ(1) = 0.7311, ∂f/∂a = 0.1966; then dw = [x0, x1, 1]·0.1966 and dx = [w0, w1]·0.1966.',
    },
    {
      name: 'worked example w = [2, −3, −3], x = [−1, −2], one σ gate (neuronFused)',
      visibility: 'public',
      points: 2,
      cases: [[[2, -3, -3], [-1, -2]]],
      probe: (S, a) => S.neuronFused(a[0], a[1]),
      judge: { kind: 'close', tol: 'grad' },
      hint: "The σ gate's local derivative is σ(a)·(1 − σ(a)), computed from the output.",
    },
    {
      name: 'both versions agree with each other on a second example',
      visibility: 'public',
      points: 1,
      cases: [[[0.5, -1.5, 0.25], [3, 1]]],
      probe: (S, a) => {
        const s = S.neuronStaged(a[0], a[1]);
        const f = S.neuronFused(a[0], a[1]);
        return [s.f - f.f, ...s.dw.map((v: number, i: number) => v - f.dw[i]), ...s.dx.map((v: number, i: number) => v - f.dx[i])].map((d) => Math.abs(d) < 1e-12 ? 0 : d);
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'The two granularities compute the same mathematical derivative; if they differ, one of them has a wrong local gradient.',
    },
    {
      name: 'random neurons: both versions match centered differences and the reference',
      visibility: 'hidden',
      points: 3,
      cases: (rng) => Array.from({ length: 6 }, () => neuron(rng, 4)),
      probe: (S, args, H) => {
        const out: Record<string, unknown> = {};
        for (const k of ['staged', 'fused']) {
          const fn = k === 'staged' ? S.neuronStaged : S.neuronFused;
          const w = H.clone(args.w) as number[];
          const x = H.clone(args.x) as number[];
          const r = fn(H.clone(w), H.clone(x));
          out[k] = { f: r.f, dw: r.dw, dx: r.dx, numW: H.numGrad(() => fn(w, x).f, w), numX: H.numGrad(() => fn(w, x).f, x) };
        }
        return out;
      },
      judge: { kind: 'custom', fn: bothVersionsJudge },
    },
    {
      name: 'saturated neurons (|a| up to 20): tiny gradients still right at the gradient tolerance',
      visibility: 'hidden',
      points: 1,
      cases: [[[4, 0, 12], [2, 1]], [[-4, 1, -5], [3, 0.5]], [[1, 1, -20], [0, 0]]],
      probe: (S, a) => [S.neuronStaged(a[0], a[1]), S.neuronFused(a[0], a[1])],
      judge: { kind: 'close', tol: 'grad' },
      hint: 'σ(a)(1 − σ(a)) is about e^{−|a|} for large |a|: small, but not 0.',
    },
    {
      name: 'the bias gets gradient ∂f/∂a (dw[2] = σ(a)(1 − σ(a)))',
      visibility: 'hidden',
      points: 1,
      cases: [[[0, 0, 0.3], [5, -7]]],
      probe: (S, a) => [S.neuronStaged(a[0], a[1]).dw[2], S.neuronFused(a[0], a[1]).dw[2]],
      judge: { kind: 'close', tol: 'grad' },
    },
  ],
});
