import path from 'node:path';
import { createGrader, type GraderClient } from '../../grader/index';
import type { Verdict } from '../../grader/contract';

export const ROOT = path.resolve(__dirname, '../..');

/** one pool per test file (workers take ~0.5 s to start) */
export function startGrader(workers = 2): GraderClient {
  return createGrader({ workers, rootDir: ROOT });
}

/** a correct softmax written the usual way */
export const CORRECT_SOFTMAX = `
export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
`;

/** a wrong softmax (no max shift) with extra code appended: the tampering must not rescue it */
export const wrongSoftmaxWith = (extra: string) => `
export function softmax(z: number[]): number[] {
  const e = z.map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
export function softmaxRows(Z: number[][]): number[][] {
  return Z.map(softmax);
}
${extra}
`;

export const submit = (g: GraderClient, code: string, seed = 1, exerciseId = 'softmax'): Promise<Verdict> =>
  g.grade({ exerciseId, code, mode: 'submit', seed });

/** every message a student sees, in one string, for assertions about what the verdict says */
export const allText = (v: Verdict) => [v.message ?? '', ...v.checks.map((c) => `${c.message} ${c.error ?? ''}`)].join('\n');
