/**
 * Sections 0–3 exercises, graded on the host the way the grader does it, until and alongside
 * `nnlab validate`: every probe is re-created from its source text (so a probe that closes over a
 * module variable fails here as it would in the sandbox), the reference must pass every check on
 * several seeds, the starter must fail, and every mutant must fail at least one check.
 * Quizzes: same seed → same variant, answers well-formed, different seeds → different parameters.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRng, mixSeed } from '../../lib/nn/rng';
import { toleranceValue } from '../../grader/kit/tolerances';
import type { CodeCheck, CodeExerciseChecks, Harness, Json, QuizDefinition } from '../../grader/contract';

const CODE = ['flatten-rgb', 'linear-scores', 'mlp2-forward', 'activations', 'cross-entropy-loss', 'entropy-kl', 'softmax'];
const QUIZZES = ['pixel-count', 'xor-linear-vs-mlp', 'activation-range', 'ce-decomposition'];
const SEEDS = [1, 2, 3, 231, 4242];
const root = path.resolve(__dirname, '../../exercises');

/** plain JSON as the sandbox hands it out: non-finite numbers become "NaN" / "Infinity" / "-Infinity" */
function toJson(v: unknown): Json {
  return JSON.parse(JSON.stringify(v === undefined ? null : v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)));
}

function makeHarness(seed: number): Harness {
  const numGradGeneric = (f: () => number | Json, x: any, dout: any, h = 1e-5) => {
    const dot = (a: any, b: any): number => (Array.isArray(a) ? a.reduce((s: number, v: any, i: number) => s + dot(v, b[i]), 0) : a * b);
    const at = (i: number, j?: number) => {
      const get = () => (j === undefined ? x[i] : x[i][j]);
      const set = (v: number) => (j === undefined ? (x[i] = v) : (x[i][j] = v));
      const old = get();
      set(old + h);
      const fp = f();
      set(old - h);
      const fm = f();
      set(old);
      return dout === undefined ? ((fp as number) - (fm as number)) / (2 * h) : (dot(fp, dout) - dot(fm, dout)) / (2 * h);
    };
    return Array.isArray(x[0]) ? x.map((row: number[], i: number) => row.map((_, j) => at(i, j))) : x.map((_: number, i: number) => at(i));
  };
  return {
    numGrad: (f, x, h) => numGradGeneric(f, x, undefined, h),
    numGradArray: (f, x, dout, h) => numGradGeneric(f, x, dout, h),
    clone: (v) => structuredClone(v),
    rng: createRng(seed),
    seedMathRandom: () => {},
  };
}

function relError(a: Json, b: Json, tol: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b)) <= tol;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => relError(v, b[i], tol));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = Object.keys(b);
    return keys.every((k) => k in a && relError((a as any)[k], (b as any)[k], tol));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

type Outcome = { name: string; passed: boolean; message?: string };

function runProbe(check: CodeCheck, S: Record<string, any>, args: Json, seed: number): Json | { __threw: string } {
  // rebuild the probe from its source, as the sandbox does: it may only use its parameters
  const probe = new Function(`return (${check.probe.toString()})`)();
  try {
    return toJson(probe(S, structuredClone(args), makeHarness(seed)));
  } catch (e) {
    return { __threw: String(e) };
  }
}

function grade(checks: CodeExerciseChecks, S: Record<string, any>, ref: Record<string, any>, seed: number): Outcome[] {
  return checks.checks.map((check, ci) => {
    const cases = typeof check.cases === 'function' ? check.cases(createRng(mixSeed(seed, ci))) : check.cases;
    for (const [k, args] of cases.entries()) {
      const probeSeed = mixSeed(seed, ci, k);
      const got = runProbe(check, S, args, probeSeed);
      const expected = runProbe(check, ref, args, probeSeed);
      if (got && typeof got === 'object' && '__threw' in got) return { name: check.name, passed: false, message: `threw ${got.__threw}` };
      if (expected && typeof expected === 'object' && '__threw' in expected) throw new Error(`reference threw in "${check.name}": ${expected.__threw}`);
      const judge = check.judge ?? { kind: 'close', tol: 'forward' };
      let passed: boolean;
      let message: string | undefined;
      if (judge.kind === 'custom') ({ passed, message } = judge.fn({ got: got as Json, expected: expected as Json, args }));
      else if (judge.kind === 'exact') passed = JSON.stringify(got) === JSON.stringify(expected);
      else passed = relError(got as Json, expected as Json, toleranceValue(judge.tol));
      if (!passed) return { name: check.name, passed, message: message ?? `case ${k}: got ${JSON.stringify(got).slice(0, 200)}, expected ${JSON.stringify(expected).slice(0, 200)}` };
    }
    return { name: check.name, passed: true };
  });
}

