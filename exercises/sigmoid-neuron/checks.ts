import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradError, relError } from '../../lib/nn/numgrad';
import type { Rng } from '../../lib/nn/rng';

/** f = σ(w0·x0 + w1·x1 + w2) on plain numbers (σ in the form that never overflows) */
function neuronF(w: number[], x: number[]): number {
  const a = w[0] * x[0] + w[1] * x[1] + w[2];
  return a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
}

/** centered differences (h = 1e-5, as H.numGrad) of f at (w, x) with respect to every entry of w or of x */
function centered(w: number[], x: number[], which: 'w' | 'x'): number[] {
  const h = 1e-5;
  const W = w.slice();
  const X = x.slice();
  const v = which === 'w' ? W : X;
  return v.map((old, i) => {
    v[i] = old + h;
    const fp = neuronF(W, X);
    v[i] = old - h;
    const fm = neuronF(W, X);
    v[i] = old;
    return (fp - fm) / (2 * h);
  });
}

/**
 * A random neuron whose pre-activation a = w0·x0 + w1·x1 + w2 lies in [lo, hi], with the centered
 * differences of f taken here, once, on the host: the probe then calls each version once instead of
 * 11 times (the staged reference runs an autograd graph per call), in the sandbox and for the reference.
 */
function neuron(rng: Rng, lo: number, hi: number): { w: number[]; x: number[]; numW: number[]; numX: number[] } {
  for (;;) {
    const w = rng.randnVec(3, 2);
    const x = rng.randnVec(2, 2);
    const a = w[0] * x[0] + w[1] * x[1] + w[2];
    if (a >= lo && a <= hi) return { w, x, numW: centered(w, x, 'w'), numX: centered(w, x, 'x') };
  }
}

/**
 * For each of the two versions: f must match the reference (1e-9); then the analytic dw, dx must match
 * the centered differences of f (args.numW, args.numX, the same numbers the version's own f gives
 * once f is right) and the reference's gradients, both at the gradient tolerance.
 */
function bothVersionsJudge({ got, expected, args }: JudgeInput): JudgeOutcome {
  const g = got as Record<string, any> | null;
  const e = expected as Record<string, any>;
  const { numW, numX } = args as { numW: number[]; numX: number[] };
  for (const k of ['staged', 'fused']) {
    const r = g?.[k];
    if (!r || !Array.isArray(r.dw) || !Array.isArray(r.dx)) return { passed: false, message: `neuron${k === 'staged' ? 'Staged' : 'Fused'} must return { f, dw, dx }` };
    const name = k === 'staged' ? 'neuronStaged' : 'neuronFused';
    const fErr = relError(r.f, e[k].f);
    if (!(fErr < 1e-9)) return { passed: false, relError: fErr, message: `${name}: f = ${r.f}, expected ${e[k].f}` };
    const vsNum = gradError([...r.dw, ...r.dx], [...numW, ...numX]);
    if (!(vsNum < 1e-7)) return { passed: false, relError: vsNum, message: `${name}: dw, dx differ from the numerical gradient of f (relative error ${vsNum.toExponential(2)})` };
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
      // six neurons as before, but two with a < 0 and two with a > 0 on every seed (both branches of a
      // stable σ; six unconstrained neurons all fell on one side with probability 1/32)
      cases: (rng) => [neuron(rng, -4, 0), neuron(rng, 0, 4), neuron(rng, -4, 0), neuron(rng, 0, 4), neuron(rng, -4, 4), neuron(rng, -4, 4)],
      probe: (S, args, H) => {
        // the centered differences (args.numW, args.numX) were taken on the host, where the cases are drawn
        const out: Record<string, unknown> = {};
        for (const k of ['staged', 'fused']) {
          const fn = k === 'staged' ? S.neuronStaged : S.neuronFused;
          const r = fn(H.clone(args.w), H.clone(args.x));
          out[k] = { f: r.f, dw: r.dw, dx: r.dx };
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
