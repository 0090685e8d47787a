// Bring a database up to date and load the course into it: migrations, then the exercise sync.
// Both start and the test server run this, so what a user starts is what the tests test.
import { node, tsx } from './run.mjs';

export async function prepareDatabase(env, { quiet = false } = {}) {
  const log = (m) => quiet || console.log(`nnlab: ${m}`);
  log('applying database migrations…');
  // one migrations folder per database: prisma/migrations (SQLite) or prisma/pg/migrations (PostgreSQL)
  const config = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? 'prisma.pg.config.ts' : 'prisma.config.ts';
  await node(['node_modules/prisma/build/index.js', 'migrate', 'deploy', '--config', config], { env, quiet: true });
  log('syncing the course from exercises/…');
  const out = await tsx('scripts/sync-course.ts', [], { env, quiet: true });
  if (!quiet) process.stdout.write(out);
}
