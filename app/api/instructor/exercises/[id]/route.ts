import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db/client';
import { guard, idParam } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';

/** Staff only: an exercise's full source (reference, checks, mutants) for review and preview. */
export const GET = guard({ auth: 'instructor', params: idParam }, async ({ params }) => {
  const exercise = await db.exercise.findUnique({ where: { id: params.id } });
  if (!exercise) throw notFound('No such exercise.');
  const dir = path.join(process.cwd(), 'exercises', exercise.id);
  const files: Record<string, string> = {};
  async function walk(rel: string) {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, entry.name);
      if (entry.isDirectory()) await walk(r);
      else files[r] = await readFile(path.join(dir, r), 'utf8');
    }
  }
  await walk('').catch(() => {});
  return { id: exercise.id, hash: exercise.hash, available: exercise.available, files };
});
