/**
 * Instructor preview (issue 5): the exercise as it is on disk now, its statement rendered as students will
 * see it, and its reference and every mutant graded THROUGH THE REAL GRADER, exactly like a submission
 * (same worker pool, sandbox, seeds and judges). Reference and mutants may import lib/nn, which submissions
 * may not, so they are bundled into one self-contained module first (esbuild, as `nnlab validate` does).
 * Expected: the reference passes, each mutant fails and is named as its own misconception.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { z } from 'zod';
import { db } from '../db/client';
import { grader } from '../grading/grader';
import { renderMarkdown } from '../markdown';
import { badRequest, notFound } from '../http/errors';
import type { Verdict } from '../../grader/contract';

const metaSchema = z.object({
  title: z.string(),
  kind: z.enum(['code', 'quiz']),
  mutants: z.array(z.object({ file: z.string().regex(/^[\w.-]+$/), misconception: z.string() })).optional(),
});

function bundle(file: string): string {
  const out = buildSync({ entryPoints: [file], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'silent' });
  return out.outputFiles[0].text;
}

export interface PreviewRun {
  name: string;
  role: 'reference' | 'mutant';
  misconception?: string;
  /** what validation wants: reference passes; a mutant fails (and is recognised as itself) */
  asExpected: boolean;
  verdict: Verdict;
}

export async function previewExercise(id: string, seed = 1) {
  const exercise = await db.exercise.findUnique({ where: { id }, select: { id: true, hash: true, available: true, problem: true } });
  if (!exercise) throw notFound('No such exercise.');
  const dir = path.join(process.cwd(), 'exercises', id);
  const raw = await readFile(path.join(dir, 'exercise.json'), 'utf8').catch(() => null);
  if (raw === null) throw notFound('This exercise has no folder on disk any more.');
  const meta = metaSchema.parse(JSON.parse(raw));
  const statementHtml = await renderMarkdown(await readFile(path.join(dir, 'statement.md'), 'utf8').catch(() => ''));
  const base = { id, title: meta.title, kind: meta.kind, syncedHash: exercise.hash, available: exercise.available, problem: exercise.problem, statementHtml, seed };
  if (meta.kind !== 'code') return { ...base, runs: [] as PreviewRun[] };

  const runs: PreviewRun[] = [];
  const grade = (code: string) => grader().grade({ exerciseId: id, code, mode: 'submit', seed });
  let reference: string;
  try {
    reference = bundle(path.join(dir, 'reference.ts'));
  } catch (e) {
    throw badRequest(`reference.ts does not build: ${(e as Error).message}`);
  }
  const v = await grade(reference);
  runs.push({ name: 'reference.ts', role: 'reference', asExpected: v.passed, verdict: v });
  for (const m of meta.mutants ?? []) {
    const verdict = await grade(bundle(path.join(dir, 'mutants', `${m.file}.ts`)));
    runs.push({ name: `mutants/${m.file}.ts`, role: 'mutant', misconception: m.misconception, asExpected: !verdict.passed, verdict });
  }
  return { ...base, runs };
}
