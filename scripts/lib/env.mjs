// Environment defaults for every entry point (start, e2e server, CLI scripts), validated once.
// A fresh clone needs no .env at all: SQLite in data/, a generated auth secret kept in data/.auth-secret.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export function loadEnv(overrides = {}) {
  const env = { ...process.env, ...overrides };
  env.DATABASE_URL ||= 'file:./data/nnlab.db';
  env.PORT ||= '3000';
  env.NEXTAUTH_URL ||= `http://localhost:${env.PORT}`;
  if (!env.NEXTAUTH_SECRET) env.NEXTAUTH_SECRET = persistentSecret();
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number (1–65535), got "${env.PORT}".`);
  if (!/^(file:|postgres(ql)?:\/\/)/.test(env.DATABASE_URL)) {
    fail(`DATABASE_URL must start with file: (SQLite) or postgresql:// — got "${env.DATABASE_URL}".`);
  }
  if (env.DATABASE_URL.startsWith('file:')) {
    mkdirSync(path.dirname(path.resolve(ROOT, env.DATABASE_URL.slice(5))), { recursive: true });
  }
  return env;
}

function persistentSecret() {
  const file = path.join(ROOT, 'data', '.auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function fail(message) {
  console.error(`\n  nnlab: ${message}\n`);
  process.exit(1);
}
