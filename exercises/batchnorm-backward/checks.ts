import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

/** forward then backward with the student's own cache; optionally the numerical gradient of the student's forward */
const probe = (S: any, a: any, H: any) => {
  const X = H.clone(a.X);
  const gamma = H.clone(a.gamma);
  const beta = H.clone(a.beta);
  if (a.what === 'forward') return S.batchnormForward(X, gamma, beta).out;
  const f = S.batchnormForward(X, gamma, beta);
  const dout = H.clone(a.dout);
  const g = S.batchnormBackward(dout, f.cache);
  const analytic = { dx: H.clone(g.dx), dgamma: H.clone(g.dgamma), dbeta: H.clone(g.dbeta) };
  if (a.what === 'analytic') return analytic;
  if (a.what === 'inputs') return { X, dout };
  const fwd = () => S.batchnormForward(X, gamma, beta).out;
  return { analytic, numeric: { dx: H.numGradArray(fwd, X, a.dout), dgamma: H.numGradArray(fwd, gamma, a.dout), dbeta: H.numGradArray(fwd, beta, a.dout) } };
};

/**
 * Analytic vs numerical gradient, norm-wise: max |a − n| / max |a| + |n| over each array. Element-wise
 * relative errors explode on entries that happen to be ≈ 0 (the centered difference carries ~1e-10 of
 * absolute noise), which would fail correct code on some seeds; a missing path is off by O(1) anyway.
 */
const GRAD_TOL = 1e-6;
function matchesNumeric({ got }: JudgeInput): JudgeOutcome {
  const g = got as any;
  if (!g?.analytic || !g?.numeric) return { passed: false, message: 'batchnormBackward must return { dx, dgamma, dbeta }' };
  for (const k of ['dx', 'dgamma', 'dbeta']) {
    const a = [g.analytic[k]].flat(2), n = [g.numeric[k]].flat(2);
    if (a.length !== n.length || a.some((v: unknown) => typeof v !== 'number')) return { passed: false, message: `${k} must have the shape of ${k === 'dx' ? 'X' : 'gamma'} and contain numbers` };
    let diff = 0, scale = 1e-8;
    for (let i = 0; i < a.length; i++) {
      diff = Math.max(diff, Math.abs(a[i] - n[i]));
      scale = Math.max(scale, Math.abs(a[i]) + Math.abs(n[i]));
    }
    const rel = diff / scale;
    if (!(rel <= GRAD_TOL)) return { passed: false, relError: rel, message: `${k} differs from the numerical gradient of your forward pass (relative error ${rel.toExponential(2)}); first entries: analytic ${JSON.stringify(a.slice(0, 3))}, numeric ${JSON.stringify(n.slice(0, 3).map((v: number) => +v.toPrecision(8)))}` };
  }
  return { passed: true };
}

function columnsSumToZero({ got }: JudgeInput): JudgeOutcome {
  const dx = (got as any)?.dx;
  if (!Array.isArray(dx) || !Array.isArray(dx[0])) return { passed: false, message: 'dx must be a matrix shaped like X' };
  for (let j = 0; j < dx[0].length; j++) {
    let s = 0, mag = 1e-12;
    for (const row of dx) (s += row[j]), (mag += Math.abs(row[j]));
    if (!(Math.abs(s) <= 1e-9 * mag)) return { passed: false, message: `column ${j} of dx sums to ${s.toExponential(3)}, not 0: the path through the batch mean is missing or wrong`, gotShown: String(s), expectedShown: '0' };
  }
  return { passed: true };
}

const X9 = [[1, 2], [3, 6], [5, 10]];
const H10 = { X: X9, gamma: [1, 2], beta: [0, 1], dout: [[1, -1], [0.5, 2], [-2, 0]] };
const randomCase = (rng: any, n: number, d: number) => ({
  X: rng.randn(n, d, 5).map((r: number[]) => r.map((v) => v + 12)),
  gamma: rng.randnVec(d).map((v: number) => 0.5 + Math.abs(v)),
  beta: rng.randnVec(d),
  dout: rng.randn(n, d),
});

export default defineChecks({
  checks: [
    {
      name: 'the forward pass gives the worked example (out[0] = [−1.2247426, −1.4494886])',
      visibility: 'public',
      points: 1,
      cases: [{ ...H10, what: 'forward' }],
      probe,
    },
    {
      name: 'worked example: dβ = [−0.5, 1], dγ = [−3.6742277, 1.2247443], dx[0] = [−0.2041203, −0.5103104]',
      visibility: 'public',
      points: 3,
      cases: [{ ...H10, what: 'analytic' }],
      probe,
      judge: { kind: 'close', tol: 'grad' },
      hint: 'dβ and dγ sum over the batch. For dx, remember that μ and σ² depend on every x: three paths, or the simplified formula.',
    },
    {
      name: 'the worked example agrees with the numerical gradient of your forward pass',
      visibility: 'public',
      points: 1,
      cases: [{ ...H10, what: 'numeric' }],
      probe,
      judge: { kind: 'custom', fn: matchesNumeric },
    },
    {
      name: 'random batches (x = 5·randn + 12; 4×5, 6×2, 3×7): gradients match the reference',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [randomCase(rng, 4, 5), randomCase(rng, 6, 2), randomCase(rng, 3, 7)].map((c) => ({ ...c, what: 'analytic' })),
      probe,
      judge: { kind: 'close', tol: 'grad' },
      reveal: true,
    },
    {
      name: 'random batches: gradients agree with the numerical gradient of your forward pass',
      visibility: 'hidden',
      points: 2,
      // each numerical entry re-runs the forward on the whole batch: 4×3 and 3×2 (28 entries, 276 forward
      // cells) instead of 4×5 and 5×3 (51 entries, 915 cells); the reference check above keeps the wide shapes
      cases: (rng) => [randomCase(rng, 4, 3), randomCase(rng, 3, 2)].map((c) => ({ ...c, what: 'numeric' })),
      probe,
      judge: { kind: 'custom', fn: matchesNumeric },
      needsReference: false, // matchesNumeric reads only got (your backward vs your forward)
      reveal: true,
    },
    {
      name: 'each column of dx sums to 0',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ ...randomCase(rng, 8, 4), what: 'analytic' }],
      probe,
      judge: { kind: 'custom', fn: columnsSumToZero },
      needsReference: false, // columnsSumToZero reads only got
      hint: 'Adding a constant to a whole feature column leaves x̂ unchanged, so the gradient has no component along that direction.',
    },
    {
      name: 'X and dout are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [{ ...H10, what: 'inputs' }],
      probe,
      judge: { kind: 'exact' },
    },
  ],
});
