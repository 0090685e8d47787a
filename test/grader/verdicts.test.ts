/**
 * What students see: correct solutions written differently pass, each known-wrong solution fails
 * and is named, Run and Submit agree on public checks, and a seed always gives the same verdict.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORRECT_SOFTMAX, ROOT, startGrader, submit } from './helpers';

const grader = startGrader(2);
afterAll(() => grader.close());

const correct: [string, string][] = [
  ['the usual max-shift', CORRECT_SOFTMAX],
  [
    'log-sum-exp',
    `export function softmax(z: number[]): number[] {
       const m = z.reduce((a, b) => (b > a ? b : a), -Infinity);
       let s = 0; for (const v of z) s += Math.exp(v - m);
       const lse = m + Math.log(s);
       return z.map((v) => Math.exp(v - lse));
     }
     export const softmaxRows = (Z: number[][]) => Z.map(softmax);`,
  ],
  [
    'plain for-loops, a class and Float64Array',
    `class Softmaxer { run(z: number[]): number[] {
        let m = -Infinity; for (let i = 0; i < z.length; i++) if (z[i] > m) m = z[i];
        const e = new Float64Array(z.length); let s = 0;
        for (let i = 0; i < z.length; i++) { e[i] = Math.exp(z[i] - m); s += e[i]; }
        const out: number[] = []; for (let i = 0; i < z.length; i++) out.push(e[i] / s); return out; } }
     const sm = new Softmaxer();
     export function softmax(z: Vec): Vec { return sm.run(z); }
     export function softmaxRows(Z: Mat): Mat { const out: Mat = []; for (const row of Z) out.push(softmax(row)); return out; }`,
  ],
  ['an async softmax', CORRECT_SOFTMAX.replace('export function softmax(', 'function softmaxSync(').replace('Z.map(softmax)', 'Z.map(softmaxSync)') + '\nexport async function softmax(z: number[]) { return softmaxSync(z); }'],
];

describe('correct solutions written differently from the reference pass', () => {
  it.concurrent.each(correct)('%s', async (_name, code) => {
    for (const seed of [1, 77, 4242]) {
      const v = await submit(grader, code, seed);
      expect(v.passed, JSON.stringify(v.checks.filter((c) => !c.passed), null, 1)).toBe(true);
      expect(v.score).toBe(v.maxScore);
    }
  });
});

const meta = JSON.parse(readFileSync(path.join(ROOT, 'exercises/softmax/exercise.json'), 'utf8')) as { mutants: { file: string; misconception: string }[] };

describe('each softmax mutant fails with its misconception named', () => {
  it.concurrent.each(meta.mutants)('$file', async ({ file, misconception }) => {
    const code = readFileSync(path.join(ROOT, 'exercises/softmax/mutants', `${file}.ts`), 'utf8');
    const v = await submit(grader, code, 99);
    expect(v.passed).toBe(false);
    expect(v.misconception).toEqual({ mutant: file, label: misconception });
  });

  it('a wrong solution that is none of the mutants names no misconception', async () => {
    const v = await submit(grader, CORRECT_SOFTMAX.replace('return e.map((v) => v / s);', 'return e.map((v) => v / (s + 1e-3));'));
    expect(v.passed).toBe(false);
    expect(v.misconception).toBeNull();
  });

  it('a failing check says what was expected and what came back', async () => {
    const v = await submit(grader, readFileSync(path.join(ROOT, 'exercises/softmax/mutants/no-max-shift.ts'), 'utf8'));
    const c = v.checks.find((x) => x.name.startsWith('large scores'))!;
    expect(c.passed).toBe(false);
    expect(c.input).toContain('1000');
    expect(c.expected).toMatch(/0\.09/);
    expect(c.got).toMatch(/NaN/);
    expect(c.message).toMatch(/expected .* got NaN/);
    expect(c.hint).toMatch(/max/);
  });
});

describe('determinism and Run vs Submit', () => {
  const wrong = CORRECT_SOFTMAX.replace('return e.map((v) => v / s);', 'return e.map((v) => v / s + Math.random() * 1e-3);');

  it('the same seed gives the same verdict, even for code using Math.random', async () => {
    const strip = (v: { durationMs: number }) => ({ ...v, durationMs: 0 });
    const [a, b] = await Promise.all([submit(grader, wrong, 5), submit(grader, wrong, 5)]);
    expect(strip(a)).toEqual(strip(b));
  });

  it('Run (public checks only) and Submit agree on every public check, whatever the seed', async () => {
    const run = await grader.grade({ exerciseId: 'softmax', code: wrong, mode: 'run', seed: 1 });
    expect(run.checks.every((c) => c.visibility === 'public')).toBe(true);
    for (const seed of [2, 3]) {
      const sub = await submit(grader, wrong, seed);
      const publicOfSubmit = sub.checks.filter((c) => c.visibility === 'public');
      expect(publicOfSubmit).toEqual(run.checks);
    }
  });

  it('a different seed changes the hidden cases', async () => {
    const [a, b] = await Promise.all([submit(grader, CORRECT_SOFTMAX, 1), submit(grader, CORRECT_SOFTMAX, 2)]);
    const inputOf = (v: typeof a) => v.checks.find((c) => c.name.startsWith('matches the reference on random'))!.input;
    expect(inputOf(a)).not.toEqual(inputOf(b));
  });
});

describe('requests the grader cannot serve', () => {
  it('an unknown exercise is rejected, not graded', async () => {
    await expect(grader.grade({ exerciseId: 'no-such-exercise', code: '', mode: 'submit', seed: 1 })).rejects.toThrow(/unknown exercise/);
  });
});
