import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/nn/rng';
import { logSoftmax, softmax, softmaxRows } from '../../lib/nn/softmax';

/** Tolerances for this file, in one place. */
// logExp: exp(logSoftmax) carries the rounding of a log-space value of size |z| (up to ~1000 here)
const TOL = { value: 1e-9, sumToOne: 1e-12, shift: 1e-12, logExp: 1e-12 };
const relErr = (a: number[], b: number[]) =>
  Math.max(...a.map((v, i) => Math.abs(v - b[i]) / Math.max(1e-8, Math.abs(v) + Math.abs(b[i]))));

const H1 = [0.09003057317038046, 0.24472847105479764, 0.6652409557748218];

describe('softmax reference values (CATALOG H1, H2)', () => {
  it('softmax([1,2,3]) and softmax([1000,1001,1002]) agree with H1', () => {
    expect(relErr(softmax([1, 2, 3]), H1)).toBeLessThan(TOL.value);
    expect(relErr(softmax([1000, 1001, 1002]), H1)).toBeLessThan(TOL.value);
  });
  it('softmax([−1000, 0, 1000]) = [0, 0, 1] with no NaN', () => {
    expect(softmax([-1000, 0, 1000])).toEqual([0, 0, 1]);
  });
  it('logSoftmax([1000,1001,1002]) is finite and matches H1', () => {
    expect(relErr(logSoftmax([1000, 1001, 1002]), [-2.4076059644444285, -1.4076059644444285, -0.40760596444442854])).toBeLessThan(TOL.value);
  });
  it('the lecture example A = [0.35, 0.33, 0.32] (H2)', () => {
    expect(relErr(softmax([0.35, 0.33, 0.32]), [0.3389090415, 0.3321981929, 0.3288927656])).toBeLessThan(1e-9);
  });
});

describe('softmax properties over random inputs', () => {
  const rng = createRng(42);
  const zs = Array.from({ length: 300 }, () => rng.randnVec(rng.int(1, 12), rng.pick([0.1, 1, 30, 300])));

  it('entries in [0,1] and every vector sums to 1', () => {
    for (const z of zs) {
      const p = softmax(z);
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
      expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(TOL.sumToOne);
    }
  });

  it('shift invariance: softmax(z + c) = softmax(z) for c in {−500, 3.7, 1000}', () => {
    for (const z of zs.slice(0, 100)) {
      for (const c of [-500, 3.7, 1000]) {
        const a = softmax(z);
        const b = softmax(z.map((v) => v + c));
        for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i])).toBeLessThan(TOL.shift);
      }
    }
  });

  it('exp(logSoftmax) = softmax where softmax does not underflow', () => {
    for (const z of zs.slice(0, 100)) {
      const p = softmax(z);
      const lp = logSoftmax(z).map(Math.exp);
      for (let i = 0; i < p.length; i++) expect(Math.abs(p[i] - lp[i])).toBeLessThan(TOL.logExp);
    }
  });

  it('softmaxRows normalises each row, not each column', () => {
    const Z = rng.randn(4, 6, 2);
    const P = softmaxRows(Z);
    P.forEach((row, i) => expect(row).toEqual(softmax(Z[i])));
  });
});
