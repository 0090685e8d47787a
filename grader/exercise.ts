/**
 * Reading an exercise folder: metadata, content hash, and (under tsx, in a worker or the CLI) its
 * trusted modules — checks, reference, mutants, quiz. Never imported by the web app's process.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeCheck, ExerciseMeta, Exports, QuizDefinition } from './contract';
import { parseExerciseMeta } from './exercise-schema';

/** bumped whenever the grader changes how checks are run or judged: part of every content hash */
export const KIT_VERSION = 'nnlab-kit-1';

/** a problem with the exercise itself (unknown id, bad metadata, a module that fails to load) */
export class ExerciseError extends Error {}

export function defaultExercisesDir(): string {
  return path.resolve(process.cwd(), 'exercises');
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const ent of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (ent.isFile()) out.push(rel);
  }
  return out.sort();
}

/** sha256 over the folder's files (sorted relative paths and contents) and the kit version */
export async function hashExercise(dir: string): Promise<string> {
  const h = createHash('sha256').update(KIT_VERSION + '\0');
  for (const rel of await listFiles(dir)) h.update(rel + '\0').update(await readFile(path.join(dir, rel))).update('\0');
  return h.digest('hex');
}

export async function listExerciseIds(exercisesDir: string): Promise<string[]> {
  const ents = await readdir(exercisesDir, { withFileTypes: true }).catch(() => []);
  const ids: string[] = [];
  for (const e of ents) if (e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_')) ids.push(e.name);
  return ids.sort();
}

export interface ExerciseFolder {
  id: string;
  dir: string;
  meta: ExerciseMeta;
  hash: string;
}

export async function readExercise(exercisesDir: string, id: string): Promise<ExerciseFolder> {
  if (!/^[\w.-]+$/.test(id) || id.startsWith('.')) throw new ExerciseError(`unknown exercise "${id}"`);
  const dir = path.join(exercisesDir, id);
  const metaFile = path.join(dir, 'exercise.json');
  const raw = await readFile(metaFile, 'utf8').catch(() => null);
  if (raw === null) throw new ExerciseError(`unknown exercise "${id}" (no ${path.relative(process.cwd(), metaFile)})`);
  let meta: ExerciseMeta;
  try {
    meta = parseExerciseMeta(raw, `exercises/${id}/exercise.json`);
  } catch (e) {
    throw new ExerciseError((e as Error).message);
  }
  return { id, dir, meta, hash: await hashExercise(dir) };
}

/** imports a trusted TS module (tsx); `?v=hash` so an edited exercise is reloaded by a long-lived worker */
async function importModule(file: string, hash: string): Promise<Record<string, any>> {
  await stat(file).catch(() => {
    throw new ExerciseError(`missing file ${path.relative(process.cwd(), file)}`);
  });
  try {
    return await import(pathToFileURL(file).href + '?v=' + hash.slice(0, 12));
  } catch (e) {
    throw new ExerciseError(`${path.relative(process.cwd(), file)} failed to load: ${(e as Error).message}`);
  }
}

/** the default export, whether the module was loaded as ESM or as CommonJS through tsx */
function defaultExport(mod: Record<string, any>): any {
  const d = mod.default;
  return d && typeof d === 'object' && 'default' in d && d.__esModule ? d.default : d;
}

/** a module's named exports (unwrapping tsx's CommonJS interop) */
function namedExports(mod: Record<string, any>): Exports {
  const d = mod.default;
  if (d && typeof d === 'object' && d.__esModule) return d;
  return mod;
}

export interface CodeExercise extends ExerciseFolder {
  checks: CodeCheck[];
  reference: Exports;
  mutants: { file: string; label: string; exports: Exports; path: string }[];
  referencePath: string;
  starterPath: string;
}

export async function loadCodeExercise(f: ExerciseFolder): Promise<CodeExercise> {
  const checksMod = defaultExport(await importModule(path.join(f.dir, 'checks.ts'), f.hash));
  if (!checksMod || !Array.isArray(checksMod.checks) || checksMod.checks.length === 0)
    throw new ExerciseError(`exercises/${f.id}/checks.ts: the default export must be defineChecks({ checks: [...] }) with at least one check`);
  const checks = checksMod.checks as CodeCheck[];
  checks.forEach((c, i) => {
    const where = `exercises/${f.id}/checks.ts: check ${i + 1} ("${c?.name}")`;
    if (typeof c?.name !== 'string' || !c.name) throw new ExerciseError(`${where}: field "name" is missing`);
    if (c.visibility !== 'public' && c.visibility !== 'hidden') throw new ExerciseError(`${where}: field "visibility" must be 'public' or 'hidden'`);
    if (typeof c.points !== 'number' || c.points < 0) throw new ExerciseError(`${where}: field "points" must be a number ≥ 0`);
    if (typeof c.probe !== 'function') throw new ExerciseError(`${where}: field "probe" must be a function`);
    if (!Array.isArray(c.cases) && typeof c.cases !== 'function') throw new ExerciseError(`${where}: field "cases" must be an array or a function of rng`);
  });
  const referencePath = path.join(f.dir, 'reference.ts');
  const reference = namedExports(await importModule(referencePath, f.hash));
  const mutants = [];
  for (const m of f.meta.mutants ?? []) {
    const p = path.join(f.dir, 'mutants', `${m.file}.ts`);
    mutants.push({ file: m.file, label: m.misconception, exports: namedExports(await importModule(p, f.hash)), path: p });
  }
  return { ...f, checks, reference, mutants, referencePath, starterPath: path.join(f.dir, 'starter.ts') };
}

export interface QuizExercise extends ExerciseFolder {
  quiz: QuizDefinition;
}

export async function loadQuizExercise(f: ExerciseFolder): Promise<QuizExercise> {
  const quiz = defaultExport(await importModule(path.join(f.dir, 'quiz.ts'), f.hash));
  if (!quiz || typeof quiz.generate !== 'function') throw new ExerciseError(`exercises/${f.id}/quiz.ts: the default export must be defineQuiz({ generate(rng) {...} })`);
  return { ...f, quiz };
}
