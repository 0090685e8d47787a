#!/usr/bin/env node
// `npm test`: every test. Builds the web app if needed (integration and browser tests run against the
// production build), then the type check, the vitest suites (unit, grader, integration, access matrix)
// and Playwright. Ends with one plain line "N passed, N failed" summing both runners.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv, ROOT } from './lib/env.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { run } from './lib/run.mjs';
import { prepareDatabase } from './lib/prepare.mjs';
import { rmSync } from 'node:fs';

const env = loadEnv({ NODE_ENV: 'production' });
const failures = [];
await buildIfNeeded(env);
// not under test-results/: Playwright empties that folder when it starts
const reports = path.join(ROOT, 'data', 'test', 'reports');
mkdirSync(reports, { recursive: true });
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');
const testEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport };

// The course as a fresh start-up loads it: every exercise must pass the sync's validation gate (reference
// passes, starter and mutants fail). This also fills the validation cache, so the test servers below start fast.
const courseDb = path.join('data', 'test', 'course-check.db');
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(ROOT, courseDb + suffix), { force: true });
try {
  const out = await prepareDatabase(loadEnv({ DATABASE_URL: `file:./${courseDb}` }), { quiet: true });
  process.stdout.write(out);
  if (/REFUSED/.test(out)) failures.push('course');
} catch (err) {
  console.error(err.message);
  failures.push('course');
}
for (const [name, cmd, args] of [
  ['typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']],
  ['vitest', process.execPath, ['--no-node-snapshot', 'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]],
  ['playwright', process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--reporter=list,json']],
]) {
  try {
    await run(cmd, args, { env: testEnv });
  } catch {
    failures.push(name);
  }
}

function counts() {
  let passed = 0;
  let failed = 0;
  try {
    const v = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  } catch {
    failed += 1; // no report: the runner itself failed
  }
  try {
    const p = JSON.parse(readFileSync(playwrightReport, 'utf8'));
    passed += p.stats.expected;
    failed += p.stats.unexpected + (p.stats.flaky ?? 0);
  } catch {
    failed += 1;
  }
  return { passed, failed };
}

const { passed, failed } = counts();
if (failures.length) console.error(`\nnnlab: failed: ${failures.join(', ')}`);
else console.log('\nnnlab: all test suites passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
