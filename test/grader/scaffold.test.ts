/** `nnlab new` scaffolds folders that `nnlab validate` accepts as they are, and refuses bad ids and overwrites. */
import { mkdtempSync, readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scaffoldExercise } from '../../grader/scaffold';
import { validateExercises } from '../../grader/validate';

const ROOT = path.resolve(__dirname, '../..');

function tempExercisesDir() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nnlab-new-'));
  symlinkSync(path.join(ROOT, 'grader'), path.join(root, 'grader'));
  symlinkSync(path.join(ROOT, 'lib'), path.join(root, 'lib'));
  mkdirSync(path.join(root, 'exercises'));
  return path.join(root, 'exercises');
}

describe('nnlab new', () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});

  it('a code scaffold validates as it is, in the section asked for', async () => {
    const dir = tempExercisesDir();
    expect(await scaffoldExercise(dir, ['leaky-scale', '--section', '2'])).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'leaky-scale/exercise.json'), 'utf8')).section).toBe(2);
    const [r] = await validateExercises(['leaky-scale'], { exercisesDir: dir, seeds: 2 });
    expect(r.problems).toEqual([]);
  }, 120_000);

  it('a quiz scaffold validates as it is', async () => {
    const dir = tempExercisesDir();
    expect(await scaffoldExercise(dir, ['my-quiz', '--quiz'])).toBe(0);
    const [r] = await validateExercises(['my-quiz'], { exercisesDir: dir, seeds: 3 });
    expect(r.problems).toEqual([]);
  }, 60_000);

  it('refuses a bad id, a bad section and an existing folder', async () => {
    const dir = tempExercisesDir();
    expect(await scaffoldExercise(dir, ['Bad Id'])).toBe(2);
    expect(await scaffoldExercise(dir, ['ok-id', '--section', '12'])).toBe(2);
    expect(await scaffoldExercise(dir, ['ok-id'])).toBe(0);
    expect(await scaffoldExercise(dir, ['ok-id'])).toBe(2);
  });
});
