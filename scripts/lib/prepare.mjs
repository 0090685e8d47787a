// Bring a database up to date and load the course into it: migrations, then the exercise sync.
// Both start and the test server run this, so what a user starts is what the tests test.
import { node, tsx } from './run.mjs';

export async function prepareDatabase(env, { quiet = false } = {}) {
  const log = (m) => quiet || console.log(`nnlab: ${m}`);
  log('applying database migrations…');
  // one migrations folder per database: prisma/migrations (SQLite) or prisma/pg/migrations (PostgreSQL)
  const config = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? 'prisma.pg.config.ts' : 'prisma.config.ts';
  await withRetries(() => node(['node_modules/prisma/build/index.js', 'migrate', 'deploy', '--config', config], { env, quiet: true }));
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
