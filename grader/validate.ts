/**
 * `nnlab validate`: an exercise is ready when
 *  - its metadata and modules load, check names are unique;
 *  - the reference, bundled and run THROUGH THE SANDBOX like a submission, passes every check on
 *    several seeds (this also proves the probes are self-contained);
 *  - gradient checks (kit gradientJudge) pass on the reference with a 10× margin;
 *  - the starter compiles and fails; every mutant fails on every seed (and, as a warning, is
 *    recognised as its own misconception);
 *  - quizzes: every seed generates well-formed questions, the answer key scores full marks, the
 *    variant sent to browsers carries no answers.
 * Runs in-process (the code under test is authored, not submitted).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CodeCheck, GradeRequest, Verdict } from './contract';
import { defaultExercisesDir, listExerciseIds, readExercise } from './exercise';
import { isCorrect, quizGrade, quizVariant } from './quiz';
import { Runner } from './runner';
import { bundleTrusted } from './transpile';
import { limitsOf } from './limits';
import { createRng } from '../lib/nn/rng';

export interface ValidateResult {
  id: string;
  ok: boolean;
  problems: string[];
  warnings: string[];
}

export interface ValidateOptions {
  exercisesDir?: string;
  /** how many seeds to try (default 20: a check that fails a correct solution on 1 seed in 10 must show up) */
  seeds?: number;
}

/** a correct solution this many times slower than the reference must still finish within the limit */
const REFERENCE_HEADROOM = 10;

const failedChecks = (v: Verdict) =>
  v.checks
    .filter((c) => !c.passed)
    .map((c) => `"${c.name}": ${c.message}`)
    .join('; ');

export async function validateExercises(ids?: string[], opts: ValidateOptions = {}): Promise<ValidateResult[]> {
  const dir = opts.exercisesDir ?? defaultExercisesDir();
  const seeds = Array.from({ length: opts.seeds ?? 20 }, (_, i) => 1000 + 7919 * i);
  const runner = new Runner(dir);
  const results: ValidateResult[] = [];
  try {
    for (const id of ids?.length ? ids : await listExerciseIds(dir)) {
      const r: ValidateResult = { id, ok: true, problems: [], warnings: [] };
      try {
        const f = await readExercise(dir, id);
        if (f.meta.kind === 'code') await validateCode(runner, id, seeds, r);
        else await validateQuiz(runner, id, seeds, r);
      } catch (e) {
        r.problems.push((e as Error).message);
      }
      r.ok = r.problems.length === 0;
      results.push(r);
    }
  } finally {
    runner.dispose();
  }
  return results;
}

