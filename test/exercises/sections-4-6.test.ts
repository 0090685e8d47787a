/**
 * Host-side validation of the section 4–6 exercises, independent of the sandboxed grader: for each
 * exercise, every check's probe runs on the reference (as expected) and on the reference again, a
 * mutant or the starter (as got), and the check's judge decides. The reference must pass every check
 * on several seeds; every mutant and the starter must fail at least one. Quizzes must generate
 * well-formed, seed-deterministic variants whose answers are finite.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeCheck, CodeExerciseChecks, Json, QuizDefinition } from '../../grader/contract';
import { captureBuiltins } from '../../grader/kit/builtins';
import { createHarnessFactory } from '../../grader/kit/harness';
import { toleranceValue } from '../../grader/kit/tolerances';
import { createRng, mixSeed } from '../../lib/nn/rng';
import { relError } from '../../lib/nn/numgrad';

const CODE = ['svm-loss', 'gates', 'mini-autograd', 'sigmoid-neuron', 'affine-relu-layers', 'clip-grad', 'gradient-flow'];
const QUIZZES = ['ce-vs-svm', 'chain-rule', 'vanishing-gradients'];
const SEEDS = [1, 2, 3, 231, 4242];
const root = path.resolve(__dirname, '../../exercises');

/** JSON round trip with the grader's encoding of non-finite numbers */
const toJson = (v: unknown): Json =>
  JSON.parse(JSON.stringify(v === undefined ? null : v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)));

/** every number in a JSON value, objects by sorted key, so two outputs compare entry by entry */
function numbers(v: Json, out: (number | string)[] = []): (number | string)[] {
  if (Array.isArray(v)) v.forEach((x) => numbers(x, out));
  else if (v && typeof v === 'object') Object.keys(v).sort().forEach((k) => numbers((v as any)[k], out));
  else out.push(v as number | string);
  return out;
}

let realRandom = Math.random;
const harnessFor = createHarnessFactory(captureBuiltins(globalThis), createRng, (seed) => {
  const r = createRng(seed);
  Math.random = () => r.next();
});

/** run one check against module M on one seed: true if every case passes */
function runCheck(check: CodeCheck, ref: any, M: any, seed: number, index: number): { passed: boolean; why?: string } {
  const cases = typeof check.cases === 'function' ? check.cases(createRng(mixSeed(seed, index))) : check.cases;
  try {
    for (let c = 0; c < cases.length; c++) {
      const caseSeed = mixSeed(seed, index, c);
      const expected = toJson(check.probe(ref, JSON.parse(JSON.stringify(cases[c])), harnessFor(caseSeed)));
      let got: Json;
      try {
        got = toJson(check.probe(M, JSON.parse(JSON.stringify(cases[c])), harnessFor(caseSeed)));
      } catch (e) {
        return { passed: false, why: `threw ${(e as Error).message}` };
      }
      const args = toJson(cases[c]);
      const judge = check.judge ?? { kind: 'close' as const };
      let ok: boolean;
      let why = '';
      if (judge.kind === 'custom') {
        const r = judge.fn({ got, expected, args });
        ok = r.passed;
        why = r.message ?? '';
      } else if (judge.kind === 'exact') ok = JSON.stringify(got) === JSON.stringify(expected);
      else {
        const a = numbers(got);
        const b = numbers(expected);
        const err = a.length === b.length ? relError(a.map(Number), b.map(Number)) : Infinity;
        ok = err <= toleranceValue(judge.tol);
        why = `rel ${err}`;
      }
      if (!ok) return { passed: false, why: `case ${c}: ${why} got ${JSON.stringify(got).slice(0, 200)} expected ${JSON.stringify(expected).slice(0, 200)}` };
    }
    return { passed: true };
  } finally {
    Math.random = realRandom;
  }
}

