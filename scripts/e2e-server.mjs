#!/usr/bin/env node
// A production server on a fresh database, for the browser and integration tests:
// PORT (default 3100) and DATABASE_URL (default a new SQLite file under data/test/) can be set.
// The web app must already be built (scripts/test.mjs builds it first).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadEnv, ROOT } from './lib/env.mjs';
import { prepareDatabase } from './lib/prepare.mjs';

const port = process.env.PORT || '3100';
const dbFile = path.join('data', 'test', `e2e-${port}.db`);
if (!process.env.DATABASE_URL) {
  mkdirSync(path.join(ROOT, 'data', 'test'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(ROOT, dbFile + suffix), { force: true });
}
const env = loadEnv({
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
  DATABASE_URL: process.env.DATABASE_URL || `file:./${dbFile}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
});
await prepareDatabase(env, { quiet: true });
const server = spawn(process.execPath, ['--no-node-snapshot', 'node_modules/next/dist/bin/next', 'start', '-p', port, '-H', '127.0.0.1'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