async function validateCode(runner: Runner, id: string, seeds: number[], r: ValidateResult) {
  const p = await runner.prepared(id);
  const { ex } = p;
  const names = new Set<string>();
  for (const c of ex.checks) {
    if (names.has(c.name)) r.problems.push(`two checks are named "${c.name}"`);
    names.add(c.name);
  }
  if (!ex.checks.some((c) => c.visibility === 'public')) r.warnings.push('no public check: Run will show nothing');
  const statement = await readFile(path.join(ex.dir, 'statement.md'), 'utf8').catch(() => null);
  if (!statement?.trim()) r.problems.push('statement.md is missing or empty');
  if (!ex.mutants.length) r.warnings.push('no mutants: misconceptions cannot be recognised');

  const grade = (module: ReturnType<typeof bundleTrusted> | undefined, code: string, seed: number, skipMisconception = true) =>
    runner.grade({ exerciseId: id, code, mode: 'submit', seed } satisfies GradeRequest, { module, skipMisconception });

  const reference = bundleTrusted(ex.referencePath);
  let slowestMs = 0;
  for (const seed of seeds) {
    const v = await grade(reference, '', seed);
    slowestMs = Math.max(slowestMs, v.durationMs);
    if (!v.passed) {
      r.problems.push(`the reference fails on seed ${seed} (status ${v.status}${v.message ? `: ${v.message}` : ''}): ${failedChecks(v)}`);
      break;
    }
    ex.checks.forEach((c: CodeCheck, i) => {
      const tol = c.judge?.kind === 'custom' ? (c.judge.fn as { tolerance?: number }).tolerance : undefined;
      const got = v.checks.find((x) => x.name === c.name)?.relError ?? 0;
      if (typeof tol === 'number' && got > tol / 10)
        r.problems.push(`gradient check "${c.name}" (check ${i + 1}) is not tight on the reference: relative error ${got.toExponential(2)} > tolerance/10 = ${(tol / 10).toExponential(2)} (seed ${seed}); use smaller shapes, h = 1e-5, or a looser named tolerance`);
    });
  }

  // a warning, not a problem: timings depend on the machine, and the start-up gate must not flap
  const limitMs = limitsOf(ex.meta).timeoutMs;
  if (slowestMs > limitMs / REFERENCE_HEADROOM)
    r.warnings.push(`the reference takes up to ${Math.round(slowestMs)} ms of the ${limitMs} ms limit: a correct solution ${REFERENCE_HEADROOM}× slower than the reference would time out (raise limits.timeoutMs or make the checks cheaper)`);

  const starter = await readFile(ex.starterPath, 'utf8').catch(() => null);
  if (starter === null) r.problems.push('starter.ts is missing');
  else {
    const v = await grade(undefined, starter, seeds[0]);
    if (v.status === 'compile_error') r.problems.push(`the starter does not compile: ${v.message}`);
    else if (v.passed) r.problems.push('the starter passes every check: the checks test nothing');
  }

  for (const m of ex.mutants) {
    const module = bundleTrusted(m.path);
    for (const seed of seeds) {
      const v = await grade(module, '', seed, false);
      if (v.passed) {
        r.problems.push(`mutant "${m.file}" (${m.label}) passes every check on seed ${seed}: add a check that catches it`);
        break;
      }
      if (seed === seeds[0] && v.misconception?.mutant !== m.file)
        r.warnings.push(`mutant "${m.file}" is named as ${v.misconception ? `"${v.misconception.mutant}"` : 'no misconception'}: its failing outputs ${v.misconception ? 'also match an earlier mutant' : 'differ from its own host run (randomness?)'}`);
    }
  }
}

async function validateQuiz(runner: Runner, id: string, seeds: number[], r: ValidateResult) {
  const q = await runner.quiz(id);
  for (const seed of seeds) {
    const where = `seed ${seed}`;
    const a = JSON.stringify(q.quiz.generate(createRngFor(seed)));
    const b = JSON.stringify(q.quiz.generate(createRngFor(seed)));
    if (a !== b) r.problems.push(`${where}: generate() is not deterministic (does it use Math.random or Date?)`);
    const { questions } = q.quiz.generate(createRngFor(seed));
    const ids = new Set<string>();
    for (const x of questions) {
      const at = `${where}, question "${x.id}"`;
      if (!x.id || ids.has(x.id)) r.problems.push(`${at}: ids must be present and unique`);
      ids.add(x.id);
      if (!x.prompt?.trim()) r.problems.push(`${at}: empty prompt`);
      if (!x.explanation?.trim()) r.problems.push(`${at}: empty explanation`);
      if (x.kind === 'numeric') {
        if (!Number.isFinite(x.answer)) r.problems.push(`${at}: the answer ${x.answer} is not a finite number`);
        if (x.tolerance?.abs === undefined && x.tolerance?.rel === undefined) r.problems.push(`${at}: a numeric question needs tolerance.abs or tolerance.rel`);
      } else if (x.kind === 'choice') {
        const cids = x.choices?.map((c) => c.id) ?? [];
        if (new Set(cids).size !== cids.length || cids.length < 2) r.problems.push(`${at}: needs at least two choices with unique ids`);
        if (!cids.includes(x.answer)) r.problems.push(`${at}: the answer "${x.answer}" is not one of the choices`);
      } else r.problems.push(`${at}: kind must be 'numeric' or 'choice'`);
      if (!isCorrect(x, x.answer as never)) r.problems.push(`${at}: the answer key is not accepted by its own tolerance`);
    }
    const key = Object.fromEntries(questions.map((x) => [x.id, x.answer]));
    const graded = quizGrade(q, seed, key);
    if (graded.score !== graded.maxScore) r.problems.push(`${where}: grading the answer key gives ${graded.score}/${graded.maxScore}`);
    const variant = JSON.stringify(quizVariant(q, seed));
    if (/"(answer|explanation|tolerance)"/.test(variant)) r.problems.push(`${where}: the variant sent to the browser still contains answers`);
  }
}

const createRngFor = (seed: number) => createRng(seed >>> 0);
