// Bring a database up to date and load the course into it: migrations, then the exercise sync.
// Both start and the test server run this, so what a user starts is what the tests test.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from './env.mjs';
import { node, tsx } from './run.mjs';

export async function prepareDatabase(env, { quiet = false } = {}) {
  const log = (m) => quiet || console.log(`nnlab: ${m}`);
  log('applying database migrations…');
  // one migrations folder per database: prisma/migrations (SQLite) or prisma/pg/migrations (PostgreSQL)
  const config = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? 'prisma.pg.config.ts' : 'prisma.config.ts';
  if (config === 'prisma.config.ts' && sqliteUpToDate(env.DATABASE_URL)) {
    log('database schema is up to date');
  } else {
    await withRetries(() => node(['node_modules/prisma/build/index.js', 'migrate', 'deploy', '--config', config], { env, quiet: true }));
  }
  log('syncing the course from exercises/…');
  const out = await tsx('scripts/sync-course.ts', [], { env, quiet: true });
  if (!quiet) process.stdout.write(out);
  return out;
}

/**
 * A second instance starting next to a running one on the same SQLite file can find it locked: Prisma's
 * SQLite adapter reports SQLITE_BUSY in a form its migration engine does not know ("unknown variant
 * `SocketTimeout`") and gives up at once. The lock is transient, so a few tries are enough.
 */
async function withRetries(fn, tries = 5) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const transient = /SocketTimeout|database is locked|SQLITE_BUSY/i.test(String(err?.message));
      if (!transient || i >= tries) throw err;
      await new Promise((r) => setTimeout(r, 500 * i));
    }
  }
}

/**
 * True when every migration folder is recorded as applied in the SQLite file. A second instance starting
 * next to a running one then skips `migrate deploy`, which fails at once on the running instance's lock.
 */
function sqliteUpToDate(url) {
  const file = path.resolve(ROOT, url.slice('file:'.length));
  if (!existsSync(file)) return false;
  const folders = readdirSync(path.join(ROOT, 'prisma/migrations'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  let sqlite;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all();
    const applied = new Set(rows.map((r) => r.migration_name));
    return folders.every((f) => applied.has(f));
  } catch {
    return false; // no migrations table yet, or unreadable: let Prisma decide
  } finally {
    sqlite?.close();
  }
}
