import { PrismaClient } from '../../generated/prisma/client';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseUrl } from './url';

/**
 * One Prisma client per process (STYLE.md §12). Kept on globalThis so Next's dev-mode module reloads and
 * several route bundles in one server share it instead of opening a connection each.
 */
function createClient(): PrismaClient {
  // timeout = SQLite busy timeout: wait for a concurrent writer instead of failing with SQLITE_BUSY
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const holder = globalThis as unknown as { __nnlabDb?: PrismaClient };

export const db: PrismaClient = (holder.__nnlabDb ??= createClient());
export type Db = PrismaClient;
