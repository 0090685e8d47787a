/**
 * The publication gate: the start-up sync (scripts/sync-course.ts, run as `npm start` runs it) validates a
 * changed exercise and refuses a broken one with a message naming the problem; the row keeps the last good
 * version's hash and students are not offered it. `nnlab validate` refuses the same folders.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { validateExercises } from '../../grader/validate';
import { CORRECT_SOFTMAX } from '../support/solutions';

const ROOT = path.resolve(__dirname, '../..');

function tempCourse() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nnlab-sync-'));
  symlinkSync(path.join(ROOT, 'grader'), path.join(root, 'grader'));
  symlinkSync(path.join(ROOT, 'lib'), path.join(root, 'lib'));
  cpSync(path.join(ROOT, 'exercises/softmax'), path.join(root, 'exercises/softmax'), { recursive: true });
  const db = path.join(root, 'test.db');
  const env = { ...process.env, DATABASE_URL: `file:${db}`, NNLAB_EXERCISES_DIR: path.join(root, 'exercises') };
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], { cwd: ROOT, env, stdio: 'pipe' });
  const sync = () => {
    const r = spawnSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'scripts/sync-course.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stdout + r.stderr;
  };
  const row = (id: string) => {
    const sql = new Database(db, { readonly: true });
    const r = sql.prepare('SELECT hash, available, problem FROM Exercise WHERE id = ?').get(id) as { hash: string; available: number; problem: string | null };
    sql.close();
    return r;
  };
  return { root, dir: path.join(root, 'exercises'), sync, row, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** rows no longer sum to 1: the checks' own judge (independent of the reference) fails the reference */
const REFERENCE_BUG = `export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / (s + 1));
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
`;

describe('the start-up sync refuses a broken exercise and keeps the last good version', () => {
  it('a reference that fails its own checks', async () => {
    const c = tempCourse();
    try {
      expect(c.sync()).toMatch(/1 updated, 0 refused/);
      const good = c.row('softmax');
      expect(good.available).toBe(1);

      writeFileSync(path.join(c.dir, 'softmax/reference.ts'), REFERENCE_BUG);
      const out = c.sync();
      expect(out).toMatch(/REFUSED exercise "softmax"/);
      expect(out).toMatch(/the reference fails on seed/);
      const refused = c.row('softmax');
      expect(refused).toMatchObject({ available: 0, hash: good.hash });
      expect(refused.problem).toMatch(/the reference fails/);

      const [v] = await validateExercises(['softmax'], { exercisesDir: c.dir, seeds: 2 });
      expect(v.ok).toBe(false);
      expect(v.problems.join('\n')).toMatch(/the reference fails/);

      // fixed again: offered again
      cpSync(path.join(ROOT, 'exercises/softmax/reference.ts'), path.join(c.dir, 'softmax/reference.ts'));
      c.sync();
      expect(c.row('softmax')).toMatchObject({ available: 1, problem: null });
    } finally {
      c.cleanup();
    }
  }, 240_000);

  it('a mutant that passes every check, in a new exercise: never offered, the problem names the mutant', async () => {
    const c = tempCourse();
    try {
      cpSync(path.join(c.dir, 'softmax'), path.join(c.dir, 'softmax-copy'), { recursive: true });
      writeFileSync(path.join(c.dir, 'softmax-copy/mutants/no-max-shift.ts'), CORRECT_SOFTMAX);
      const meta = JSON.parse(readFileSync(path.join(c.dir, 'softmax-copy/exercise.json'), 'utf8'));
      writeFileSync(path.join(c.dir, 'softmax-copy/exercise.json'), JSON.stringify({ ...meta, title: 'A copy' }));
      const out = c.sync();
      expect(out).toMatch(/1 refused/);
      expect(out).toMatch(/mutant "no-max-shift" .* passes every check/);
      expect(c.row('softmax-copy')).toMatchObject({ available: 0, hash: '' });
      expect(c.row('softmax')).toMatchObject({ available: 1 });
    } finally {
      c.cleanup();
    }
  }, 240_000);
});