it('every exercise and quiz of sections 0–3 exists', () => {
  for (const id of [...CODE, ...QUIZZES]) expect(existsSync(path.join(root, id, 'exercise.json')), id).toBe(true);
});

describe.each(CODE.filter((id) => existsSync(path.join(root, id, 'exercise.json'))))('code exercise %s', (id) => {
  const dir = path.join(root, id);
  const meta = JSON.parse(readFileSync(path.join(dir, 'exercise.json'), 'utf8'));
  const load = async () => ({
    checks: (await import(`${dir}/checks.ts`)).default as CodeExerciseChecks,
    ref: await import(`${dir}/reference.ts`),
  });

  it('has at least three mutants, public and hidden checks, and every entry exported by the reference', async () => {
    const { checks, ref } = await load();
    expect(meta.mutants.length).toBeGreaterThanOrEqual(3);
    expect(checks.checks.some((c) => c.visibility === 'public')).toBe(true);
    expect(checks.checks.some((c) => c.visibility === 'hidden')).toBe(true);
    for (const e of meta.entry) expect(typeof ref[e]).toBe('function');
  });

  it.each(SEEDS)('the reference passes every check (seed %i)', async (seed) => {
    const { checks, ref } = await load();
    const failed = grade(checks, ref, ref, seed).filter((o) => !o.passed);
    expect(failed).toEqual([]);
  });

  it('the starter fails', async () => {
    const { checks, ref } = await load();
    const starter = await import(`${dir}/starter.ts`);
    expect(grade(checks, starter, ref, 1).every((o) => !o.passed)).toBe(true);
  });

  it.each(meta.mutants.map((m: { file: string }) => m.file))('mutant %s fails on every seed', async (file) => {
    const { checks, ref } = await load();
    const mutant = await import(`${dir}/mutants/${file}.ts`);
    for (const seed of SEEDS) expect(grade(checks, mutant, ref, seed).some((o) => !o.passed)).toBe(true);
  });
});

describe.each(QUIZZES.filter((id) => existsSync(path.join(root, id, 'quiz.ts'))))('quiz %s', (id) => {
  const load = async () => (await import(`${root}/${id}/quiz.ts`)).default as QuizDefinition;

  it('is deterministic per seed and varies across seeds', async () => {
    const quiz = await load();
    const a = quiz.generate(createRng(11));
    expect(quiz.generate(createRng(11))).toEqual(a);
    const variants = new Set(SEEDS.map((s) => JSON.stringify(quiz.generate(createRng(s)).questions.map((q) => q.prompt))));
    expect(variants.size).toBeGreaterThan(1);
  });

  it.each(SEEDS)('questions are well-formed (seed %i)', async (seed) => {
    const { questions } = (await load()).generate(createRng(seed));
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.prompt.length).toBeGreaterThan(10);
      expect(q.explanation.length).toBeGreaterThan(10);
      if (q.kind === 'numeric') {
        expect(Number.isFinite(q.answer)).toBe(true);
        expect((q.tolerance.abs ?? 0) + (q.tolerance.rel ?? 0)).toBeGreaterThan(0);
      } else {
        const ids = q.choices.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(q.choices.map((c) => c.label)).size).toBe(ids.length);
        expect(ids).toContain(q.answer);
      }
    }
  });
});