for (const id of CODE) {
  describe(`exercise ${id}`, async () => {
    const dir = path.join(root, id);
    const meta = JSON.parse(readFileSync(path.join(dir, 'exercise.json'), 'utf8'));
    const checks: CodeExerciseChecks = (await import(path.join(dir, 'checks.ts'))).default;
    const ref = await import(path.join(dir, 'reference.ts'));
    const starter = await import(path.join(dir, 'starter.ts'));

    it('has at least three mutants, public and hidden checks, and exports every entry', () => {
      expect(meta.mutants.length).toBeGreaterThanOrEqual(3);
      expect(checks.checks.some((c) => c.visibility === 'public')).toBe(true);
      expect(checks.checks.some((c) => c.visibility === 'hidden')).toBe(true);
      for (const e of meta.entry) expect(ref[e], e).toBeDefined();
    });

    for (const seed of SEEDS) {
      it(`the reference passes every check (seed ${seed})`, () => {
        checks.checks.forEach((check, i) => {
          const r = runCheck(check, ref, ref, seed, i);
          expect(r.passed, `${check.name}: ${r.why}`).toBe(true);
        });
      });
    }

    it('the starter fails', () => {
      expect(checks.checks.every((check, i) => runCheck(check, ref, starter, 1, i).passed)).toBe(false);
    });

    for (const m of meta.mutants) {
      it(`mutant ${m.file} fails on every seed`, async () => {
        const M = await import(path.join(dir, 'mutants', `${m.file}.ts`));
        for (const seed of SEEDS) {
          const failed = checks.checks.map((check, i) => (runCheck(check, ref, M, seed, i).passed ? null : check.name)).filter(Boolean);
          expect(failed.length, `seed ${seed}`).toBeGreaterThan(0);
        }
      });
    }
  });
}

/**
 * gradient-flow: correct solutions written differently from the reference (other normal generators,
 * other drawing orders, local gradients from the outputs); each must pass every check on many seeds.
 */
