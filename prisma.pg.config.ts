// Prisma CLI configuration for PostgreSQL (`prisma migrate deploy --config prisma.pg.config.ts`).
// The schema and migrations under prisma/pg/ are derived from prisma/schema.prisma by
// scripts/lib/pg-migrations.mjs (only the provider differs); never edit them by hand.
//
// The pool below carries a CLI-side fix for prisma/orm#27403: the schema engine reads PostgreSQL's
// catalog, whose columns of type name/char/regproc/… the pg driver adapter cannot map ("Column type
// 'name' could not be deserialized"). They are plain text to us, so their type ids are rewritten to
// text (and their arrays to text[]) before the adapter sees a result. The app's runtime never needs it.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

process.env.DATABASE_URL ||= 'postgresql://postgres@127.0.0.1:55432/nnlab';

const TEXT = 25;
const TEXT_ARRAY = 1009;
const AS_TEXT = new Set([18, 19, 24, 194, 2205, 2206]); // char, name, regproc, pg_node_tree, regclass, regtype
const AS_TEXT_ARRAY = new Set([1002, 1003]); // char[], name[]

function remapFields(result: unknown) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT;
      else if (AS_TEXT_ARRAY.has(f.dataTypeID)) f.dataTypeID = TEXT_ARRAY;
    }
  }
  return result;
}

/** wraps a connection's query() (promise and callback forms) so every result passes through remapFields */
function patchQuery(client: pg.PoolClient) {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => (last as (e: unknown, r: unknown) => void)(err, err ? res : remapFields(res));
      return original(...args);
    }
    const out = original(...args);
    return out instanceof Promise ? out.then(remapFields) : out;
  };
}

function catalogSafePool(connectionString: string) {
  const pool = new pg.Pool({ connectionString });
  // every new connection of the pool (pool.query and pool.connect both go through them)
  pool.on('connect', patchQuery);
  return pool;
}

export default defineConfig({
  experimental: { adapter: true },
  schema: 'prisma/pg/schema.prisma',
  migrations: { path: 'prisma/pg/migrations' },
  engine: 'js',
  async adapter() {
    return new PrismaPg(catalogSafePool(process.env.DATABASE_URL!), { disposeExternalPool: true });
  },
});
