/** The nnlab CLI as CI and instructors use it: exit codes and the --json shape. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORRECT_SOFTMAX, ROOT } from './helpers';

function nnlab(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/nnlab.mjs'), ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr }),
    );
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'nnlab-cli-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

// each call starts node + tsx (+ one worker): slow on a loaded 2-core machine, so run them one by one
const SLOW = 120_000;

describe('nnlab grade', () => {
  it('a correct solution: exit 0 and one JSON object with passed, score, maxScore, checks', async () => {
    const r = await nnlab('grade', 'softmax', file('ok.ts', CORRECT_SOFTMAX), '--json', '--seed', '3');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({ passed: true, status: 'graded', seed: 3, mode: 'submit' });
    expect(v.score).toBe(v.maxScore);
    for (const c of v.checks) expect(c).toMatchObject({ name: expect.any(String), passed: true, message: expect.any(String) });
  }, SLOW);

  it('a wrong solution: exit 1, the misconception named; --public runs only public checks', async () => {
    const r = await nnlab('grade', 'softmax', path.join(ROOT, 'exercises/softmax/mutants/no-max-shift.ts'), '--json');
    expect(r.code).toBe(1);
    const v = JSON.parse(r.stdout);
    expect(v.passed).toBe(false);
    expect(v.misconception.mutant).toBe('no-max-shift');
    const pub = JSON.parse((await nnlab('grade', 'softmax', path.join(ROOT, 'exercises/softmax/mutants/no-max-shift.ts'), '--json', '--public')).stdout);
    expect(pub.mode).toBe('run');
    expect(pub.checks.every((c: { visibility: string }) => c.visibility === 'public')).toBe(true);
  }, SLOW);

  it('a hostile solution still gets an answer (exit 1)', async () => {
    const r = await nnlab('grade', 'softmax', file('loop.ts', 'export function softmax(z: number[]) { for (;;) {} }\nexport const softmaxRows = softmax;'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: false, status: 'timeout' });
  }, SLOW);

  it('usage and exercise errors exit 2', async () => {
    expect((await nnlab('grade', 'softmax')).code).toBe(2);
    expect((await nnlab('grade', 'no-such-exercise', file('x.ts', CORRECT_SOFTMAX), '--json')).code).toBe(2);
    expect((await nnlab('grade', 'softmax', path.join(dir, 'missing.ts'))).code).toBe(2);
    expect((await nnlab('grade', 'softmax', file('y.ts', CORRECT_SOFTMAX), '--seed', 'abc')).code).toBe(2);
    expect((await nnlab('frobnicate')).code).toBe(2);
  }, SLOW);
});

describe('nnlab list and validate', () => {
  it('list --json has id, section, kind, title for softmax', async () => {
    const r = await nnlab('list', '--json');
    const rows = JSON.parse(r.stdout) as { id: string; section: number; kind: string; title: string }[];
    expect(rows.find((x) => x.id === 'softmax')).toEqual({ id: 'softmax', section: 3, kind: 'code', title: 'Softmax that never overflows' });
  }, SLOW);

  it('validate softmax exits 0', async () => {
    const r = await nnlab('validate', 'softmax');
    expect(r.stdout).toMatch(/ok\s+softmax/);
    expect(r.code).toBe(0);
  }, SLOW);
});
