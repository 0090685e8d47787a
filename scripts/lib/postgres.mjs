#!/usr/bin/env node
// A throwaway PostgreSQL server for CI, tests and benchmarks, from the machine's own binaries (initdb,
// pg_ctl, postgres in /usr/local/bin or PG_BIN). It listens on 127.0.0.1 on a private port, trusts local
// connections (nothing else can reach it) and keeps its data in a temporary directory deleted on stop.
// initdb refuses to run as root, so as root every command runs as the `postgres` user through runuser.
//
//   node scripts/lib/postgres.mjs start [--port 55432] [--dir /tmp/nnlab-pg-55432]   prints the URL
//   node scripts/lib/postgres.mjs stop  [--port 55432] [--dir …]
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';

const BIN = process.env.PG_BIN || '/usr/local/bin';
const isRoot = process.getuid?.() === 0;

function pg(cmd, args, { quiet = true } = {}) {
  const exe = path.join(BIN, cmd);
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  return execFileSync(file, argv, { stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
}

export const defaultDir = (port) => path.join('/tmp', `nnlab-pg-${port}`);
/** the maintenance URL; databases for tests are created inside this server */
export const serverUrl = (port, database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;

export function startPostgres({ port = 55432, dir = defaultDir(port) } = {}) {
  const data = path.join(dir, 'data');
  if (existsSync(path.join(data, 'postmaster.pid'))) stopPostgres({ port, dir });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale']);
  // fsync stays on: the durability tests must test what production does. More connections than the
  // default 100: two app instances plus a test's own clients plus one database per test file.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=64MB`;
  pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start']);
  return serverUrl(port);
}

export function stopPostgres({ port = 55432, dir = defaultDir(port) } = {}) {
  const data = path.join(dir, 'data');
  if (existsSync(data)) {
    try {
      pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
    } catch {
      /* not running */
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { port: { type: 'string' }, dir: { type: 'string' } } });
  const port = Number(values.port ?? 55432);
  const dir = values.dir ?? defaultDir(port);
  if (positionals[0] === 'start') console.log(startPostgres({ port, dir }));
  else if (positionals[0] === 'stop') stopPostgres({ port, dir });
  else {
    console.error('usage: node scripts/lib/postgres.mjs start|stop [--port N] [--dir D]');
    process.exit(2);
  }
}