describe('exercise gradient-flow: correct alternatives', async () => {
  type Mat = number[][];
  type Act = 'sigmoid' | 'tanh' | 'relu' | 'leaky';
  const dir = path.join(root, 'gradient-flow');
  const checks: CodeExerciseChecks = (await import(path.join(dir, 'checks.ts'))).default;
  const ref = await import(path.join(dir, 'reference.ts'));
  const f: Record<Act, (a: number) => number> = {
    sigmoid: (a) => 1 / (1 + Math.exp(-a)),
    tanh: Math.tanh,
    relu: (a) => Math.max(0, a),
    leaky: (a) => (a > 0 ? a : 0.01 * a),
  };
  /** plain loops; the local gradient from the OUTPUT h: σ′ = h(1 − h), tanh′ = 1 − h², ReLU family: h > 0 */
  const fromOutput = (act: Act, Ws: Mat[], X: Mat, G: Mat): number[] => {
    const hs = [X];
    for (const W of Ws) hs.push(hs[hs.length - 1].map((row) => W[0].map((_, j) => f[act](row.reduce((s, v, k) => s + v * W[k][j], 0)))));
    const local = (h: number) => (act === 'sigmoid' ? h * (1 - h) : act === 'tanh' ? 1 - h * h : h > 0 ? 1 : act === 'leaky' ? 0.01 : 0);
    const out: number[] = [];
    let dh = G;
    for (let l = Ws.length - 1; l >= 0; l--) {
      const da = dh.map((row, i) => row.map((d, j) => d * local(hs[l + 1][i][j])));
      let ss = 0;
      for (let k = 0; k < Ws[l].length; k++)
        for (let j = 0; j < Ws[l][0].length; j++) ss += hs[l].reduce((s, row, i) => s + row[k] * da[i][j], 0) ** 2;
      out.unshift(Math.sqrt(ss));
      dh = da.map((row) => Ws[l].map((wk) => wk.reduce((s, w, j) => s + w * row[j], 0)));
    }
    return out;
  };
  const boxMuller = () => Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
  const polar = () => {
    for (;;) {
      const u = 2 * Math.random() - 1;
      const v = 2 * Math.random() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
    }
  };
  const mat = (r: number, c: number, std: number, z: () => number): Mat => Array.from({ length: r }, () => Array.from({ length: c }, () => z() * std));
  const ALTS: Record<string, Record<string, Function>> = {
    'own Box–Muller on Math.random, G and X before the weights, local gradients from the outputs': {
      backpropNorms: fromOutput,
      layerGradNorms(act: Act, initStd: number, depth = 10, width = 50, N = 16) {
        const G = mat(N, width, 1, boxMuller);
        const X = mat(N, width, 1, boxMuller);
        return fromOutput(act, Array.from({ length: depth }, () => mat(width, width, initStd, boxMuller)), X, G);
      },
    },
    'Marsaglia polar method, weights from the last layer to the first, reference backward': {
      backpropNorms: ref.backpropNorms,
      layerGradNorms(act: Act, initStd: number, depth = 10, width = 50, N = 16) {
        const Ws: Mat[] = [];
        for (let l = 0; l < depth; l++) Ws.unshift(mat(width, width, initStd, polar));
        return ref.backpropNorms(act, Ws, mat(N, width, 1, polar), mat(N, width, 1, polar));
      },
    },
    'the given randn, X and G first, every W_l filled column by column': {
      backpropNorms: fromOutput,
      layerGradNorms(act: Act, initStd: number, depth = 10, width = 50, N = 16, randn: () => number = Math.random) {
        const X = mat(N, width, 1, randn);
        const G = mat(N, width, 1, randn);
        const Ws = Array.from({ length: depth }, () => {
          const W: Mat = Array.from({ length: width }, () => new Array<number>(width));
          for (let j = 0; j < width; j++) for (let i = 0; i < width; i++) W[i][j] = initStd * randn();
          return W;
        });
        return fromOutput(act, Ws, X, G);
      },
    },
  };
  for (const [name, M] of Object.entries(ALTS))
    it(`${name}: passes every check on 30 seeds`, () => {
      for (let seed = 1; seed <= 30; seed++)
        checks.checks.forEach((check, i) => {
          const r = runCheck(check, ref, M, seed, i);
          expect(r.passed, `seed ${seed}, ${check.name}: ${r.why}`).toBe(true);
        });
    });
});

for (const id of QUIZZES) {
  describe(`quiz ${id}`, async () => {
    const quiz: QuizDefinition = (await import(path.join(root, id, 'quiz.ts'))).default;
    it('generates well-formed variants, the same for the same seed, different across seeds', () => {
      const prompts = new Set<string>();
      for (const seed of SEEDS) {
        const a = quiz.generate(createRng(seed));
        const b = quiz.generate(createRng(seed));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(a.questions.length).toBeGreaterThanOrEqual(3);
        const ids = new Set(a.questions.map((q) => q.id));
        expect(ids.size).toBe(a.questions.length);
        for (const q of a.questions) {
          expect(q.explanation.length).toBeGreaterThan(10);
          if (q.kind === 'numeric') {
            expect(Number.isFinite(q.answer), `${q.id} answer`).toBe(true);
            expect(q.tolerance.abs !== undefined || q.tolerance.rel !== undefined).toBe(true);
            // a student who rounds the exact answer to 4 significant digits (what the statements ask) is accepted
            const typed = Number(q.answer.toPrecision(4));
            const err = Math.abs(typed - q.answer);
            expect(err <= (q.tolerance.abs ?? 0) || err <= (q.tolerance.rel ?? 0) * Math.abs(q.answer), `${q.id}: ${typed} vs ${q.answer}`).toBe(true);
          } else {
            expect(q.choices.map((c) => c.id)).toContain(q.answer);
            expect(new Set(q.choices.map((c) => c.label)).size, `${q.id} labels distinct`).toBe(q.choices.length);
          }
        }
        prompts.add(JSON.stringify(a.questions.map((q) => q.prompt)));
      }
      expect(prompts.size).toBeGreaterThan(1);
    });
  });
}
