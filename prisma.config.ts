// Prisma CLI configuration (SQLite, the default database). Prisma 6.19 with driver adapters and the
// JavaScript schema engine: no engine binary is downloaded (impossible on our machines, see STACK.md).
// With a config file Prisma does not read .env, and with DATABASE_URL unset the CLI would try to download
// an engine, so the default is set here, the same default lib/db/url.ts uses.
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

process.env.DATABASE_URL ||= 'file:./data/nnlab.db';

export default defineConfig({
  experimental: { adapter: true },
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  async adapter() {
    // timeout = busy timeout: wait for another process's write (a running server) instead of failing
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL!, timeout: 10_000 });
  },
});
