/**
 * Loads exercises/ into the database: one Exercise row per folder, with its content hash, rendered
 * statement, starter, editor types and public check names. Hidden checks, references and mutants never
 * enter the database (they stay with the grader). An exercise that no longer loads, or whose folder is
 * gone, is marked unavailable: students are never offered a broken exercise, and the rows of past
 * submissions keep their history.
 *
 * Runs under tsx (it imports the exercise loader, which reads TypeScript), from `npm start` and the test server.
 */
import { loadCatalog } from '../grader/catalog';
import { renderMarkdown } from '../lib/markdown';
import { db } from '../lib/db/client';
import { databaseKind } from '../lib/db/url';

async function main() {
  if (databaseKind() === 'sqlite') {
    // WAL lets the web server read while a grader writes; it is a property of the file, set once
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  }
  const t0 = Date.now();
  const catalog = await loadCatalog();
  const seen = new Set<string>();
  let changed = 0;
  for (const entry of catalog) {
    seen.add(entry.id);
    const existing = await db.exercise.findUnique({ where: { id: entry.id }, select: { hash: true, available: true } });
    if (existing && existing.hash === entry.hash && existing.available) continue;
    const data = {
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
      syncedAt: new Date(),
    };
    await db.exercise.upsert({ where: { id: entry.id }, update: data, create: { id: entry.id, ...data } });
    changed++;
  }
  const gone = await db.exercise.updateMany({ where: { id: { notIn: [...seen] }, available: true }, data: { available: false } });
  await db.course.upsert({ where: { slug: 'fc-nn' }, update: {}, create: { slug: 'fc-nn', title: 'Fully-connected neural networks' } });
  console.log(
    `nnlab: course synced: ${catalog.length} items (${changed} updated, ${gone.count} withdrawn) in ${Date.now() - t0} ms`,
  );
}

main()
  .catch((err) => {
    console.error('nnlab: course sync failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
