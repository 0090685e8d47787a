/** The host-side judges and the serialiser, on plain data. */
import { describe, expect, it } from 'vitest';
import { compare, judgeClose, relError } from '../../grader/judge';
import { captureBuiltins } from '../../grader/kit/builtins';
import { createSerialiser, RESULT_CAPS } from '../../grader/kit/serialise';
import { isCorrect } from '../../grader/quiz';
import { gradientJudge } from '../../grader/kit';

const serialise = createSerialiser(captureBuiltins(globalThis));

describe('relative error (CS231n)', () => {
  it('is max |x−y| / max(1e-8, |x|+|y|) and treats NaN vs NaN as equal, NaN vs number as infinitely wrong', () => {
    expect(relError(1, 1.000001)).toBeCloseTo(1e-6 / 2.000001, 12);
    expect(relError(0, 1e-12)).toBeCloseTo(1e-4, 12);
    expect(relError(NaN, NaN)).toBe(0);
    expect(relError(NaN, 1)).toBe(Infinity);
  });
});

describe('the close judge', () => {
  const tol = { value: 1e-9, name: 'forward' };
  it('passes within tolerance and reports the worst entry otherwise', () => {
    expect(judgeClose([1, 2], [1, 2 + 1e-12], tol).passed).toBe(true);
    const o = judgeClose([1, 2, 3], [1, 2.5, 3], tol);
    expect(o.passed).toBe(false);
    expect(o.message).toMatch(/\[1\]: expected 2, got 2\.5/);
    expect(o.relError).toBeCloseTo(0.5 / 4.5, 12);
  });
  it('fails a shape mismatch with a clear message', () => {
    expect(judgeClose([[1, 2]], [[1]], tol).message).toMatch(/\[0\]: expected 2 entries, got 1/);
    expect(judgeClose([1], 'NaN', tol).message).toMatch(/expected an array of 1/);
    expect(judgeClose({ W: [1] }, {}, tol).message).toMatch(/"W" is missing/);
  });
  it('counts every mismatching entry', () => {
    expect(compare([1, 2, 3, 4], [0, 0, 0, 4], 0).mismatchCount).toBe(3);
  });
});

describe('the serialiser', () => {
  it('encodes non-finite numbers as strings, undefined as null, skips getters, and caps size', () => {
    const o = { a: NaN, b: [Infinity, -Infinity, undefined], get c() { return 1; } };
    expect(JSON.parse(serialise(o, RESULT_CAPS))).toEqual({ a: 'NaN', b: ['Infinity', '-Infinity', null] });
    expect(JSON.parse(serialise(new Float64Array([1, 2]), RESULT_CAPS))).toEqual([1, 2]);
    expect(() => serialise(new Array(1e6).fill(0), RESULT_CAPS)).toThrow();
    const cyc: unknown[] = [];
    cyc.push(cyc);
    expect(() => serialise(cyc, RESULT_CAPS)).toThrow();
  });
});

describe('the gradient judge', () => {
  const { fn } = gradientJudge('grad');
  it('needs agreement with the numerical gradient AND the reference', () => {
    const ref = { analytic: [1, 2] };
    expect(fn({ got: { analytic: [1, 2], numeric: [1, 2 + 1e-9] }, expected: ref, args: null }).passed).toBe(true);
    expect(fn({ got: { analytic: [1, 3], numeric: [1, 2] }, expected: ref, args: null }).message).toMatch(/numerical gradient of your own forward/);
    // a forged numeric gradient that agrees with a wrong analytic one is still caught by the reference
    expect(fn({ got: { analytic: [1, 3], numeric: [1, 3] }, expected: ref, args: null }).message).toMatch(/not with the reference/);
  });
});

describe('quiz answers', () => {
  const numeric = { id: 'q', kind: 'numeric' as const, prompt: 'p', answer: 0.25, tolerance: { abs: 1e-3 }, explanation: 'e' };
  it('accepts numbers and numeric strings within tolerance, rejects the rest', () => {
    expect(isCorrect(numeric, 0.2505)).toBe(true);
    expect(isCorrect(numeric, ' 0.2499 ')).toBe(true);
    expect(isCorrect(numeric, '0.26')).toBe(false);
    expect(isCorrect(numeric, 'abc')).toBe(false);
    expect(isCorrect(numeric, null)).toBe(false);
    expect(isCorrect({ ...numeric, tolerance: { rel: 0.01 } }, 0.2524)).toBe(true);
  });
});
