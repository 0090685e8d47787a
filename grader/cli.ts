/**
 * nnlab: the grader's command line, for instructors, exercise authors and CI.
 * Run through bin/nnlab.mjs (`npm run nnlab -- <command>`), which starts this file under tsx.
 *
 *   nnlab grade <exercise-id> <solution-file> [--json] [--seed N] [--public]   exit 0 passed, 1 not, 2 error
 *   nnlab validate [exercise-id…] [--json]                                    exit 0 all valid, 1 problems
 *   nnlab list [--json]
 *   nnlab new <id> [--section N] [--quiz]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExerciseError, listExerciseIds, readExercise } from './exercise';
import type { Verdict } from './contract';
import { createGrader, GraderRequestError } from './pool';

const ROOT = path.resolve(__dirname, '..');
const EXERCISES = path.resolve(process.env.NNLAB_EXERCISES_DIR || path.join(ROOT, 'exercises'));
const DEFAULT_SEED = 1;

const USAGE = `usage:
  nnlab grade <exercise-id> <solution-file> [--json] [--seed N] [--public]
  nnlab validate [exercise-id…] [--json]
  nnlab list [--json]
  nnlab new <id> [--section N] [--quiz]`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[], withValue: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      if (withValue.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, v);
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function printVerdict(v: Verdict): void {
  const head = v.passed ? 'PASSED' : 'FAILED';
  console.log(`${head}  ${v.exerciseId}  ${v.score}/${v.maxScore}  (${v.mode}, seed ${v.seed}, status ${v.status}, ${v.durationMs} ms)`);
  if (v.message) console.log(`  ${v.message}`);
  if (v.compileError) console.log(`  ${v.compileError.line} | ${v.compileError.lineText}\n  ${' '.repeat(String(v.compileError.line).length + v.compileError.column + 2)}^`);
  for (const c of v.checks) {
    console.log(`  ${c.passed ? '✓' : '✗'} [${c.points}/${c.maxPoints}] ${c.visibility === 'hidden' ? '(hidden) ' : ''}${c.name}`);
    if (!c.passed) {
      console.log(`      ${c.message}`);
      if (c.input) console.log(`      input:    ${c.input}`);
      if (c.expected) console.log(`      expected: ${c.expected}`);
      if (c.got) console.log(`      got:      ${c.got}`);
      if (c.hint) console.log(`      hint:     ${c.hint}`);
    }
  }
  if (v.misconception) console.log(`  This looks like: ${v.misconception.label}`);
  if (v.console.length) console.log(`  console:\n${v.console.map((l) => `    ${l}`).join('\n')}`);
}

async function grade(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['seed']);
  const json = flags.has('json');
  const fail = (message: string) => {
    if (json) console.log(JSON.stringify({ error: message }));
    else console.error(`nnlab grade: ${message}`);
    return 2;
  };
  if (positional.length !== 2) return fail(`expected <exercise-id> <solution-file>\n${USAGE}`);
  const [exerciseId, file] = positional;
  const seedFlag = flags.get('seed');
  const seed = seedFlag === undefined ? DEFAULT_SEED : Number(seedFlag);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return fail(`--seed must be an integer in [0, 2^32), not ${seedFlag}`);
  const code = await readFile(file, 'utf8').catch(() => null);
  if (code === null) return fail(`cannot read ${file}`);
  // fail fast on an unknown or broken exercise, before starting a worker
  try {
    const f = await readExercise(EXERCISES, exerciseId);
    if (f.meta.kind !== 'code') return fail(`"${exerciseId}" is a quiz, not a code exercise`);
  } catch (e) {
    if (e instanceof ExerciseError) return fail(e.message);
    throw e;
  }
  const grader = createGrader({ workers: 1, rootDir: ROOT, exercisesDir: EXERCISES });
  try {
    const v = await grader.grade({ exerciseId, code, mode: flags.has('public') ? 'run' : 'submit', seed });
    if (json) console.log(JSON.stringify(v));
    else printVerdict(v);
    return v.passed ? 0 : 1;
  } catch (e) {
    return fail(e instanceof GraderRequestError ? e.message : `grader error: ${(e as Error).message}`);
  } finally {
    await grader.close();
  }
}

async function validate(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['seeds']);
  const { validateExercises } = await import('./validate');
  const results = await validateExercises(positional, { exercisesDir: EXERCISES, seeds: flags.has('seeds') ? Number(flags.get('seeds')) : undefined });
  if (flags.has('json')) console.log(JSON.stringify(results));
  else
    for (const r of results) {
      console.log(`${r.ok ? 'ok     ' : 'INVALID'} ${r.id}`);
      for (const p of r.problems) console.log(`  ✗ ${r.id}: ${p}`);
      for (const w of r.warnings) console.log(`  ! ${r.id}: ${w}`);
    }
  if (!results.length) {
    console.error('nnlab validate: no exercises found');
    return 2;
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

async function list(argv: string[]): Promise<number> {
  const { flags } = parseArgs(argv, []);
  const { loadCatalogEntry } = await import('./catalog');
  const rows: { id: string; section: number | null; kind: string | null; title: string; error?: string }[] = [];
  for (const id of await listExerciseIds(EXERCISES)) {
    try {
      const e = await loadCatalogEntry(EXERCISES, id);
      rows.push({ id, section: e.section, kind: e.kind, title: e.title });
    } catch (err) {
      rows.push({ id, section: null, kind: null, title: '', error: (err as Error).message });
    }
  }
  rows.sort((a, b) => (a.section ?? 99) - (b.section ?? 99) || a.id.localeCompare(b.id));
  if (flags.has('json')) console.log(JSON.stringify(rows));
  else for (const r of rows) console.log(r.error ? `!! ${r.id}: ${r.error}` : `${String(r.section).padStart(2)}  ${r.kind!.padEnd(4)}  ${r.id.padEnd(32)} ${r.title}`);
  return rows.some((r) => r.error) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'grade') return await grade(rest);
    if (command === 'validate') return await validate(rest);
    if (command === 'list') return await list(rest);
    if (command === 'new') return await (await import('./scaffold')).scaffoldExercise(EXERCISES, rest);
    console.error(USAGE);
    return 2;
  } catch (e) {
    console.error(e instanceof UsageError ? `nnlab: ${e.message}\n${USAGE}` : `nnlab: ${(e as Error)?.stack ?? e}`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
