import { defineChecks, type JudgeInput, type JudgeOutcome, type Rng } from '../../grader/contract';

/**
 * Gradient comparison for values that carry rounding noise: |a − b| ≤ rel·(|a| + |b|) + abs.
 * rel = 'grad' (1e-7); abs = 1e-9 covers the centered difference's own noise (≈ 1e-11 here) so that
 * entries near 0 (saturated σ′, ReLU's dead side) are not judged by a meaningless relative error.
 */
const GRAD_REL = 1e-7;
const GRAD_ABS = 1e-9;
const FNS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'];

function analyticMatchesNumeric({ got }: JudgeInput): JudgeOutcome {
  const g = got as Record<string, { analytic: unknown; numeric: number[] }> | null;
  if (!g || typeof g !== 'object') return { passed: false, message: 'the backward functions did not return arrays' };
  for (const name of FNS) {
    const { analytic, numeric } = g[name] ?? ({} as any);
    if (!Array.isArray(analytic) || analytic.length !== numeric.length) {
      return { passed: false, message: `${name}Backward must return an array as long as x` };
    }
    for (let i = 0; i < numeric.length; i++) {
      const a = analytic[i];
      const n = numeric[i];
      if (typeof a !== 'number' || !(Math.abs(a - n) <= GRAD_REL * (Math.abs(a) + Math.abs(n)) + GRAD_ABS)) {
        return {
          passed: false,
          message: `${name}Backward disagrees with the numerical derivative of your ${name} at entry ${i}: analytic ${JSON.stringify(a)}, numeric ${n}`,
          gotShown: String(a),
          expectedShown: String(n),
        };
      }
    }
  }
  return { passed: true };
}

/**
 * got ≈ expected entry by entry with |a − b| ≤ GRAD_REL·(|a| + |b|) + VALUE_ABS. Near saturation the
 * values are tiny (tanh′(12) ≈ 3e-11) and every correct formula carries ~1e-15 of absolute rounding
 * (1 − tanh² loses digits that 1/cosh² keeps), so a pure relative error would reject correct code.
 * VALUE_ABS = 1e-12 is far above that rounding and far below any real mistake.
 */
const VALUE_ABS = 1e-12;
function closeWithFloor({ got, expected }: JudgeInput): JudgeOutcome {
  const walk = (e: unknown, g: unknown, path: string): string | null => {
    if (typeof e === 'number') {
      if (typeof g !== 'number') return `${path}: expected a number, got ${JSON.stringify(g)}`;
      return Math.abs(e - g) <= GRAD_REL * (Math.abs(e) + Math.abs(g)) + VALUE_ABS ? null : `${path}: expected ${e}, got ${g}`;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(g) || g.length !== e.length) return `${path}: expected an array of ${e.length} numbers`;
      for (let i = 0; i < e.length; i++) {
        const m = walk(e[i], g[i], `${path}[${i}]`);
        if (m) return m;
      }
      return null;
    }
    if (e && typeof e === 'object') {
      for (const k of Object.keys(e)) {
        const m = walk((e as any)[k], g && typeof g === 'object' ? (g as any)[k] : undefined, path ? `${path}.${k}` : k);
        if (m) return m;
      }
      return null;
    }
    return e === g ? null : `${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(g)}`;
  };
  const problem = walk(expected, got, '');
  return problem ? { passed: false, message: problem } : { passed: true };
}

/** both sides of an identity, as computed from the student's own functions */
function identityHolds({ got }: JudgeInput): JudgeOutcome {
  const g = got as { name: string; lhs: unknown; rhs: unknown }[];
  for (const { name, lhs, rhs } of g) {
    if (!Array.isArray(lhs) || !Array.isArray(rhs)) return { passed: false, message: `${name}: your functions did not return arrays` };
    for (let i = 0; i < lhs.length; i++) {
      const a = lhs[i];
      const b = rhs[i];
      if (typeof a !== 'number' || typeof b !== 'number' || !(Math.abs(a - b) <= 1e-12)) {
        return { passed: false, message: `${name} fails at entry ${i}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}` };
      }
    }
  }
  return { passed: true };
}

/** every value of f on the random inputs lies in [lo, hi] */
function inRange({ got }: JudgeInput): JudgeOutcome {
  const ranges: Record<string, [number, number]> = { sigmoid: [0, 1], tanh: [-1, 1] };
  const g = got as Record<string, unknown>;
  for (const [name, [lo, hi]] of Object.entries(ranges)) {
    const v = g[name];
    if (!Array.isArray(v)) return { passed: false, message: `${name} did not return an array` };
    const bad = v.findIndex((t) => typeof t !== 'number' || !(t >= lo && t <= hi));
    if (bad >= 0) return { passed: false, message: `${name} returned ${JSON.stringify(v[bad])}, outside its range [${lo}, ${hi}]` };
  }
  return { passed: true };
}

