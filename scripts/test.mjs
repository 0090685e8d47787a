#!/usr/bin/env node
// `npm test`: every test. Builds the web app if needed (integration and browser tests run against the
// production build), then the vitest suites (unit, grader, integration, access matrix), then Playwright.
import { loadEnv } from './lib/env.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { run } from './lib/run.mjs';

const env = loadEnv({ NODE_ENV: 'production' });
const failures = [];
await buildIfNeeded(env);
const testEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const [name, cmd, args] of [
  ['typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']],
  ['vitest', process.execPath, ['--no-node-snapshot', 'node_modules/vitest/vitest.mjs', 'run']],
  ['playwright', process.execPath, ['node_modules/@playwright/test/cli.js', 'test']],
]) {
  try {
    await run(cmd, args, { env: testEnv });
  } catch {
    failures.push(name);
  }
}
if (failures.length) {
  console.error(`\nnlab: failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nnlab: all test suites passed');
