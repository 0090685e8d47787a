/**
 * Every containment case of ../shared/notes/SANDBOX.md: each hostile submission ends in a failing
 * verdict with a clear message, within bounded time, and the pool then grades a correct one fine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { VerdictStatus } from '../../grader/contract';
import { allText, CORRECT_SOFTMAX, startGrader, submit } from './helpers';

const grader = startGrader(2);
afterAll(() => grader.close());

/** wraps a hostile body into both entry points, so the failure happens wherever the checks start */
const hostile = (body: string, prelude = '') => `${prelude}
export function softmax(z: number[]): number[] { ${body} }
export function softmaxRows(Z: number[][]): number[][] { ${body} }
`;

interface Case {
  name: string;
  code: string;
  status: VerdictStatus[];
  message: RegExp;
}

const cases: Case[] = [
  { name: 'synchronous infinite loop', code: hostile('while (true) {} return z;'), status: ['timeout'], message: /time limit/i },
  { name: 'infinite loop in an async function after await', code: hostile('return (async () => { await null; for (;;) {} })() as any;'), status: ['timeout'], message: /time limit/i },
  { name: 'infinite microtask chain', code: hostile('const loop = (): any => Promise.resolve().then(loop); loop(); return z;'), status: ['timeout'], message: /time limit/i },
  { name: 'a promise that never settles', code: hostile('return new Promise(() => {}) as any;'), status: ['timeout'], message: /time limit/i },
  { name: 'Map growth (aborts V8)', code: hostile('const m = new Map(); for (let i = 0; ; i++) m.set(i, { i }); return z;'), status: ['memory', 'timeout'], message: /memory|time limit/i },
  { name: 'Set growth', code: hostile('const s = new Set(); for (let i = 0; ; i++) s.add("k" + i); return z;'), status: ['memory', 'timeout'], message: /memory|time limit/i },
  { name: 'dictionary-mode object growth', code: hostile('const o: any = {}; for (let i = 0; ; i++) o["k" + i] = i; return z;'), status: ['memory', 'timeout'], message: /memory|time limit/i },
  { name: 'string doubling bomb', code: hostile('let s = "x"; for (;;) s += s; return z;'), status: ['graded', 'memory'], message: /string length|memory/i },
  { name: 'array growth bomb', code: hostile('const a: number[][] = []; for (;;) a.push(new Array(1e6).fill(1)); return z;'), status: ['memory', 'timeout'], message: /memory|time limit/i },
  { name: 'typed-array bomb', code: hostile('const a = []; for (;;) a.push(new Float64Array(1e7)); return z;'), status: ['memory', 'graded', 'timeout'], message: /memory|allocation|time limit/i },
  { name: 'WebAssembly is gone', code: hostile('return [typeof (globalThis as any).WebAssembly === "undefined" ? NaN : 0.5] as any;'), status: ['graded'], message: /expected/i },
  { name: 'WebAssembly use throws', code: hostile('new (WebAssembly as any).Memory({ initial: 1 }); return z;'), status: ['graded'], message: /WebAssembly is not defined/ },
  { name: 'returning an object whose getter loops', code: hostile('return { get 0() { for (;;) {} }, length: 1 } as any;'), status: ['graded', 'timeout'], message: /time limit|expected an array/i },
  { name: 'returning an array with a looping getter', code: hostile('const a: any = [1]; Object.defineProperty(a, 0, { get() { for (;;) {} } }); return a;'), status: ['timeout'], message: /time limit/i },
  { name: 'returning a Proxy whose traps loop', code: hostile('return new Proxy([], { get() { for (;;) {} }, ownKeys() { for (;;) {} } }) as any;'), status: ['timeout'], message: /time limit/i },
  { name: 'throwing a Proxy whose get loops', code: hostile('throw new Proxy({}, { get() { for (;;) {} }, getOwnPropertyDescriptor() { for (;;) {} }, has() { for (;;) {} } });'), status: ['timeout', 'graded'], message: /time limit|threw/i },
  { name: 'throwing an error with a looping message getter', code: hostile('const e = new Error("x"); Object.defineProperty(e, "message", { get() { for (;;) {} } }); throw e;'), status: ['graded', 'timeout'], message: /threw|time limit/i },
  { name: 'circular result', code: hostile('const a: any[] = []; a.push(a); return a;'), status: ['graded'], message: /nested more than|circular/i },
  { name: 'huge result', code: hostile('return new Array(5e6).fill(0.5);'), status: ['graded', 'timeout'], message: /more than \d+ entries|time limit/i },
  { name: 'log flood', code: hostile('for (let i = 0; i < 1e6; i++) console.log("spam " + i); return z;'), status: ['graded', 'timeout'], message: /expected|time limit/i },
  { name: 'process probe', code: hostile('return [(globalThis as any).process.pid] as any;'), status: ['graded'], message: /Cannot read properties of undefined/ },
  { name: 'require probe', code: hostile('return [(globalThis as any).require("fs")] as any;'), status: ['graded'], message: /require/ },
  { name: 'constructor.constructor escape', code: hostile('const p = (z as any).constructor.constructor("return process")(); return [p.pid] as any;'), status: ['graded'], message: /process is not defined/ },
  { name: 'dynamic import', code: hostile('return import("fs" + "") as any;'), status: ['compile_error', 'graded'], message: /import/i },
  { name: 'fetch and timers are absent', code: hostile('return [typeof fetch, typeof setTimeout, typeof Buffer, typeof performance] as any;'), status: ['graded'], message: /expected/i },
  { name: 'deep recursion', code: hostile('const f = (n: number): number => f(n + 1) + 1; return [f(0)];'), status: ['graded', 'timeout'], message: /call stack|time limit/i },
  { name: 'top-level code that loops', code: hostile('return z;', 'while (true) {}'), status: ['timeout'], message: /time limit/i },
  { name: 'a static import', code: `import fs from 'node:fs';\nexport const softmax = (z: number[]) => { fs.readFileSync('/etc/passwd'); return z; };\nexport const softmaxRows = softmax;`, status: ['compile_error'], message: /imports are not allowed/ },
  { name: 'require in the code', code: hostile('return require("child_process").execSync("id");'), status: ['compile_error'], message: /imports are not allowed/ },
];

