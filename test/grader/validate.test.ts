/**
 * validate catches a broken exercise: a copy of softmax (in a temporary course whose grader/ and
 * lib/ link to the real ones) with a mutant that is actually correct, a passing starter and a bad field.
 */
import { cpSync, mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateExercises } from '../../grader/validate';
import { CORRECT_SOFTMAX, ROOT } from './helpers';

function tempCourse(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nnlab-course-'));
  symlinkSync(path.join(ROOT, 'grader'), path.join(root, 'grader'));
  symlinkSync(path.join(ROOT, 'lib'), path.join(root, 'lib'));
  cpSync(path.join(ROOT, 'exercises/softmax'), path.join(root, 'exercises/softmax'), { recursive: true });
  return path.join(root, 'exercises');
}

describe('nnlab validate', () => {
  it('accepts the lead\'s softmax exercise', async () => {
    const [r] = await validateExercises(['softmax'], { seeds: 3 });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reports a mutant that passes and a starter that passes, naming them', async () => {
    const dir = tempCourse();
    writeFileSync(path.join(dir, 'softmax/mutants/no-max-shift.ts'), CORRECT_SOFTMAX);
    writeFileSync(path.join(dir, 'softmax/starter.ts'), CORRECT_SOFTMAX);
    const [r] = await validateExercises(['softmax'], { exercisesDir: dir, seeds: 2 });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/mutant "no-max-shift".*passes every check/);
    expect(r.problems.join('\n')).toMatch(/starter passes/);
  });

  it('reports a bad metadata field by file and field name', async () => {
    const dir = tempCourse();
    const metaFile = path.join(dir, 'softmax/exercise.json');
    writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(readFileSync(metaFile, 'utf8')), section: 14 }));
    const [r] = await validateExercises(['softmax'], { exercisesDir: dir });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatch(/exercises\/softmax\/exercise\.json: field "section"/);
  });

  it('reports a probe that closes over a helper (it cannot run in the sandbox)', async () => {
    const dir = tempCourse();
    const checks = path.join(dir, 'softmax/checks.ts');
    writeFileSync(checks, readFileSync(checks, 'utf8').replace("probe: (S, args) => S.softmax(args[0]),", 'probe: (S, args) => S.softmax(helper(args[0])),').replace('export default', 'const helper = (x: number[]) => x;\nexport default'));
    const [r] = await validateExercises(['softmax'], { exercisesDir: dir, seeds: 1 });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/reference fails.*helper is not defined/);
  });
});