/**
 * n random inputs spread over [lo, hi]: one uniform draw in each of n equal stretches of width s.
 * They hit any interval at least as often as n uniform draws do (Π(1 − overlapᵢ/s) ≤ e^(−width/s)),
 * and an interval of width ≥ 2s contains a whole stretch, so it holds an input on EVERY seed. With
 * 160 over [−20, 20] (s = 0.25), a formula that is wrong over 0.5 or more (a clamp, a bad branch) is
 * always seen, where the former 1000 uniform draws missed it with probability (1 − 0.5/40)^1000 ≈ 4e-6;
 * narrower intervals are hit less surely than by 1000 draws (width 0.25: ≥ 75% against 99.8%). A sixth
 * of the work.
 */
function spread(rng: Rng, n: number, lo: number, hi: number): number[] {
  const w = (hi - lo) / n;
  return Array.from({ length: n }, (_, i) => lo + w * (i + rng.uniform(0, 1)));
}

/** random inputs away from ReLU's kink at 0 (|x| ≥ 0.01, far more than the step h = 1e-5) */
function awayFromZero(rng: Rng, n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, () => {
    const v = rng.uniform(lo, hi);
    return Math.abs(v) < 0.01 ? (v < 0 ? -0.5 : 0.5) : v;
  });
}

