/**
 * Host-side validation of the §7–11 exercises (the same rule as `nnlab validate`, without the sandbox):
 * on several seeds the reference passes every check, every mutant fails at least one, and so does the
 * starter. Also: correct but unusual solutions (in-place updates, other samplers…) must pass, because an
 * over-strict check is as wrong as a lax one.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CodeExerciseChecks, Exports, QuizDefinition } from '../../grader/contract';
import { buildCases } from '../../grader/seeds';
import { runProbeOnHost } from '../../grader/host-run';
import { judgeCase } from '../../grader/judge';
import { createRng } from '../../lib/nn/rng';

const CODE = ['sgd-momentum', 'adagrad-rmsprop', 'adam', 'init-schemes', 'init-activation-stats', 'batchnorm-forward', 'batchnorm-backward', 'l2-regularization', 'dropout', 'early-stopping', 'random-search'];
const QUIZZES = ['optimizer-behaviour', 'init-std', 'bn-placement', 'regularization-concepts', 'lr-diagnosis'];
const SEEDS = [1, 2, 3, 77, 20260101];
const root = path.resolve(__dirname, '../../exercises');
const present = (id: string) => fs.existsSync(path.join(root, id, 'exercise.json'));

/** names of the failing checks of `exports` for one seed ([] = all pass) */
async function failures(checks: CodeExerciseChecks, reference: Exports, exports: Exports, seed: number): Promise<string[]> {
  const failed: string[] = [];
  for (const [index, check] of checks.checks.entries()) {
    const { cases, caseSeeds } = buildCases(check, index, check.visibility === 'public' ? 20260101 : seed);
    for (let k = 0; k < cases.length; k++) {
      const exp = await runProbeOnHost(check.probe, reference, cases[k], caseSeeds[k]);
      if (!exp.ok) throw new Error(`reference threw in "${check.name}": ${exp.m}`);
      const got = await runProbeOnHost(check.probe, exports, cases[k], caseSeeds[k]);
      const ok = got.ok && judgeCase(check, got.v, exp.v, cases[k]).passed;
      if (!ok) {
        failed.push(`${check.name} [case ${k}]${got.ok ? ': ' + judgeCase(check, got.v, exp.v, cases[k]).message : ': threw ' + got.m}`);
        break;
      }
    }
  }
  return failed;
}

for (const id of CODE) {
  describe.skipIf(!present(id))(`exercise ${id}`, () => {
    const dir = path.join(root, id);
    it('the reference passes every check on several seeds; the starter and every mutant fail', async () => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, 'exercise.json'), 'utf8'));
      const checks = (await import(path.join(dir, 'checks.ts'))).default as CodeExerciseChecks;
      const reference = (await import(path.join(dir, 'reference.ts'))) as Exports;
      for (const seed of SEEDS) expect(await failures(checks, reference, reference, seed), `reference, seed ${seed}`).toEqual([]);
      expect((await failures(checks, reference, (await import(path.join(dir, 'starter.ts'))) as Exports, 1)).length).toBeGreaterThan(0);
      expect(meta.mutants.length).toBeGreaterThanOrEqual(3);
      for (const m of meta.mutants) {
        const mutant = (await import(path.join(dir, 'mutants', m.file + '.ts'))) as Exports;
        for (const seed of SEEDS.slice(0, 3)) expect((await failures(checks, reference, mutant, seed)).length, `mutant ${m.file}, seed ${seed}`).toBeGreaterThan(0);
      }
      for (const [name, alt] of Object.entries(ALTERNATIVES[id] ?? {}))
        for (const seed of SEEDS) expect(await failures(checks, reference, alt, seed), `correct alternative "${name}", seed ${seed}`).toEqual([]);
    }, 120_000);
  });
}

for (const id of QUIZZES) {
  describe.skipIf(!present(id))(`quiz ${id}`, () => {
    it('generates well-formed, per-seed variants whose answers are among the choices', async () => {
      const quiz = (await import(path.join(root, id, 'quiz.ts'))).default as QuizDefinition;
      const prompts = new Set<string>();
      for (let seed = 1; seed <= 30; seed++) {
        const { questions } = quiz.generate(createRng(seed));
        expect(questions.length).toBeGreaterThan(0);
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
        for (const q of questions) {
          expect(q.explanation.length).toBeGreaterThan(10);
          if (q.kind === 'numeric') expect(Number.isFinite(q.answer)).toBe(true);
          else {
            expect(q.choices.map((c) => c.id)).toContain(q.answer);
            expect(new Set(q.choices.map((c) => c.label)).size).toBe(q.choices.length);
          }
        }
        prompts.add(JSON.stringify(questions.map((q) => q.prompt)));
        expect(JSON.stringify(quiz.generate(createRng(seed)))).toBe(JSON.stringify(quiz.generate(createRng(seed))));
      }
      expect(prompts.size).toBeGreaterThan(5); // parameters really vary per student
    });
  });
}

