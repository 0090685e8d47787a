import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { rmSync } from 'node:fs';

/**
 * A real production server (the same `next start` users get) on a fresh SQLite database, for one test
 * file. The web app must be built first (`npm test` does that).
 */
export interface TestServer {
  url: string;
  dbUrl: string;
  stop(): Promise<void>;
  /** SIGKILL the server and its grader workers at once, like a power cut */
  crash(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

export async function startServer(opts: { port: number; env?: Record<string, string>; keepDb?: boolean }): Promise<TestServer> {
  const dbFile = path.join('data', 'test', `it-${opts.port}.db`);
  if (!opts.keepDb) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(ROOT, dbFile + suffix), { force: true });
  const dbUrl = `file:./${dbFile}`;
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
  return { url, dbUrl, stop: () => stop(child), crash: () => crash(child) };
}

async function waitFor(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
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
  throw new Error(`test server did not come up within 90 s:\n${log()}`);
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

async function crash(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}
