#!/usr/bin/env node
// `npm start`: the whole platform on one machine. Migrates the database (SQLite by default), loads the
// course from exercises/, builds the web app if the sources changed, then serves it with the grader pool.
import { spawn } from 'node:child_process';
import { loadEnv, ROOT } from './lib/env.mjs';
import { prepareDatabase } from './lib/prepare.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { tsx } from './lib/run.mjs';

const env = loadEnv({ NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

try {
  await buildIfNeeded(env);
  await prepareDatabase(env);
  if (env.NNLAB_ADMIN_EMAIL && env.NNLAB_ADMIN_PASSWORD) {
    await tsx('scripts/users.ts', ['ensure-admin'], { env });
  }
} catch (err) {
  console.error(`\nnlab: could not start.\n${err.message}`);
  process.exit(1);
}

console.log(`nnlab: serving on ${env.NEXTAUTH_URL} (Ctrl-C stops)`);
// --no-node-snapshot: isolated-vm's README asks for it on Node ≥ 20 (the grader workers inherit it too)
const server = spawn(process.execPath, ['--no-node-snapshot', 'node_modules/next/dist/bin/next', 'start', '-p', env.PORT, '-H', env.HOST || '0.0.0.0'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
