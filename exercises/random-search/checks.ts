import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

/** n draws of sampleLogUniform(lo, hi, H.rng): whether all are within [lo, hi] and the fraction below `cut` */
const sampling = (S: any, a: any, H: any) => {
  let inside = 0, below = 0;
  for (let i = 0; i < a.n; i++) {
    const v = +S.sampleLogUniform(a.lo, a.hi, H.rng);
    if (v >= a.lo && v <= a.hi) inside++;
    if (v < a.cut) below++;
  }
  return { n: a.n, outside: a.n - inside, fractionBelow: below / a.n };
};

/**
 * 6-sigma bound on a binomial fraction: for a correct sampler the count below `cut` is exactly
 * Binomial(n, p). The exact probability of |fraction − p| > 6·√(p(1−p)/n) (summing the pmf) is, for
 * n = 300 (public check): 1.3e-9 at p = 3/7; for n = 200 (hidden ranges): 1.0e-9 at p = 1/2 and
 * 3.6e-9 at p = 1/3. False rejection < 1e-8 per case.
 * The tolerance is 0.17 (n = 300) or 0.21 (n = 200); the misconceptions are far outside it: a linear
 * sampler puts 0.01% of [1e-6, 10] below 1e-3 (expected 42.9%) and 9% of [1e-3, 1e-1] below 1e-2
 * (expected 50%); mixed bases (e^u with u in [−6, 1]) put none of [1e-6, 10] below 1e-3.
 * n is small on purpose: every draw runs the student's code in a fresh sandbox context (interpreted,
 * about 1 µs a draw): the former 160,000 draws were almost all of a 70–170 ms grading.
 */
function fractionMatches({ got, args }: JudgeInput): JudgeOutcome {
  const a = args as { n: number; lo: number; hi: number; cut: number; p: number };
  const g = got as { outside: number; fractionBelow: number };
  if (g.outside > 0) return { passed: false, message: `${g.outside} of ${a.n} draws fell outside [${a.lo}, ${a.hi}]: use the same base for the logarithm and the power` };
  const tol = (6 * Math.sqrt(a.p * (1 - a.p))) / Math.sqrt(a.n);
  if (!(Math.abs(g.fractionBelow - a.p) <= tol))
    return { passed: false, message: `${(100 * g.fractionBelow).toFixed(2)}% of the draws are below ${a.cut}; a log-uniform sampler on [${a.lo}, ${a.hi}] puts ${(100 * a.p).toFixed(2)}% there`, gotShown: g.fractionBelow.toFixed(4), expectedShown: `${a.p.toFixed(4)} ± ${tol.toFixed(4)}` };
  return { passed: true, gotShown: g.fractionBelow.toFixed(4), expectedShown: a.p.toFixed(4) };
}

/**
 * gridSearch with a quadratic objective in log10(lr) plus linear terms; trials sorted by their
 * parameter values (the order of the trials is free), plus how many times evalFn was called.
 */
const grid = (S: any, a: any, H: any) => {
  let calls = 0;
  const f = (p: any) => {
    calls++;
    let s = 0;
    for (const k of a.keys) s += a.space[k].scale === 'log' ? (Math.log10(p[k]) - a.target[k]) ** 2 : a.target[k] * p[k];
    return s;
  };
  const r = S.gridSearch(H.clone(a.space), a.perDim, f);
  const key = (t: any) => a.keys.map((k: string) => t.params[k]);
  const trials = r.trials.map((t: any) => ({ params: t.params, score: t.score }));
  trials.sort((x: any, y: any) => {
    const kx = key(x), ky = key(y);
    for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i]) return kx[i] - ky[i];
    return 0;
  });
  return { best: { params: r.best.params, score: r.best.score }, trials, calls };
};

