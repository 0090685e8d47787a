// `next build` when the sources changed since the last build (a fingerprint of app/, lib/, components/,
// grader/ and the configs), so `npm start` on a fresh clone builds once and later starts are instant.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './env.mjs';
import { node } from './run.mjs';

const SOURCES = ['app', 'lib', 'components', 'grader', 'public', 'instrumentation.ts', 'next.config.js', 'package-lock.json', 'prisma/schema.prisma', 'prisma/pg/schema.prisma'];
const DIST = () => path.join(ROOT, process.env.NNLAB_DIST_DIR || '.next');
const STAMP = () => path.join(DIST(), 'nnlab-build-stamp');

function fingerprint() {
  const h = createHash('sha256');
  const visit = (rel) => {
    const abs = path.join(ROOT, rel);
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(path.join(rel, name));
    } else {
      h.update(`${rel}\0${st.size}\0`);
      h.update(readFileSync(abs));
    }
  };
  SOURCES.forEach(visit);
  return h.digest('hex');
}

export async function buildIfNeeded(env, { force = false } = {}) {
  const fp = fingerprint();
  const built = existsSync(path.join(DIST(), 'BUILD_ID')) && existsSync(STAMP()) && readFileSync(STAMP(), 'utf8') === fp;
  if (built && !force) return false;
  console.log('nnlab: building the web app (about a minute, once)…');
  const t0 = Date.now();
  await node(['node_modules/next/dist/bin/next', 'build', '--webpack'], { env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } });
  // fingerprint again: next build itself may rewrite tsconfig.json
  writeFileSync(STAMP(), fingerprint());
  console.log(`nnlab: built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}
