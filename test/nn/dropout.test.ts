import { describe, expect, it } from 'vitest';
import { dropoutBackward, dropoutForward, dropoutMask } from '../../lib/nn/dropout';
import { createRng } from '../../lib/nn/rng';

const TOL = { forward: 1e-12, sigmas: 6 };

describe('H11: inverted dropout with an injected mask', () => {
  const x = [1, 2, 3, 4, 5];
  const mask = [1, 0, 1, 1, 0];
  it('train output, backward of ones, test output', () => {
    const { out, cache } = dropoutForward(x, 0.8, 'train', mask);
    [1.25, 0, 3.75, 5, 0].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 12));
    [1.25, 0, 1.25, 1.25, 0].forEach((v, i) => expect(dropoutBackward([1, 1, 1, 1, 1], cache)[i]).toBeCloseTo(v, 12));
    expect(dropoutForward(x, 0.8, 'test').out).toEqual(x);
  });
});

describe('statistics of the mask (keepProb 0.2, 0.5, 0.8)', () => {
  it('E[out] = x and the zero fraction is 1 − keepProb, within 6σ', () => {
    const rng = createRng(5);
    const n = 100_000;
    for (const keep of [0.2, 0.5, 0.8]) {
      const { out } = dropoutForward(new Array(n).fill(3), keep, 'train', undefined, rng.next);
      const mean = out.reduce((a, b) => a + b, 0) / n;
      const zeros = out.filter((v) => v === 0).length / n;
      // per-unit sd of out is 3·√((1−k)/k); of the zero indicator √(k(1−k))
      expect(Math.abs(mean - 3)).toBeLessThan((TOL.sigmas * 3 * Math.sqrt((1 - keep) / keep)) / Math.sqrt(n));
      expect(Math.abs(zeros - (1 - keep))).toBeLessThan((TOL.sigmas * Math.sqrt(keep * (1 - keep))) / Math.sqrt(n));
    }
  });
  it('keepProb = 1 is the identity; two calls draw different masks', () => {
    const rng = createRng(6);
    expect(dropoutForward([1, 2, 3], 1, 'train', undefined, rng.next).out).toEqual([1, 2, 3]);
    expect(dropoutMask(64, 0.5, rng.next)).not.toEqual(dropoutMask(64, 0.5, rng.next));
  });
  it('backward equals the finite difference of forward with the same mask', () => {
    const rng = createRng(7);
    for (let k = 0; k < 20; k++) {
      const x = rng.randnVec(10, 3);
      const mask = dropoutMask(10, 0.6, rng.next);
      const dout = rng.randnVec(10);
      const { cache } = dropoutForward(x, 0.6, 'train', mask);
      const dx = dropoutBackward(dout, cache);
      x.forEach((_, i) => {
        const h = 1e-5;
        const f = (d: number) => dropoutForward(x.map((v, j) => (j === i ? v + d : v)), 0.6, 'train', mask).out.reduce((s, o, j) => s + o * dout[j], 0);
        expect(dx[i]).toBeCloseTo((f(h) - f(-h)) / (2 * h), 8);
      });
    }
  });
});
