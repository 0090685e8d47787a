import { z } from 'zod';
import { db } from '../db/client';
import { notFound } from '../http/errors';
import { SECTION_TITLES } from './sections';

export { SECTION_TITLES };

export interface ItemProgress {
  id: string;
  kind: 'code' | 'quiz';
  title: string;
  summary: string;
  order: number;
  maxScore: number;
  bestScore: number | null;
  attempts: number;
  passed: boolean;
  lastAt: string | null;
}

export interface SectionProgress {
  number: number;
  title: string;
  items: ItemProgress[];
}

/** Sections 0–11 with every available item and this user's progress on it. */
export async function courseHome(userId: string): Promise<{ sections: SectionProgress[] }> {
  const [exercises, progress] = await Promise.all([
    db.exercise.findMany({ where: { available: true }, orderBy: [{ section: 'asc' }, { order: 'asc' }, { id: 'asc' }] }),
    db.progress.findMany({ where: { userId } }),
  ]);
  const byItem = new Map(progress.map((p) => [p.exerciseId, p]));
  const sections: SectionProgress[] = SECTION_TITLES.map((title, number) => ({ number, title, items: [] }));
  for (const e of exercises) {
    const p = byItem.get(e.id);
    sections[e.section]?.items.push({
      id: e.id,
      kind: e.kind === 'quiz' ? 'quiz' : 'code',
      title: e.title,
      summary: e.summary,
      order: e.order,
      maxScore: e.maxScore,
      bestScore: p ? p.bestScore : null,
      attempts: p?.attempts ?? 0,
      passed: p?.passed ?? false,
      lastAt: p ? p.lastAt.toISOString() : null,
    });
  }
  return { sections };
}

export const progressFor = courseHome;

const publicChecksSchema = z.array(z.object({ name: z.string(), points: z.number() }));

export interface StudentExercise {
  id: string;
  kind: 'code' | 'quiz';
  title: string;
  section: number;
  statementHtml: string;
  starter: string | null;
  typesDts: string | null;
  publicChecks: { name: string; points: number }[];
  maxScore: number;
}

/** What a student may see of an exercise: never hidden checks, the reference or mutants (they never enter the database). */
export async function exerciseForStudent(id: string): Promise<StudentExercise | null> {
  const e = await db.exercise.findFirst({ where: { id, available: true } });
  if (!e) return null;
  return {
    id: e.id,
    kind: e.kind === 'quiz' ? 'quiz' : 'code',
    title: e.title,
    section: e.section,
    statementHtml: e.statementHtml,
    starter: e.starter,
    typesDts: e.typesDts,
    publicChecks: publicChecksSchema.parse(JSON.parse(e.publicChecks)),
    maxScore: e.maxScore,
  };
}

export async function draftFor(userId: string, exerciseId: string): Promise<{ code: string; updatedAt: string } | null> {
  const d = await db.draft.findUnique({ where: { userId_exerciseId: { userId, exerciseId } } });
  return d ? { code: d.code, updatedAt: d.updatedAt.toISOString() } : null;
}

/** The code exercise a route acts on, or a 404 (unknown, withdrawn, or a quiz). */
export async function requireCodeExercise(id: string): Promise<{ id: string }> {
  const e = await db.exercise.findFirst({ where: { id, kind: 'code', available: true }, select: { id: true } });
  if (!e) throw notFound('No such exercise.');
  return e;
}
