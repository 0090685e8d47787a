/**
 * Loads exercises/ into the database: one Exercise row per folder, with its content hash, rendered
 * statement, starter, editor types and public check names. Hidden checks, references and mutants never
 * enter the database (they stay with the grader).
 *
 * The validation gate (issue 5): a folder whose content hash changed is validated (grader/validate.ts, a
 * few seeds) before it is offered. A folder that fails is refused: its row keeps describing the last good
 * version (hash, statement, points: the history of past verdicts stays readable), `available` becomes
 * false so no student is offered it or graded by its broken checks, and `problem` records why, for the
 * instructor page and this script's output. Fixing the folder and restarting brings it back.
 *
 * Validation results are cached by content hash in data/validation-cache.json, so a start-up only pays for
 * folders nobody has validated yet (test servers on fresh databases start in a second or two).
 *
 * Runs under tsx (it imports the exercise loader, which reads TypeScript), from `npm start` and the test
 * server. NNLAB_EXERCISES_DIR points it at another exercises folder (tests use a temporary one).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalogEntry } from '../grader/catalog';
import { hashExercise, listExerciseIds } from '../grader/exercise';
import { validateExercises } from '../grader/validate';
import type { CatalogEntry } from '../grader/contract';
import { renderMarkdown } from '../lib/markdown';
import { db } from '../lib/db/client';
import { databaseKind } from '../lib/db/url';

/** seeds per validation at start-up: enough to catch a broken reference or a surviving mutant, cheap to run */
const SYNC_SEEDS = 3;
const CACHE_FILE = path.resolve(process.cwd(), 'data', 'validation-cache.json');

type Verdict = { ok: boolean; problems: string[] };

async function readCache(): Promise<Record<string, Verdict>> {
  try {
    return JSON.parse(await readFile(CACHE_FILE, 'utf8'));
  } catch {
    return {};
  }
}

/** merge-then-rename: several test servers may sync at once; losing an entry only costs a re-validation */
async function writeCache(add: Record<string, Verdict>) {
  if (!Object.keys(add).length) return;
  const merged = { ...(await readCache()), ...add };
  await mkdir(path.dirname(CACHE_FILE), { recursive: true });
  const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(merged));
  await rename(tmp, CACHE_FILE);
}

async function validate(dir: string, id: string, hash: string, cache: Record<string, Verdict>, fresh: Record<string, Verdict>): Promise<Verdict> {
  const key = `${hash}:${SYNC_SEEDS}`;
  // a result over more seeds (e.g. from an earlier, stricter setting) answers for fewer
  for (let seeds = SYNC_SEEDS; seeds <= 20; seeds++) if (cache[`${hash}:${seeds}`]) return cache[`${hash}:${seeds}`];
  const [r] = await validateExercises([id], { exercisesDir: dir, seeds: SYNC_SEEDS });
  const v = { ok: r.ok, problems: r.problems };
  fresh[key] = v;
  return v;
}

async function rowData(entry: CatalogEntry) {
  return {
    kind: entry.kind,
    section: entry.section,
    order: entry.order,
    title: entry.title,
    summary: entry.summary,
    hash: entry.hash,
    statementHtml: await renderMarkdown(entry.statement),
    starter: entry.starter ?? null,
    typesDts: entry.typesDts ?? null,
    publicChecks: JSON.stringify(entry.publicChecks ?? []),
    maxScore: entry.maxScore,
    available: true,
    problem: null,
    problemHash: null,
    syncedAt: new Date(),
  };
}

export async function syncCourse(dir: string, log: (line: string) => void = console.log) {
  const t0 = Date.now();
  const cache = await readCache();
  const fresh: Record<string, Verdict> = {};
  const ids = await listExerciseIds(dir);
  let changed = 0;
  const refused: string[] = [];
  for (const id of ids) {
    const hash = await hashExercise(path.join(dir, id));
    const existing = await db.exercise.findUnique({ where: { id }, select: { hash: true, available: true, problemHash: true } });
    if (existing && existing.hash === hash && existing.available) continue;

    let entry: CatalogEntry | null = null;
    let problems: string[];
    try {
      entry = await loadCatalogEntry(dir, id);
      problems = (await validate(dir, id, hash, cache, fresh)).problems;
    } catch (e) {
      problems = [(e as Error).message];
    }
    if (entry && !problems.length) {
      const data = await rowData(entry);
      await db.exercise.upsert({ where: { id }, update: data, create: { id, ...data } });
      changed++;
      continue;
    }
    const problem = problems.join('\n');
    refused.push(id);
    log(`nnlab: REFUSED exercise "${id}" (not offered to students${existing?.available ? '; the last good version stays on record' : ''}):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
    if (existing) {
      await db.exercise.update({ where: { id }, data: { available: false, problem, problemHash: hash } });
    } else {
      // never valid: a placeholder row so the instructor page can show the problem; hash '' = no good version
      await db.exercise.create({
        data: {
          id,
          kind: entry?.kind ?? 'code',
          section: entry?.section ?? 0,
          order: entry?.order ?? 0,
          title: entry?.title ?? id,
          summary: entry?.summary ?? '',
          hash: '',
          statementHtml: '',
          maxScore: entry?.maxScore ?? 0,
          available: false,
          problem,
          problemHash: hash,
        },
      });
    }
  }
  await writeCache(fresh);
  const gone = await db.exercise.updateMany({ where: { id: { notIn: ids }, available: true }, data: { available: false, problem: 'the folder was removed' } });
  await db.course.upsert({ where: { slug: 'fc-nn' }, update: {}, create: { slug: 'fc-nn', title: 'Fully-connected neural networks' } });
  log(
    `nnlab: course synced: ${ids.length} items (${changed} updated, ${refused.length} refused, ${gone.count} withdrawn, ${Object.keys(fresh).length} validated) in ${Date.now() - t0} ms`,
  );
  return { changed, refused, withdrawn: gone.count };
}

async function main() {
  if (databaseKind() === 'sqlite') {
    // WAL lets the web server read while a grader writes; it is a property of the file, set once
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  }
  await syncCourse(path.resolve(process.env.NNLAB_EXERCISES_DIR || path.join(process.cwd(), 'exercises')));
}

main()
  .catch((err) => {
    console.error('nnlab: course sync failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
