import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A real production server (the same `next start` users get) on a fresh database, for one test file.
 * The web app must be built first (`npm test` does that).
 *
 * The database is SQLite by default. With NNLAB_TEST_DB=postgres each server gets a fresh PostgreSQL
 * database (nnlab_it_<port>) on the server at NNLAB_TEST_PG_URL (default: the one `.ci/run` and
 * `node scripts/lib/postgres.mjs start` run on 127.0.0.1:55432), so the same tests run on both.
 */
export interface TestServer {
  url: string;
  dbUrl: string;
  /** runs SQL straight on the database (e.g. to simulate an old state): identifiers double-quoted, `?` placeholders, so one query works on both */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
  /** SIGKILL the server and its grader workers at once, like a power cut */
  crash(): Promise<void>;
  /** process ids of this server's grader worker processes (children running grader/worker.ts) */
  graderWorkerPids(): number[];
}

const ROOT = path.resolve(__dirname, '../..');

export const testDatabase = (): 'sqlite' | 'postgres' => (process.env.NNLAB_TEST_DB === 'postgres' ? 'postgres' : 'sqlite');
const PG_SERVER = () => process.env.NNLAB_TEST_PG_URL || 'postgresql://postgres@127.0.0.1:55432/postgres';

/** a fresh (or, with keep, the existing) database for the server on this port */
async function freshDatabase(port: number, keep: boolean): Promise<string> {
  if (testDatabase() === 'sqlite') {
    const dbFile = path.join('data', 'test', `it-${port}.db`);
    if (!keep) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(ROOT, dbFile + suffix), { force: true });
    return `file:./${dbFile}`;
  }
  const name = `nnlab_it_${port}`;
  const admin = new pg.Client({ connectionString: PG_SERVER() });
  await admin.connect();
  try {
    if (!keep) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
  const url = new URL(PG_SERVER());
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T>(dbUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (dbUrl.startsWith('file:')) {
    const sqlite = new Database(path.resolve(ROOT, dbUrl.slice(5)));
    try {
      const stmt = sqlite.prepare(sql);
      if (!stmt.reader) {
        stmt.run(...params);
        return [];
      }
      return stmt.all(...params) as T[];
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    let i = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function startServer(opts: {
  port: number;
  env?: Record<string, string>;
  /** restart on this port's existing database instead of a fresh one */
  keepDb?: boolean;
  /** share another server's database (a second app instance) */
  dbUrl?: string;
}): Promise<TestServer> {
  const dbUrl = opts.dbUrl ?? (await freshDatabase(opts.port, !!opts.keepDb));
  const child = spawn(process.execPath, ['scripts/e2e-server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(opts.port), DATABASE_URL: dbUrl, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends next and the grader workers
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${opts.port}`;
  await waitFor(url, child, () => log);
  return {
    url,
    dbUrl,
    sql: (q, params) => query(dbUrl, q, params),
    stop: () => stop(child),
    crash: () => crash(child),
    graderWorkerPids: () => graderWorkerPids(child.pid!),
  };
}

async function waitFor(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 180_000; // a busy 2-core machine: migrations, course sync, first build load
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`test server exited early:\n${log()}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`test server did not come up within 180 s:\n${log()}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const t = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5000);
  await exited;
  clearTimeout(t);
}

function graderWorkerPids(groupId: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && Number(m[2]) === groupId && m[3].includes('grader/worker.ts'))
    .map((m) => Number(m[1]));
}

async function crash(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}