/** randomSearch over {lr: log, reg: linear}: summary statistics of its trials, computed in the probe */
const random = (S: any, a: any, H: any) => {
  let calls = 0;
  const f = (p: any) => {
    calls++;
    return (Math.log10(p.lr) + 3) ** 2 + 0.1 * p.reg;
  };
  const r = S.randomSearch(H.clone(a.space), a.n, f, H.rng);
  const { lr, reg } = a.space;
  const lrMid = Math.sqrt(lr.lo * lr.hi), regMid = (reg.lo + reg.hi) / 2;
  let outsideLr = 0, outsideReg = 0, lowLr = 0, lowReg = 0, wrongScore = 0, minScore = Infinity;
  const lrs: number[] = [];
  for (const t of r.trials) {
    const p = t.params;
    if (!(p.lr >= lr.lo && p.lr <= lr.hi)) outsideLr++;
    if (!(p.reg >= reg.lo && p.reg <= reg.hi)) outsideReg++;
    if (p.lr < lrMid) lowLr++;
    if (p.reg < regMid) lowReg++;
    const s = (Math.log10(p.lr) + 3) ** 2 + 0.1 * p.reg;
    if (!(Math.abs(s - t.score) <= 1e-12 * (1 + Math.abs(s)))) wrongScore++;
    if (s < minScore) minScore = s;
    if (lrs.indexOf(p.lr) < 0) lrs.push(p.lr);
  }
  const n = r.trials.length;
  return { n, calls, outsideLr, outsideReg, wrongScore, lowLr: lowLr / n, lowReg: lowReg / n, distinctLr: lrs.length, bestScore: r.best.score, minScore, bestMatches: Math.abs((Math.log10(r.best.params.lr) + 3) ** 2 + 0.1 * r.best.params.reg - r.best.score) <= 1e-12 };
};

/**
 * 100 trials over lr ∈ [1e-6, 1] (log) and reg ∈ [0, 1] (linear, as in the worked example).
 * lowLr and lowReg are each Binomial(100, 1/2)/100 for a correct search: the 6-sigma bound
 * 6·0.5/√100 = 0.3 is exceeded with exact probability 2.7e-10 each (5.4e-10 for the pair).
 * What fails, whatever the seed: a linear sampler for lr puts 0.1% of the draws below the geometric
 * midpoint 1e-3 (it would need 20 of 100 there to pass); reg starts at 0, so sampling it on a log scale
 * (10^U(log10 0, 0), or 0·(hi/lo)^u) gives NaN on every trial (the former keep ∈ [0.3, 1] let that
 * pass on most seeds: log sampling puts only 64% of it below the middle); a search that picks among a
 * few fixed values has at most a handful of distinct rates.
 * Distinct learning rates: draws built from 32-bit uniforms coincide with probability
 * ≈ C(100, 2)/2^32 = 1.2e-6, so up to two repeats are allowed (three or more: ≈ 3e-19).
 */
function randomSearchOk({ got, args }: JudgeInput): JudgeOutcome {
  const a = args as { n: number; space: Record<string, { lo: number; hi: number }> };
  const g = got as any;
  const { lr, reg } = a.space;
  if (g.n !== a.n) return { passed: false, message: `randomSearch returned ${g.n} trials for nTrials = ${a.n}` };
  if (g.calls !== a.n) return { passed: false, message: `evalFn was called ${g.calls} times for ${a.n} trials: call it once per trial` };
  if (g.outsideLr > 0) return { passed: false, message: `${g.outsideLr} of the ${a.n} learning rates fall outside [${lr.lo}, ${lr.hi}]` };
  if (g.outsideReg > 0)
    return { passed: false, message: `${g.outsideReg} of the ${a.n} values of reg fall outside [${reg.lo}, ${reg.hi}] (or are NaN): reg is a linear hyperparameter, drawn uniformly between lo and hi; on a log scale a range starting at 0 gives NaN` };
  if (g.wrongScore > 0) return { passed: false, message: `${g.wrongScore} trials carry a score that is not evalFn(params)` };
  if (!(g.bestScore === g.minScore && g.bestMatches)) return { passed: false, message: `best has score ${g.bestScore}, but the lowest score among the trials is ${g.minScore} (the score is a loss: lower is better)` };
  if (g.distinctLr < a.n - 2) return { passed: false, message: `only ${g.distinctLr} distinct learning rates in ${a.n} trials: each trial should draw its own value` };
  const tol = (6 * 0.5) / Math.sqrt(a.n);
  if (!(Math.abs(g.lowLr - 0.5) <= tol)) return { passed: false, message: `${(100 * g.lowLr).toFixed(1)}% of the learning rates are below the geometric midpoint of their range; log-uniform sampling puts 50% there`, gotShown: g.lowLr.toFixed(3), expectedShown: `0.5 ± ${tol.toFixed(3)}` };
  if (!(Math.abs(g.lowReg - 0.5) <= tol)) return { passed: false, message: `${(100 * g.lowReg).toFixed(1)}% of the values of reg are below the middle of their (linear) range, expected 50%`, gotShown: g.lowReg.toFixed(3), expectedShown: `0.5 ± ${tol.toFixed(3)}` };
  return { passed: true };
}

function randomBeatsGrid({ got }: JudgeInput): JudgeOutcome {
  const g = got as { random: number; grid: number };
  if (g.grid !== 3) return { passed: false, message: `a 3×3 grid should try exactly 3 distinct learning rates, yours tried ${g.grid}` };
  if (g.random !== 9) return { passed: false, message: `9 random trials should try 9 distinct learning rates, yours tried ${g.random}` };
  return { passed: true, gotShown: `random: ${g.random}, grid: ${g.grid}`, expectedShown: 'random: 9, grid: 3' };
}