/** correct solutions written differently from the reference; each must pass every check */
const ALTERNATIVES: Record<string, Record<string, Exports>> = {
  'sgd-momentum': {
    'updates w and state.v in place with for loops': {
      sgdStep(w: number[], g: number[], lr: number) {
        for (let i = 0; i < w.length; i++) w[i] -= lr * g[i];
        return w;
      },
      momentumStep(w: number[], g: number[], state: { v: number[] }, lr: number, mu = 0.9) {
        for (let i = 0; i < w.length; i++) {
          state.v[i] = mu * state.v[i] + g[i];
          w[i] -= lr * state.v[i];
        }
        return w;
      },
    },
  },
  'adagrad-rmsprop': {
    'in place, with ** and a cached root': {
      adagradStep(w: number[], g: number[], st: { r: number[] }, lr: number, eps = 1e-7) {
        for (let i = 0; i < w.length; i++) {
          st.r[i] += g[i] ** 2;
          const root = st.r[i] ** 0.5;
          w[i] -= (lr / (root + eps)) * g[i];
        }
        return w;
      },
      rmspropStep(w: number[], g: number[], st: { r: number[] }, lr: number, rho = 0.999, eps = 1e-7) {
        for (let i = 0; i < w.length; i++) {
          st.r[i] = st.r[i] * rho + g[i] ** 2 * (1 - rho);
          w[i] -= (lr / (st.r[i] ** 0.5 + eps)) * g[i];
        }
        return w;
      },
    },
  },
  adam: {
    'in place, correction factors computed once': {
      adamStep(w: number[], g: number[], s: { m: number[]; v: number[]; t: number }, lr = 1e-3, b1 = 0.9, b2 = 0.999, eps = 1e-8) {
        s.t++;
        const c1 = 1 / (1 - Math.pow(b1, s.t));
        const c2 = 1 / (1 - Math.pow(b2, s.t));
        for (let i = 0; i < w.length; i++) {
          s.m[i] = b1 * s.m[i] + (1 - b1) * g[i];
          s.v[i] = b2 * s.v[i] + (1 - b2) * g[i] * g[i];
          w[i] = w[i] - (lr * (s.m[i] * c1)) / (Math.sqrt(s.v[i] * c2) + eps);
        }
        return w;
      },
    },
  },
  'init-schemes': {
    'own Box–Muller (one normal per pair) from rng.next(), variances via a table': {
      initWeights(fanIn: number, fanOut: number, scheme: string, rng: { next(): number }) {
        const variance: Record<string, number> = { zeros: 0, small: 1e-4, large: 1, xavier: 1 / fanIn, he: 2 / fanIn, glorot: 2 / (fanIn + fanOut) };
        const sd = Math.sqrt(variance[scheme]);
        const W: number[][] = [];
        for (let i = 0; i < fanIn; i++) {
          W.push([]);
          for (let j = 0; j < fanOut; j++) {
            const u = rng.next() || 1e-12, v = rng.next();
            W[i].push(sd * Math.sqrt(-2 * Math.log(u)) * Math.sin(2 * Math.PI * v));
          }
        }
        return W;
      },
    },
    'uniform with the same variance (±√3·std)': {
      initWeights(fanIn: number, fanOut: number, scheme: string, rng: { uniform(lo: number, hi: number): number }) {
        const sd = { zeros: 0, small: 0.01, large: 1, xavier: Math.sqrt(1 / fanIn), he: Math.sqrt(2 / fanIn), glorot: Math.sqrt(2 / (fanIn + fanOut)) }[scheme]!;
        return Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => (sd === 0 ? 0 : rng.uniform(-Math.sqrt(3) * sd, Math.sqrt(3) * sd))));
      },
    },
    'Marsaglia polar method from rng.uniform (both values of a pair used), column by column': {
      initWeights(fanIn: number, fanOut: number, scheme: string, rng: { uniform(lo: number, hi: number): number }) {
        const variance = scheme === 'zeros' ? 0 : scheme === 'small' ? 1e-4 : scheme === 'large' ? 1 : scheme === 'xavier' ? 1 / fanIn : scheme === 'he' ? 2 / fanIn : 2 / (fanIn + fanOut);
        const sd = Math.sqrt(variance);
        let spare: number | null = null;
        const gauss = () => {
          if (spare !== null) {
            const g = spare;
            spare = null;
            return g;
          }
          let u, v, s;
          do (u = rng.uniform(-1, 1)), (v = rng.uniform(-1, 1)), (s = u * u + v * v);
          while (s >= 1 || s === 0);
          const f = Math.sqrt((-2 * Math.log(s)) / s);
          spare = v * f;
          return u * f;
        };
        const W: number[][] = Array.from({ length: fanIn }, () => new Array<number>(fanOut));
        for (let j = 0; j < fanOut; j++) for (let i = 0; i < fanIn; i++) W[i][j] = sd * gauss();
        return W;
      },
    },
  },
  'init-activation-stats': {
    'every weight drawn first (column by column, polar method from rng.next()), then the input; two-pass std': {
      activationStats(scheme: string, act: string, depth: number, width: number, n: number, rng: { next(): number }) {
        const gauss = () => {
          let u, v, s;
          do (u = 2 * rng.next() - 1), (v = 2 * rng.next() - 1), (s = u * u + v * v);
          while (s >= 1 || s === 0);
          return u * Math.sqrt((-2 * Math.log(s)) / s); // the second value of the pair is thrown away
        };
        const variance: Record<string, number> = { zeros: 0, small: 1e-4, large: 1, xavier: 1 / width, he: 2 / width, glorot: 1 / width };
        const sd = Math.sqrt(variance[scheme]);
        const Ws = Array.from({ length: depth }, () => {
          const W: number[][] = Array.from({ length: width }, () => new Array<number>(width).fill(0));
          for (let j = 0; j < width; j++) for (let i = 0; i < width; i++) W[i][j] = sd * gauss();
          return W;
        });
        let H = Array.from({ length: n }, () => Array.from({ length: width }, gauss));
        return Ws.map((W) => {
          H = H.map((row) => W[0].map((_, j) => {
            const z = row.reduce((acc, x, k) => acc + x * W[k][j], 0);
            return act === 'tanh' ? Math.tanh(z) : Math.max(0, z);
          }));
          const all = H.flat();
          const mean = all.reduce((a, b) => a + b, 0) / all.length;
          const std = Math.sqrt(all.reduce((a, b) => a + (b - mean) ** 2, 0) / all.length);
          return { mean, std, saturated: all.filter((a) => Math.abs(a) > 0.99).length / all.length };
        });
      },
    },
    "'he' drawn from rng.next() (polar method), every other scheme from rng.normal(): different numbers per scheme": {
      activationStats(scheme: string, act: string, depth: number, width: number, n: number, rng: { next(): number; normal(): number }) {
        const polar = () => {
          let u, v, s;
          do (u = 2 * rng.next() - 1), (v = 2 * rng.next() - 1), (s = u * u + v * v);
          while (s >= 1 || s === 0);
          return u * Math.sqrt((-2 * Math.log(s)) / s);
        };
        const draw = scheme === 'he' ? polar : () => rng.normal();
        const sd = { zeros: 0, small: 0.01, large: 1, xavier: Math.sqrt(1 / width), he: Math.sqrt(2 / width), glorot: Math.sqrt(1 / width) }[scheme]!;
        let H = Array.from({ length: n }, () => Array.from({ length: width }, () => rng.normal()));
        const out = [];
        for (let l = 0; l < depth; l++) {
          const W = Array.from({ length: width }, () => Array.from({ length: width }, () => sd * draw()));
          H = H.map((row) => W[0].map((_, j) => {
            let z = 0;
            for (let k = 0; k < width; k++) z += row[k] * W[k][j];
            return act === 'tanh' ? Math.tanh(z) : Math.max(0, z);
          }));
          const all = H.flat();
          const mean = all.reduce((a, b) => a + b, 0) / all.length;
          const std = Math.sqrt(all.reduce((a, b) => a + b * b, 0) / all.length - mean * mean);
          out.push({ mean, std, saturated: all.filter((a) => Math.abs(a) > 0.99).length / all.length });
        }
        return out;
      },
    },
  },
  'batchnorm-forward': {
    'one-pass variance E[x²] − μ², running averages updated in place': {
      batchnormForward(X: number[][], gamma: number[], beta: number[], st: { runningMean: number[]; runningVar: number[]; eps?: number; runningDecay?: number }, mode: string) {
        const N = X.length, D = gamma.length, eps = st.eps ?? 1e-5, rho = st.runningDecay ?? 0.9;
        const out = X.map((r) => r.slice());
        for (let j = 0; j < D; j++) {
          let s = 0, s2 = 0;
          for (let i = 0; i < N; i++) (s += X[i][j]), (s2 += X[i][j] * X[i][j]);
          let mu = s / N, v = s2 / N - mu * mu;
          if (mode === 'train') {
            st.runningMean[j] = rho * st.runningMean[j] + (1 - rho) * mu;
            st.runningVar[j] = rho * st.runningVar[j] + (1 - rho) * v;
          } else (mu = st.runningMean[j]), (v = st.runningVar[j]);
          for (let i = 0; i < N; i++) out[i][j] = (gamma[j] * (X[i][j] - mu)) / Math.sqrt(v + eps) + beta[j];
        }
        return { out, cache: { X } };
      },
    },
  },
  'batchnorm-backward': {
    'staged backprop through μ and σ², cache of raw inputs': {
      batchnormForward(X: number[][], gamma: number[], beta: number[], eps = 1e-5) {
        const N = X.length;
        const mu = gamma.map((_, j) => X.reduce((s, r) => s + r[j], 0) / N);
        const v = gamma.map((_, j) => X.reduce((s, r) => s + (r[j] - mu[j]) ** 2, 0) / N);
        const out = X.map((r) => r.map((x, j) => (gamma[j] * (x - mu[j])) / Math.sqrt(v[j] + eps) + beta[j]));
        return { out, cache: [X.map((r) => r.slice()), gamma.slice(), eps] };
      },
      batchnormBackward(dout: number[][], cache: any) {
        const [X, gamma, eps] = cache as [number[][], number[], number];
        const N = X.length;
        const dx = X.map((r) => r.map(() => 0));
        const dgamma: number[] = [], dbeta: number[] = [];
        for (let j = 0; j < gamma.length; j++) {
          let mu = 0;
          for (let i = 0; i < N; i++) mu += X[i][j] / N;
          let v = 0;
          for (let i = 0; i < N; i++) v += (X[i][j] - mu) ** 2 / N;
          const inv = 1 / Math.sqrt(v + eps);
          let dv = 0, dmu = 0;
          dgamma[j] = 0;
          dbeta[j] = 0;
          for (let i = 0; i < N; i++) {
            const dxh = dout[i][j] * gamma[j];
            dgamma[j] += dout[i][j] * (X[i][j] - mu) * inv;
            dbeta[j] += dout[i][j];
            dv += dxh * (X[i][j] - mu) * -0.5 * inv ** 3;
            dmu -= dxh * inv;
          }
          for (let i = 0; i < N; i++) dx[i][j] = dout[i][j] * gamma[j] * inv + (dv * 2 * (X[i][j] - mu)) / N + dmu / N;
        }
        return { dx, dgamma, dbeta };
      },
    },
  },
  dropout: {
    'scaled mask stored, for loops, keeps when Math.random() >= 1 − keepProb': {
      dropoutForward(x: number[], keepProb: number, mode: string, mask?: number[]) {
        const out: number[] = [];
        const scaled: number[] = [];
        for (let i = 0; i < x.length; i++) {
          const keep = mode === 'test' ? 1 : mask ? mask[i] : Math.random() >= 1 - keepProb ? 1 : 0;
          scaled.push(mode === 'test' ? 1 : keep / keepProb);
          out.push(x[i] * scaled[i]);
        }
        return { out, cache: scaled };
      },
      dropoutBackward(dout: number[], scaled: number[]) {
        return dout.map((d, i) => d * scaled[i]);
      },
    },
    'boolean mask from Math.floor(Math.random() + keepProb), multiplies by 1/keepProb, cache is a closure': {
      dropoutForward(x: number[], keepProb: number, mode: string, mask?: number[]) {
        if (mode === 'test') return { out: [...x], cache: (d: number[]) => [...d] };
        const inv = 1 / keepProb;
        const keep = x.map((_, i) => (mask ? mask[i] === 1 : Math.floor(Math.random() + keepProb) === 1));
        return { out: x.map((v, i) => (keep[i] ? v * inv : 0)), cache: (d: number[]) => d.map((g, i) => (keep[i] ? g * inv : 0)) };
      },
      dropoutBackward(dout: number[], cache: (d: number[]) => number[]) {
        return cache(dout);
      },
    },
  },
  'early-stopping': {
    'a patience counter (Keras style), reset on every strict improvement': {
      earlyStop(val: number[], patience: number) {
        let best = Infinity, bestEpoch = 0, wait = 0;
        for (let e = 0; e < val.length; e++) {
          if (val[e] < best) (best = val[e]), (bestEpoch = e), (wait = 0);
          else if (++wait === patience) return { bestEpoch, stopEpoch: e };
        }
        return { bestEpoch, stopEpoch: val.length - 1 };
      },
    },
  },
  'random-search': {
    'natural logs, recursive grid in another order, best by a loop': {
      sampleLogUniform(lo: number, hi: number, rng: { next(): number }) {
        return Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * rng.next());
      },
      gridSearch(space: Record<string, { lo: number; hi: number; scale: string }>, perDim: number, evalFn: (p: Record<string, number>) => number) {
        const names = Object.keys(space).reverse();
        const trials: { params: Record<string, number>; score: number }[] = [];
        const rec = (i: number, p: Record<string, number>) => {
          if (i === names.length) return void trials.push({ params: { ...p }, score: evalFn({ ...p }) });
          const d = space[names[i]];
          for (let k = 0; k < perDim; k++)
            rec(i + 1, { ...p, [names[i]]: d.scale === 'log' ? d.lo * (d.hi / d.lo) ** (k / (perDim - 1)) : d.lo + ((d.hi - d.lo) * k) / (perDim - 1) });
        };
        rec(0, {});
        let best = trials[0];
        for (const t of trials) if (t.score < best.score) best = t;
        return { best, trials };
      },
      randomSearch(space: Record<string, { lo: number; hi: number; scale: string }>, n: number, evalFn: (p: Record<string, number>) => number, rng: { next(): number }) {
        const trials = [];
        for (let t = 0; t < n; t++) {
          const params: Record<string, number> = {};
          for (const [k, d] of Object.entries(space)) params[k] = d.scale === 'log' ? d.lo * (d.hi / d.lo) ** rng.next() : d.lo + (d.hi - d.lo) * rng.next();
          trials.push({ params, score: evalFn(params) });
        }
        return { best: trials.reduce((b, t) => (t.score < b.score ? t : b)), trials };
      },
    },
    'Math.pow with log10 bounds, dimensions drawn in reverse key order, best by sorting a copy': {
      sampleLogUniform(lo: number, hi: number, rng: { next(): number }) {
        const a = Math.log10(lo), b = Math.log10(hi);
        return Math.pow(10, a + (b - a) * rng.next());
      },
      gridSearch(space: Record<string, { lo: number; hi: number; scale: string }>, perDim: number, evalFn: (p: Record<string, number>) => number) {
        const names = Object.keys(space);
        const trials: { params: Record<string, number>; score: number }[] = [];
        const total = perDim ** names.length;
        for (let c = 0; c < total; c++) {
          const params: Record<string, number> = {};
          let r = c;
          for (const k of names) {
            const d = space[k], i = r % perDim;
            r = Math.floor(r / perDim);
            params[k] = d.scale === 'log' ? Math.pow(10, Math.log10(d.lo) + ((Math.log10(d.hi) - Math.log10(d.lo)) * i) / (perDim - 1)) : d.lo + ((d.hi - d.lo) * i) / (perDim - 1);
          }
          trials.push({ params, score: evalFn(params) });
        }
        const best = trials.map((t, i) => ({ t, i })).sort((x, y) => x.t.score - y.t.score || x.i - y.i)[0].t;
        return { best, trials };
      },
      randomSearch(space: Record<string, { lo: number; hi: number; scale: string }>, n: number, evalFn: (p: Record<string, number>) => number, rng: { next(): number }) {
        const names = Object.keys(space).reverse();
        const trials: { params: Record<string, number>; score: number }[] = [];
        for (let t = 0; t < n; t++) {
          const params: Record<string, number> = {};
          for (const k of names) {
            const d = space[k];
            params[k] = d.scale === 'log' ? this.sampleLogUniform(d.lo, d.hi, rng) : d.lo + (d.hi - d.lo) * rng.next();
          }
          trials.push({ params, score: evalFn(params) });
        }
        const best = trials.map((t, i) => ({ t, i })).sort((x, y) => x.t.score - y.t.score || x.i - y.i)[0].t;
        return { best, trials };
      },
    },
  },
};
