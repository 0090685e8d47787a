#!/usr/bin/env node
// Derives the PostgreSQL schema and migrations from the one schema source, prisma/schema.prisma (SQLite).
//
//   node scripts/lib/pg-migrations.mjs            write prisma/pg/schema.prisma and any new pg migration
//   node scripts/lib/pg-migrations.mjs --check    exit 1 if they are out of date (CI)
//
// prisma/pg/schema.prisma is the source with the provider (and the client's output folder) changed, so it
// always describes the state the pg migrations reach. A new pg migration is the diff from that previous
// state to the new one (`prisma migrate diff --from-schema-datamodel … --to-schema-datamodel …`, which
// needs no database), named after the newest SQLite migration it mirrors, plus the SQL that Prisma's
// schema language cannot express and the SQLite migrations add by hand: partial indexes (the "one pending
// job per user and exercise" rule). Each pg migration lists the SQLite migrations it mirrors on a
// `-- mirrors:` line, so a later run knows which are new.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './env.mjs';
import { serverUrl, startPostgres, stopPostgres } from './postgres.mjs';

const SOURCE = path.join(ROOT, 'prisma/schema.prisma');
const SQLITE_MIGRATIONS = path.join(ROOT, 'prisma/migrations');
const PG_DIR = path.join(ROOT, 'prisma/pg');
const PG_SCHEMA = path.join(PG_DIR, 'schema.prisma');
const PG_MIGRATIONS = path.join(PG_DIR, 'migrations');
const HEADER = '// GENERATED from prisma/schema.prisma by scripts/lib/pg-migrations.mjs: edit the source, then rerun it.\n';

export function derivePgSchema(source) {
  const out = source
    .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/generated\/prisma"/, '$1"../../generated/prisma-pg"');
  if (!out.includes('"postgresql"') || !out.includes('generated/prisma-pg')) {
    throw new Error('prisma/schema.prisma: could not find the sqlite provider or the ../generated/prisma output to rewrite');
  }
  return HEADER + out;
}

const dirs = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);

function mirroredAlready() {
  const done = new Set();
  for (const name of dirs(PG_MIGRATIONS)) {
    const sql = readFileSync(path.join(PG_MIGRATIONS, name, 'migration.sql'), 'utf8');
    for (const m of sql.matchAll(/^-- mirrors: (.*)$/gm)) m[1].split(',').forEach((s) => done.add(s.trim()));
  }
  return done;
}

/**
 * The hand-written statements of a SQLite migration that the datamodel diff cannot produce: partial
 * indexes, and the DROP INDEX of a partial index (to redefine it). `partial` holds the names of the
 * partial indexes seen so far, across migrations.
 */
function handWrittenSql(sql, partial) {
  const statements = sql.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
  const kept = [];
  for (const s of statements) {
    const created = /^CREATE\s+(?:UNIQUE\s+)?INDEX\s+"([^"]+)"[\s\S]*\bWHERE\b/i.exec(s);
    const dropped = /^DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?"([^"]+)"$/i.exec(s);
    if (created) partial.add(created[1]);
    if (created || (dropped && partial.has(dropped[1]))) kept.push(`${s};`);
  }
  return kept;
}

/** partial index names already created by earlier pg migrations */
function partialIndexesSoFar() {
  const names = new Set();
  for (const name of dirs(PG_MIGRATIONS)) {
    const sql = readFileSync(path.join(PG_MIGRATIONS, name, 'migration.sql'), 'utf8');
    for (const m of sql.matchAll(/CREATE\s+(?:UNIQUE\s+)?INDEX\s+"([^"]+)"[^;]*\bWHERE\b/gi)) names.add(m[1]);
  }
  return names;
}

function prisma(args, databaseUrl = 'postgresql://postgres@127.0.0.1:1/unused') {
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

/** migrate diff connects to a database even between two datamodels: PG_DATABASE_URL, or a throwaway server */
function withPostgres(fn) {
  if (process.env.PG_DATABASE_URL) return fn(process.env.PG_DATABASE_URL);
  const port = 55499;
  startPostgres({ port });
  try {
    return fn(serverUrl(port));
  } finally {
    stopPostgres({ port });
  }
}

function plan() {
  const next = derivePgSchema(readFileSync(SOURCE, 'utf8'));
  const prev = existsSync(PG_SCHEMA) ? readFileSync(PG_SCHEMA, 'utf8') : null;
  const done = mirroredAlready();
  const pending = dirs(SQLITE_MIGRATIONS).filter((n) => !done.has(n));
  return { next, prev, pending, upToDate: prev === next && pending.length === 0 };
}

export function writePgMigrations() {
  const { next, prev, pending, upToDate } = plan();
  if (upToDate) return null;
  if (pending.length === 0) {
    throw new Error('prisma/schema.prisma changed but there is no new SQLite migration to mirror: create it first (prisma migrate diff …)');
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'nnlab-pg-'));
  // the CLI reads the config's schema file before anything else (without it, it tries to download an
  // engine), so the new schema goes in place first and the old one comes back if the diff fails
  mkdirSync(PG_DIR, { recursive: true });
  writeFileSync(PG_SCHEMA, next);
  let ok = false;
  try {
    const to = path.join(tmp, 'to.prisma');
    const out = path.join(tmp, 'migration.sql');
    writeFileSync(to, next);
    const from = prev ? ['--from-schema-datamodel', path.join(tmp, 'from.prisma')] : ['--from-empty'];
    if (prev) writeFileSync(path.join(tmp, 'from.prisma'), prev);
    // to a temp file first: a failed diff still leaves an empty file that migrate deploy would record
    withPostgres((url) =>
      prisma(['migrate', 'diff', '--config', 'prisma.pg.config.ts', ...from, '--to-schema-datamodel', to, '--script', '--output', out], url),
    );
    const partial = partialIndexesSoFar();
    const extra = pending.flatMap((n) => handWrittenSql(readFileSync(path.join(SQLITE_MIGRATIONS, n, 'migration.sql'), 'utf8'), partial));
    const name = pending[pending.length - 1];
    const body = [
      `-- GENERATED by scripts/lib/pg-migrations.mjs for PostgreSQL`,
      `-- mirrors: ${pending.join(', ')}`,
      readFileSync(out, 'utf8').trim(),
      ...(extra.length ? ['-- hand-written in the SQLite migrations (partial indexes), carried over', ...extra] : []),
    ].join('\n\n');
    mkdirSync(path.join(PG_MIGRATIONS, name), { recursive: true });
    writeFileSync(path.join(PG_MIGRATIONS, name, 'migration.sql'), body + '\n');
    writeFileSync(path.join(PG_MIGRATIONS, 'migration_lock.toml'), '# Please do not edit this file manually\nprovider = "postgresql"\n');
    ok = true;
    return name;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (!ok) prev === null ? rmSync(PG_SCHEMA, { force: true }) : writeFileSync(PG_SCHEMA, prev);
  }
}

/** the PostgreSQL client (generated/prisma-pg), which the runtime loads when DATABASE_URL is postgresql:// */
export function generatePgClient() {
  prisma(['generate', '--config', 'prisma.pg.config.ts']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    if (!plan().upToDate) {
      console.error('prisma/pg is out of date with prisma/schema.prisma: run `node scripts/lib/pg-migrations.mjs` and commit prisma/pg');
      process.exit(1);
    }
    console.log('prisma/pg is up to date');
  } else {
    const name = writePgMigrations();
    console.log(name ? `wrote prisma/pg/migrations/${name}` : 'prisma/pg is already up to date');
    if (!process.argv.includes('--no-generate')) generatePgClient();
  }
}