const SPACE = { lr: { lo: 1e-4, hi: 1e-2, scale: 'log' }, reg: { lo: 0, hi: 1, scale: 'linear' } };

export default defineChecks({
  checks: [
    {
      name: 'sampleLogUniform(1e-6, 10): 3/7 ≈ 42.9% of 300 draws are below 1e-3, all within the range',
      visibility: 'public',
      points: 2,
      cases: [{ n: 300, lo: 1e-6, hi: 10, cut: 1e-3, p: 3 / 7 }],
      probe: sampling,
      judge: { kind: 'custom', fn: fractionMatches },
      hint: 'Draw the exponent uniformly: 10 ** rng.uniform(Math.log10(lo), Math.log10(hi)).',
    },
    {
      name: 'worked example: the 3×3 grid tries lr ∈ {1e-4, 1e-3, 1e-2} × reg ∈ {0, 0.5, 1}; best lr = 1e-3, reg = 0',
      visibility: 'public',
      points: 2,
      cases: [{ space: SPACE, keys: ['lr', 'reg'], perDim: 3, target: { lr: -3, reg: 0.1 } }],
      probe: grid,
      hint: 'On a log scale, space the exponents evenly: the middle of [1e-4, 1e-2] is 1e-3, not 0.00505.',
    },
    {
      name: '9 random trials try 9 distinct learning rates; a 3×3 grid only 3',
      visibility: 'public',
      points: 1,
      cases: [{ space: { lr: { lo: 1e-5, hi: 1, scale: 'log' }, keep: { lo: 0.3, hi: 1, scale: 'linear' } } }],
      probe: (S, a, H) => {
        const f = (p: any) => (Math.log10(p.lr) + 2.5) ** 2;
        const distinct = (r: any) => {
          const seen: number[] = [];
          for (const t of r.trials) if (seen.indexOf(t.params.lr) < 0) seen.push(t.params.lr);
          return seen.length;
        };
        return { random: distinct(S.randomSearch(H.clone(a.space), 9, f, H.rng)), grid: distinct(S.gridSearch(H.clone(a.space), 3, f)) };
      },
      judge: { kind: 'custom', fn: randomBeatsGrid },
    },
    {
      name: 'sampleLogUniform on other ranges: half the draws below the geometric midpoint',
      visibility: 'hidden',
      points: 1,
      cases: [
        { n: 200, lo: 0.5, hi: 2, cut: 1, p: 0.5 },
        { n: 200, lo: 1e-3, hi: 1e-1, cut: 1e-2, p: 0.5 },
        { n: 200, lo: 1e-8, hi: 1e-2, cut: 1e-6, p: 1 / 3 },
      ],
      probe: sampling,
      judge: { kind: 'custom', fn: fractionMatches },
      // the judge reads only got; the samplers' misconceptions are recognised through the public sampling check
      needsReference: false,
      reveal: true,
    },
    {
      name: 'randomSearch: 100 trials in range, lr log-uniform, reg linear-uniform, one evalFn call each, best = lowest loss',
      visibility: 'hidden',
      points: 3,
      cases: [{ n: 100, space: { lr: { lo: 1e-6, hi: 1, scale: 'log' }, reg: { lo: 0, hi: 1, scale: 'linear' } } }],
      probe: random,
      judge: { kind: 'custom', fn: randomSearchOk },
    },
    {
      name: 'gridSearch on three hyperparameters (2 values each: 8 trials)',
      visibility: 'hidden',
      points: 1,
      cases: [
        {
          space: { lr: { lo: 1e-3, hi: 1e-1, scale: 'log' }, reg: { lo: 1e-5, hi: 1e-1, scale: 'log' }, keep: { lo: 0.5, hi: 1, scale: 'linear' } },
          keys: ['lr', 'reg', 'keep'],
          perDim: 2,
          target: { lr: -1.2, reg: -4, keep: 0.3 },
        },
      ],
      probe: grid,
      reveal: true,
    },
    {
      name: 'gridSearch with 5 values per dimension, best on the border of the range',
      visibility: 'hidden',
      points: 1,
      cases: [{ space: { lr: { lo: 1e-6, hi: 1e-2, scale: 'log' }, reg: { lo: 0, hi: 2, scale: 'linear' } }, keys: ['lr', 'reg'], perDim: 5, target: { lr: -1, reg: -0.5 } }],
      probe: grid,
      reveal: true,
    },
  ],
});
