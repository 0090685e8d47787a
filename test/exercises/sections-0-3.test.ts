/**
 * Sections 0–3 exercises, graded on the host the way the grader does it, until and alongside
 * `nnlab validate`: every probe is re-created from its source text (so a probe that closes over a
 * module variable fails here as it would in the sandbox), the reference must pass every check on
 * several seeds, the starter must fail, and every mutant must fail at least one check.
 * Quizzes: same seed → same variant, answers well-formed, different seeds → different parameters.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    newRng: (s) => createRng(s >>> 0),
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

  it.each((meta.mutants as { file: string }[]).map((m) => m.file))('mutant %s fails on every seed', async (file: string) => {
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

/**
 * Correct but unusual solutions: each must pass every check on every seed. A check that rejects one
 * of these is over-strict (it demands the reference's formula rather than the right answer).
 */
const ALTERNATIVES: Record<string, Record<string, string>> = {
  'flatten-rgb': {
    'flat-and-counter': `
      export const flattenImage = (img: number[][][]) => img.flat(2);
      export function unflattenImage(v: number[], H: number, W: number) {
        const out: number[][][] = []; let t = 0;
        for (let i = 0; i < H; i++) { const row: number[][] = []; for (let j = 0; j < W; j++) { row.push([v[t], v[t + 1], v[t + 2]]); t += 3; } out.push(row); }
        return out;
      }`,
  },
  'linear-scores': {
    'loops-and-indexof': `
      export function linearScores(W: number[][], b: number[], x: number[]) {
        const f = new Array(W.length).fill(0);
        for (let c = 0; c < W.length; c++) { f[c] = b[c]; for (let j = 0; j < x.length; j++) f[c] += W[c][j] * x[j]; }
        return f;
      }
      export const predict = (s: number[]) => s.indexOf(Math.max(...s));`,
    'reduce-from-minus-infinity': `
      export const linearScores = (W: number[][], b: number[], x: number[]) => W.map((row, c) => b[c] + row.reduce((s, w, j) => s + w * x[j], 0));
      export const predict = (s: number[]) => s.reduce((best, v, i) => (v > s[best] ? i : best), 0);`,
  },
  'mlp2-forward': {
    'mask-multiply-extra-fields': `
      export function mlp2Forward(p: any, x: number[]) {
        const hPre = p.W1.map((row: number[], i: number) => row.reduce((s, w, j) => s + w * x[j], p.b1[i]));
        const h = hPre.map((v: number) => v * Number(v > 0));
        const scores = p.W2.map((row: number[], c: number) => row.reduce((s, w, k) => s + w * h[k], p.b2[c]));
        return { hPre, h, scores, predicted: scores.indexOf(Math.max(...scores)) };
      }`,
  },
  activations: {
    'via-tanh-and-cosh': `
      export const sigmoid = (x: number[]) => x.map((v) => 0.5 * (1 + Math.tanh(v / 2)));
      export const tanh = (x: number[]) => x.map((v) => 2 / (1 + Math.exp(-2 * v)) - 1);
      export const relu = (x: number[]) => x.map((v) => (v > 0 ? v : 0));
      export const leakyRelu = (x: number[], alpha = 0.01) => x.map((v) => Math.max(v, alpha * v));
      export const sigmoidBackward = (d: number[], x: number[]) => d.map((g, i) => g * 0.25 / Math.cosh(x[i] / 2) ** 2);
      export const tanhBackward = (d: number[], x: number[]) => d.map((g, i) => g / Math.cosh(x[i]) ** 2);
      export const reluBackward = (d: number[], x: number[]) => d.map((g, i) => g * Number(x[i] > 0));
      export const leakyReluBackward = (d: number[], x: number[], alpha = 0.01) => d.map((g, i) => g * (x[i] > 0 ? 1 : alpha));`,
    'plain-one-over-one-plus-exp': `
      const s = (v: number) => 1 / (1 + Math.exp(-v));
      export const sigmoid = (x: number[]) => x.map(s);
      export const tanh = (x: number[]) => x.map(Math.tanh);
      export const relu = (x: number[]) => x.map((v) => Math.max(0, v));
      export const leakyRelu = (x: number[], alpha = 0.01) => x.map((v) => (v >= 0 ? v : alpha * v));
      export const sigmoidBackward = (d: number[], x: number[]) => d.map((g, i) => g * s(x[i]) * s(-x[i]));
      export const tanhBackward = (d: number[], x: number[]) => d.map((g, i) => g * (1 - Math.tanh(x[i]) ** 2));
      export const reluBackward = (d: number[], x: number[]) => x.map((v, i) => (v <= 0 ? 0 : d[i]));
      export const leakyReluBackward = (d: number[], x: number[], alpha = 0.01) => x.map((v, i) => (v < 0 ? alpha * d[i] : d[i]));`,
    'clamped-where-saturated': `
      // σ and tanh cut to their limits where the true value is within 1e-17 of them
      const s = (v: number) => (v > 40 ? 1 : v < -40 ? 0 : 1 / (1 + Math.exp(-v)));
      const t = (v: number) => (v > 20 ? 1 : v < -20 ? -1 : Math.tanh(v));
      export const sigmoid = (x: number[]) => x.map(s);
      export const tanh = (x: number[]) => x.map(t);
      export const relu = (x: number[]) => x.map((v) => (v > 0 ? v : 0));
      export const leakyRelu = (x: number[], alpha = 0.01) => x.map((v) => (v > 0 ? v : alpha * v));
      export const sigmoidBackward = (d: number[], x: number[]) => d.map((g, i) => g * s(x[i]) * (1 - s(x[i])));
      export const tanhBackward = (d: number[], x: number[]) => d.map((g, i) => g * (1 - t(x[i]) * t(x[i])));
      export const reluBackward = (d: number[], x: number[]) => d.map((g, i) => (x[i] > 0 ? g : 0));
      export const leakyReluBackward = (d: number[], x: number[], alpha = 0.01) => d.map((g, i) => (x[i] > 0 ? g : alpha * g));`,
  },
  'cross-entropy-loss': {
    'log-softmax-then-exp': `
      export function softmaxCE(Z: number[][], y: number[]) {
        const N = Z.length; let total = 0;
        const dZ = Z.map((z, i) => {
          const m = z.reduce((a, b) => Math.max(a, b), -Infinity);
          const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
          const logp = z.map((v) => v - lse);
          total -= logp[y[i]];
          return logp.map((lp, j) => (Math.exp(lp) - (j === y[i] ? 1 : 0)) / N);
        });
        return { loss: total / N, dZ };
      }`,
    'scale-at-the-end': `
      export function softmaxCE(Z: number[][], y: number[]) {
        const rows = Z.map((z) => { const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b); return { m, e, s }; });
        const losses = rows.map(({ m, s }, i) => Math.log(s) + m - Z[i][y[i]]);
        const dZ = rows.map(({ e, s }, i) => e.map((v, j) => v / s - Number(j === y[i])));
        const N = Z.length;
        return { loss: losses.reduce((a, b) => a + b) / N, dZ: dZ.map((r) => r.map((v) => v / N)) };
      }`,
  },
  softmax: {
    'exp-of-log-softmax': `
      export function softmax(z: number[]) {
        const m = z.reduce((a, b) => (b > a ? b : a), -Infinity);
        const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
        return z.map((v) => Math.exp(v - lse));
      }
      export const softmaxRows = (Z: number[][]) => Z.map(softmax);`,
  },
  'entropy-kl': {
    'kl-as-difference': `
      export const entropy = (p: number[]) => p.filter((v) => v > 0).reduce((s, v) => s + v * Math.log(1 / v), 0);
      export const crossEntropy = (p: number[], q: number[]) => p.reduce((s, v, i) => (v === 0 ? s : s - v * Math.log(q[i])), 0);
      export const kl = (p: number[], q: number[]) => crossEntropy(p, q) - entropy(p);`,
    'epsilon-guarded-log': `
      const EPS = 1e-12;
      export const entropy = (p: number[]) => -p.reduce((s, v) => s + v * Math.log(v + EPS), 0);
      export const crossEntropy = (p: number[], q: number[]) => -p.reduce((s, v, i) => s + v * Math.log(q[i] + EPS), 0);
      export const kl = (p: number[], q: number[]) => p.reduce((s, v, i) => s + v * Math.log((v + EPS) / (q[i] + EPS)), 0);`,
    'bits-converted': `
      const LN2 = Math.log(2);
      const bits = (p: number[]) => -p.reduce((s, v) => (v > 0 ? s + v * Math.log2(v) : s), 0);
      export const entropy = (p: number[]) => bits(p) * LN2;
      export const crossEntropy = (p: number[], q: number[]) => -p.reduce((s, v, i) => (v > 0 ? s + v * Math.log2(q[i]) : s), 0) * LN2;
      export const kl = (p: number[], q: number[]) => p.reduce((s, v, i) => (v > 0 ? s + v * (Math.log(v) - Math.log(q[i])) : s), 0);`,
  },
};

describe('correct but unusual solutions pass every check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nnlab-alt-'));
  const cases = Object.entries(ALTERNATIVES).flatMap(([id, alts]) => Object.entries(alts).map(([name, src]) => [id, name, src] as const));
  it.each(cases)('%s: %s', async (id, name, src) => {
    const file = path.join(dir, `${id}--${name}.ts`);
    writeFileSync(file, src);
    const S = await import(file);
    const checks = (await import(`${root}/${id}/checks.ts`)).default as CodeExerciseChecks;
    const ref = await import(`${root}/${id}/reference.ts`);
    for (const seed of SEEDS) expect(grade(checks, S, ref, seed).filter((o) => !o.passed)).toEqual([]);
  });
});
