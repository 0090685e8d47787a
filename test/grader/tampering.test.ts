/**
 * Trust: a wrong solution stays wrong whatever it does to its own realm. The expected values are
 * computed on the host, results leave the isolate only through our serialiser, and the harness uses
 * builtins captured before the student's code ran.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startGrader, submit, wrongSoftmaxWith, allText } from './helpers';

const grader = startGrader(2);
afterAll(() => grader.close());

const tampering: [string, string][] = [
  ['Math.abs always 0', 'Math.abs = () => 0;'],
  ['Math.max and Math.exp replaced', 'const e = Math.exp; Math.max = () => 0; (Math as any).exp = (x: number) => e(Math.min(x, 700));'],
  ['Array.prototype.map/reduce replaced', 'Array.prototype.map = function () { return [0.09003057317038046, 0.24472847105479764, 0.6652409557748218]; } as any; Array.prototype.reduce = function () { return 1; } as any;'],
  ['JSON.stringify forges a passing result', `JSON.stringify = () => '[{"ok":true,"v":[0.09003057317038046,0.24472847105479764,0.6652409557748218]}]';`],
  ['JSON.parse replaced', 'JSON.parse = () => [[1, 2, 3]];'],
  ['Object.keys / getOwnPropertyDescriptor replaced', 'Object.keys = () => []; Object.getOwnPropertyDescriptor = () => undefined;'],
  ['Array.isArray lies', 'Array.isArray = () => false;'],
  ['String.prototype methods replaced', 'String.prototype.slice = () => "" as any; String.prototype.indexOf = () => -1;'],
  ['Number.prototype.toString replaced', 'Number.prototype.toString = () => "0.5";'],
  ['Object.prototype polluted with ok/v', 'Object.defineProperty(Object.prototype, "ok", { get: () => true }); (Object.prototype as any).v = [1];'],
  ['Math.random overwrite attempt', 'try { (Math as any).random = () => 0.5; } catch {}'],
];

describe('builtin tampering never turns a failure into a pass', () => {
  it.concurrent.each(tampering)('%s', async (_name, extra) => {
    const v = await submit(grader, wrongSoftmaxWith(extra));
    expect(v.passed).toBe(false);
    expect(v.score).toBeLessThan(v.maxScore);
  });
});

describe('crafted return values are judged as data', () => {
  const crafted: [string, string][] = [
    ['an object with toJSON', 'return { toJSON: () => [0.09003057317038046, 0.24472847105479764, 0.6652409557748218] } as any;'],
    ['an array-like object', 'return { 0: 0.09003057317038046, 1: 0.24472847105479764, 2: 0.6652409557748218, length: 3 } as any;'],
    ['getters on an array', 'const a: any = [0, 0, 0]; Object.defineProperty(a, "0", { get: () => 0.09 }); return a;'],
    ['a Proxy that answers every read with 1/3', 'return new Proxy([1, 1, 1], { get: (t, k) => (k === "length" ? 3 : 1 / 3) }) as any;'],
    ['a thenable resolving to NaN', 'return { then: (r: any) => r([NaN, NaN, NaN]) } as any;'],
    ['strings that look like numbers', 'return ["0.09003057317038046", "0.24472847105479764", "0.6652409557748218"] as any;'],
  ];
  it.concurrent.each(crafted)('%s', async (_name, body) => {
    const v = await submit(grader, `export function softmax(z: number[]): number[] { ${body} }\nexport function softmaxRows(Z: number[][]): number[][] { return Z.map(softmax); }`);
    expect(v.passed).toBe(false);
    expect(v.checks[0].passed).toBe(false);
  });
});

describe('hidden checks do not leak their inputs', () => {
  it('an unrevealed hidden check shows no input, expected or got, and mutes the console', async () => {
    const code = `
      export function softmax(z: number[]): number[] { console.log('z=' + JSON.stringify(z)); z[0] = 99; const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }
      export function softmaxRows(Z: number[][]): number[][] { throw new Error('leak ' + JSON.stringify(Z)); }`;
    const v = await submit(grader, code);
    const hidden = v.checks.filter((c) => c.visibility === 'hidden' && !c.passed);
    const unrevealed = hidden.filter((c) => c.name === 'the input is not modified' || c.name.startsWith('rows of softmaxRows sum'));
    expect(unrevealed).toHaveLength(2);
    for (const c of unrevealed) {
      expect(c.input).toBeUndefined();
      expect(c.expected).toBeUndefined();
      expect(c.got).toBeUndefined();
      expect(`${c.message} ${c.error ?? ''}`).not.toMatch(/leak/);
    }
    // the public check's console output is shown, the hidden one's is not
    expect(v.console).toContain('z=[1,2,3]');
    expect(v.console.join('\n')).toMatch(/hidden checks is not shown/);
    expect(v.console.join('\n')).not.toMatch(/z=\[3,1,2\]/);
    expect(allText(v)).toMatch(/leak \[\[1,2,3,4\]/); // public check: the student's own message is shown
  });
});
