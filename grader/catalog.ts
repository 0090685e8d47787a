/**
 * The catalog: one row per exercise or quiz, for the course page and the start-up sync script
 * (which runs under tsx, not inside Next: this module imports exercise modules to count points).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogEntry } from './contract';
import { defaultExercisesDir, listExerciseIds, loadCodeExercise, loadQuizExercise, readExercise } from './exercise';
import { createRng } from '../lib/nn/rng';

const readOptional = (file: string) => readFile(file, 'utf8').catch(() => undefined);

export async function loadCatalogEntry(exercisesDir: string, id: string): Promise<CatalogEntry> {
  const f = await readExercise(exercisesDir, id);
  const statement = (await readOptional(path.join(f.dir, 'statement.md'))) ?? '';
  const base = { id, title: f.meta.title, section: f.meta.section, kind: f.meta.kind, order: f.meta.order, summary: f.meta.summary, hash: f.hash, statement };
  if (f.meta.kind === 'quiz') {
    const q = await loadQuizExercise(f);
    const sample = q.quiz.generate(createRng(0));
    return { ...base, maxScore: sample.questions.reduce((a, x) => a + (x.points ?? 1), 0) };
  }
  const ex = await loadCodeExercise(f);
  return {
    ...base,
    starter: await readOptional(path.join(f.dir, 'starter.ts')),
    typesDts: await readOptional(path.join(f.dir, 'types.d.ts')),
    publicChecks: ex.checks.filter((c) => c.visibility === 'public').map((c) => ({ name: c.name, points: c.points })),
    maxScore: ex.checks.reduce((a, c) => a + c.points, 0),
  };
}

/** every exercise and quiz, sorted by section then order; throws on the first broken exercise */
export async function loadCatalog(exercisesDir: string = defaultExercisesDir()): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  for (const id of await listExerciseIds(exercisesDir)) entries.push(await loadCatalogEntry(exercisesDir, id));
  return entries.sort((a, b) => a.section - b.section || a.order - b.order || a.id.localeCompare(b.id));
}
