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

/** 6-sigma bound on a binomial fraction: a correct sampler fails with probability < 1e-8 */
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

/** randomSearch over {lr: log, keep: linear}: summary statistics of its trials, computed in the probe */
const random = (S: any, a: any, H: any) => {
  let calls = 0;
  const f = (p: any) => {
    calls++;
    return (Math.log10(p.lr) + 3) ** 2 + 0.1 * p.keep;
  };
  const r = S.randomSearch(H.clone(a.space), a.n, f, H.rng);
  const { lr, keep } = a.space;
  let outside = 0, lowLr = 0, lowKeep = 0, wrongScore = 0, minScore = Infinity;
  const lrs: number[] = [];
  for (const t of r.trials) {
    const p = t.params;
    if (!(p.lr >= lr.lo && p.lr <= lr.hi && p.keep >= keep.lo && p.keep <= keep.hi)) outside++;
    if (p.lr < Math.sqrt(lr.lo * lr.hi)) lowLr++;
    if (p.keep < (keep.lo + keep.hi) / 2) lowKeep++;
    const s = (Math.log10(p.lr) + 3) ** 2 + 0.1 * p.keep;
    if (!(Math.abs(s - t.score) <= 1e-12 * (1 + Math.abs(s)))) wrongScore++;
    if (s < minScore) minScore = s;
    if (lrs.indexOf(p.lr) < 0) lrs.push(p.lr);
  }
  const n = r.trials.length;
  return { n, calls, outside, wrongScore, lowLr: lowLr / n, lowKeep: lowKeep / n, distinctLr: lrs.length, bestScore: r.best.score, minScore, bestMatches: Math.abs((Math.log10(r.best.params.lr) + 3) ** 2 + 0.1 * r.best.params.keep - r.best.score) <= 1e-12 };
};

function randomSearchOk({ got, args }: JudgeInput): JudgeOutcome {
  const a = args as { n: number };
  const g = got as any;
  if (g.n !== a.n) return { passed: false, message: `randomSearch returned ${g.n} trials for nTrials = ${a.n}` };
  if (g.calls !== a.n) return { passed: false, message: `evalFn was called ${g.calls} times for ${a.n} trials: call it once per trial` };
  if (g.outside > 0) return { passed: false, message: `${g.outside} trials have a hyperparameter outside its range` };
  if (g.wrongScore > 0) return { passed: false, message: `${g.wrongScore} trials carry a score that is not evalFn(params)` };
  if (!(g.bestScore === g.minScore && g.bestMatches)) return { passed: false, message: `best has score ${g.bestScore}, but the lowest score among the trials is ${g.minScore} (the score is a loss: lower is better)` };
  if (g.distinctLr !== a.n) return { passed: false, message: `only ${g.distinctLr} distinct learning rates in ${a.n} trials: each trial should draw its own value` };
  const tol = (6 * 0.5) / Math.sqrt(a.n);
  if (!(Math.abs(g.lowLr - 0.5) <= tol)) return { passed: false, message: `${(100 * g.lowLr).toFixed(1)}% of the learning rates are below the geometric midpoint of their range; log-uniform sampling puts 50% there`, gotShown: g.lowLr.toFixed(3), expectedShown: `0.5 ± ${tol.toFixed(3)}` };
  if (!(Math.abs(g.lowKeep - 0.5) <= tol)) return { passed: false, message: `${(100 * g.lowKeep).toFixed(1)}% of the keep probabilities are below the middle of their (linear) range, expected 50%`, gotShown: g.lowKeep.toFixed(3), expectedShown: `0.5 ± ${tol.toFixed(3)}` };
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
      name: 'sampleLogUniform(1e-6, 10): 3/7 ≈ 42.9% of 100,000 draws are below 1e-3, all within the range',
      visibility: 'public',
      points: 2,
      cases: [{ n: 100_000, lo: 1e-6, hi: 10, cut: 1e-3, p: 3 / 7 }],
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
        { n: 20_000, lo: 0.5, hi: 2, cut: 1, p: 0.5 },
        { n: 20_000, lo: 1e-3, hi: 1e-1, cut: 1e-2, p: 0.5 },
        { n: 20_000, lo: 1e-8, hi: 1e-2, cut: 1e-6, p: 1 / 3 },
      ],
      probe: sampling,
      judge: { kind: 'custom', fn: fractionMatches },
      reveal: true,
    },
    {
      name: 'randomSearch: 400 trials in range, lr log-uniform, keep linear-uniform, one evalFn call each, best = lowest loss',
      visibility: 'hidden',
      points: 3,
      cases: [{ n: 400, space: { lr: { lo: 1e-6, hi: 1, scale: 'log' }, keep: { lo: 0.3, hi: 1, scale: 'linear' } } }],
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