describe('hostile submissions end in a failing verdict with a clear message', () => {
  it.concurrent.each(cases)('$name', async ({ code, status, message }) => {
    const t0 = Date.now();
    const v = await submit(grader, code);
    expect(v.passed).toBe(false);
    expect(status).toContain(v.status);
    expect(allText(v)).toMatch(message);
    // bounded: the 1 s limit, the host timer and at most one rerun on a fresh worker
    expect(Date.now() - t0).toBeLessThan(25_000);
  });

  it('after all of them, the pool still grades a correct submission', async () => {
    const vs = await Promise.all([1, 2, 3, 4].map((seed) => submit(grader, CORRECT_SOFTMAX, seed)));
    for (const v of vs) expect(v.passed, JSON.stringify(v.checks.filter((c) => !c.passed))).toBe(true);
  });

  it('a loop in a later check keeps the verdicts of the checks before it, and what was printed', async () => {
    const code = CORRECT_SOFTMAX.replace('return Z.map(softmax);', 'console.log("rows", Z.length); for (;;) {}');
    const v = await submit(grader, code);
    expect(v.status).toBe('timeout');
    expect(v.checks[0]).toMatchObject({ name: 'softmax([1, 2, 3]) matches the worked example', passed: true });
    const rows = v.checks.find((c) => c.name.startsWith('softmaxRows normalises'))!;
    expect(rows.passed).toBe(false);
    expect(rows.message).toMatch(/time limit exceeded during this check/);
    expect(v.console).toContain('rows 3');
  });

  it('a flooded console is capped and shown', async () => {
    const v = await submit(grader, hostile('for (let i = 0; i < 1e5; i++) console.log("line " + i); return z;'));
    expect(v.console.length).toBeLessThanOrEqual(201);
    expect(v.console[0]).toBe('line 0');
    expect(v.console.at(-1)).toMatch(/truncated/);
  });

  it('a compile error names the line, the column and the line text', async () => {
    const v = await submit(grader, 'export function softmax(z: number[]) {\n  return z.map((v) => v +);\n}\n');
    expect(v.status).toBe('compile_error');
    expect(v.compileError).toMatchObject({ line: 2 });
    expect(v.compileError!.lineText).toContain('v +');
    expect(v.compileError!.column).toBeGreaterThan(1);
  });

  it('a missing export is named', async () => {
    const v = await submit(grader, 'export function softmax(z: number[]) { return z; }');
    expect(v.status).toBe('missing_export');
    expect(v.message).toMatch(/softmaxRows/);
  });

  it('an exception is reported at the line of the student code', async () => {
    const v = await submit(grader, '// a comment\n\nexport function softmax(z: number[]): number[] {\n  const x: any = null;\n  return x.y;\n}\nexport const softmaxRows = (Z: number[][]) => Z;');
    const c = v.checks[0];
    expect(c.passed).toBe(false);
    expect(c.error).toMatch(/TypeError.*line 5/);
  });
});