export default defineChecks({
  checks: [
    {
      name: 'forward values at 0, ±0.5, ±1, ±10',
      visibility: 'public',
      points: 2,
      cases: [[[0, 0.5, -0.5, 1, -1, 10, -10]]],
      probe: (S, args, H) => ({
        sigmoid: S.sigmoid(H.clone(args[0])),
        tanh: S.tanh(H.clone(args[0])),
        relu: S.relu(H.clone(args[0])),
        leakyRelu: S.leakyRelu(H.clone(args[0])),
      }),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'σ(x) = 1/(1 + e^(−x)); leakyRelu(−1) = −0.01 with the default α = 0.01.',
    },
    {
      name: 'inputs of ±800 give σ = 1 / 0 and tanh = ±1, no NaN',
      visibility: 'public',
      points: 2,
      cases: [[[800, -800, 40, -40]]],
      probe: (S, args, H) => ({ sigmoid: S.sigmoid(H.clone(args[0])), tanh: S.tanh(H.clone(args[0])) }),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Math.exp(800) is Infinity. For x < 0 write σ(x) = e^x/(1 + e^x) and for x ≥ 0 write 1/(1 + e^(−x)): the exponent is then never positive.',
    },
    {
      name: "derivatives: σ′(0) = 0.25, σ′(10), tanh′(5), leakyRelu′(−3) = 0.01, relu′(±2.5)",
      visibility: 'public',
      points: 2,
      // ReLU and Leaky ReLU are probed away from their kink at 0, where the derivative is a convention
      cases: [[[1, 1, 1, 1, 2, -2], [0, 10, 5, -3, 2.5, -2.5], [-3, 10, 5, -3, 2.5, -2.5]]],
      probe: (S, args, H) => ({
        sigmoid: S.sigmoidBackward(H.clone(args[0]), H.clone(args[1])),
        tanh: S.tanhBackward(H.clone(args[0]), H.clone(args[1])),
        relu: S.reluBackward(H.clone(args[0]), H.clone(args[2])),
        leakyRelu: S.leakyReluBackward(H.clone(args[0]), H.clone(args[2])),
      }),
      judge: { kind: 'custom', fn: closeWithFloor },
      hint: 'Each backward returns dout ⊙ f′(x): σ′ = σ(1 − σ), tanh′ = 1 − tanh², and Leaky ReLU keeps slope α (not 0) for x < 0.',
    },
    {
      name: 'forward values on 160 random inputs spread over [−20, 20] (one in every stretch of width 0.25)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [[spread(rng, 160, -20, 20)]],
      probe: (S, args, H) => ({
        sigmoid: S.sigmoid(H.clone(args[0])),
        tanh: S.tanh(H.clone(args[0])),
        relu: S.relu(H.clone(args[0])),
        leakyRelu: S.leakyRelu(H.clone(args[0])),
      }),
      // values near saturation carry ~1e-16 absolute rounding that depends on the formula chosen
      judge: { kind: 'custom', fn: closeWithFloor },
    },
    {
      name: 'σ stays in [0, 1] and tanh in [−1, 1] on random inputs in [−20, 20]',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[spread(rng, 160, -20, 20)]],
      probe: (S, args, H) => ({ sigmoid: S.sigmoid(H.clone(args[0])), tanh: S.tanh(H.clone(args[0])) }),
      judge: { kind: 'custom', fn: inRange },
      needsReference: false, // inRange reads only got
    },
    {
      name: 'identities 1 − σ(a) = σ(−a) and tanh(x) + 1 = 2σ(2x)',
      visibility: 'hidden',
      points: 1,
      // 80 stretches of 0.25: an identity broken over 0.5 or more is seen on every seed (200 uniform draws
      // missed it with probability (1 − 0.5/20)^200 ≈ 6e-3); a wrong formula breaks it far more widely
      cases: (rng) => [[spread(rng, 80, -10, 10)]],
      probe: (S, args, H) => {
        const a: number[] = args[0];
        return [
          { name: '1 − σ(a) = σ(−a)', lhs: S.sigmoid(H.clone(a)).map((v: number) => 1 - v), rhs: S.sigmoid(a.map((v) => -v)) },
          { name: 'tanh(x) + 1 = 2σ(2x)', lhs: S.tanh(H.clone(a)).map((v: number) => v + 1), rhs: S.sigmoid(a.map((v) => 2 * v)).map((v: number) => 2 * v) },
        ];
      },
      judge: { kind: 'custom', fn: identityHolds },
      needsReference: false, // identityHolds compares the student's two sides, never expected
    },
    {
      name: 'each backward matches the numerical derivative of your own forward',
      visibility: 'hidden',
      points: 3,
      cases: (rng) => [[awayFromZero(rng, 12, -4, 4), rng.randnVec(12)], [awayFromZero(rng, 5, -8, 8), rng.randnVec(5, 3)]],
      probe: (S, args, H) => {
        const names = ['sigmoid', 'tanh', 'relu', 'leakyRelu'];
        const out: Record<string, unknown> = {};
        for (const name of names) {
          const x = H.clone(args[0]);
          const analytic = S[name + 'Backward'](H.clone(args[1]), H.clone(args[0]));
          const numeric = H.numGradArray(() => S[name](x), x, args[1]);
          out[name] = { analytic, numeric };
        }
        return out;
      },
      judge: { kind: 'custom', fn: analyticMatchesNumeric },
      needsReference: false, // analyticMatchesNumeric reads only got (your backward vs your forward)
      hint: 'The backward of f returns dout[i]·f′(x[i]) for every i, with f′ evaluated at the forward input x.',
    },
    {
      name: 'each backward matches the reference on random inputs with mixed-sign dout',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [[rng.randnVec(10), awayFromZero(rng, 10, -6, 6)], [rng.randnVec(20, 5), awayFromZero(rng, 20, -20, 20)]],
      probe: (S, args, H) => ({
        sigmoid: S.sigmoidBackward(H.clone(args[0]), H.clone(args[1])),
        tanh: S.tanhBackward(H.clone(args[0]), H.clone(args[1])),
        relu: S.reluBackward(H.clone(args[0]), H.clone(args[1])),
        leakyRelu: S.leakyReluBackward(H.clone(args[0]), H.clone(args[1])),
      }),
      judge: { kind: 'custom', fn: closeWithFloor },
      hint: 'ReLU lets dout through where the forward INPUT x was positive, whatever the sign of dout.',
      reveal: true,
    },
    {
      name: 'derivatives at ±800 are 0, not NaN',
      visibility: 'hidden',
      points: 1,
      cases: [[[1, 1, -2, 3], [800, -800, 800, -800]]],
      probe: (S, args, H) => ({
        sigmoid: S.sigmoidBackward(H.clone(args[0]), H.clone(args[1])),
        tanh: S.tanhBackward(H.clone(args[0]), H.clone(args[1])),
      }),
      judge: { kind: 'custom', fn: closeWithFloor },
      reveal: true,
    },
    {
      name: 'Leaky ReLU with a custom α = 0.2 (forward and backward)',
      visibility: 'hidden',
      points: 1,
      cases: [[[-2, 3, -0.5, 0.25], [1, 1, -4, 2]]],
      probe: (S, args, H) => ({
        forward: S.leakyRelu(H.clone(args[0]), 0.2),
        backward: S.leakyReluBackward(H.clone(args[1]), H.clone(args[0]), 0.2),
      }),
      judge: { kind: 'close', tol: 'forward' },
      reveal: true,
    },
    {
      name: 'the inputs are not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[[1, -2, 3], [-1.5, 0.5, 2]]],
      probe: (S, args, H) => {
        const x = H.clone(args[0]);
        const dout = H.clone(args[1]);
        for (const f of ['sigmoid', 'tanh', 'relu', 'leakyRelu']) {
          S[f](x);
          S[f + 'Backward'](dout, x);
        }
        return [x, dout];
      },
      judge: { kind: 'exact' },
    },
  ],
});
