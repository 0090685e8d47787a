import { PrismaClient } from '../../generated/prisma/client';
import { PrismaClient as PgPrismaClient } from '../../generated/prisma-pg/client';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseKind, databaseUrl } from './url';

/**
 * One Prisma client per process (STYLE.md §12). Kept on globalThis so Next's dev-mode module reloads and
 * several route bundles in one server share it instead of opening a connection each.
 *
 * The provider is baked into a generated client, so there is one per database: generated/prisma (SQLite,
 * the zero-config default) and generated/prisma-pg (PostgreSQL, from prisma/pg/schema.prisma, the same
 * models). DATABASE_URL picks one. Both expose the same models and queries, so the rest of the app is
 * typed against the SQLite client and never knows which one it talks to.
 */
function createClient(): PrismaClient {
  const url = databaseUrl();
  if (databaseKind(url) === 'postgresql') {
    // a small pool per instance: with several instances on one server, connections add up
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
    return new PgPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  // timeout = SQLite busy timeout: wait for a concurrent writer instead of failing with SQLITE_BUSY
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const holder = globalThis as unknown as { __nnlabDb?: PrismaClient };

export const db: PrismaClient = (holder.__nnlabDb ??= createClient());
export type Db = PrismaClient;
