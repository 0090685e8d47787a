import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, clipByValue, globalNorm } from '../../lib/nn/clip';
import { relError } from '../../lib/nn/numgrad';
import { createRng } from '../../lib/nn/rng';

/** tolerances for this file, in one place */
const TOL = { value: 1e-12 };

describe('clipping: CATALOG H15', () => {
  it('[3, 4] clipped to norm 1 is [0.6, 0.8]; by value at 1 it is [1, 1]', () => {
    expect(relError(clipByGlobalNorm([[3, 4]], 1)[0], [0.6, 0.8])).toBeLessThan(TOL.value);
    expect(clipByValue([3, 4], 1)).toEqual([1, 1]);
  });
  it('global norm over two tensors [[1,2]] and [[2,4]] with maxNorm 2 gives [[0.4,0.8]] and [[0.8,1.6]]', () => {
    const [a, b] = clipByGlobalNorm([[[1, 2]], [[2, 4]]], 2);
    expect(relError(a, [[0.4, 0.8]])).toBeLessThan(TOL.value);
    expect(relError(b, [[0.8, 1.6]])).toBeLessThan(TOL.value);
  });
});

describe('clipping: properties on random gradients', () => {
  it('the result has global norm min(‖g‖, maxNorm) and the same direction', () => {
    const rng = createRng(15);
    for (let t = 0; t < 50; t++) {
      const m = rng.randn(3, 4, 2);
      const grads = [m, rng.randnVec(5, 3)];
      const maxNorm = rng.uniform(0.1, 20);
      const n = globalNorm(grads);
      const clipped = clipByGlobalNorm(grads, maxNorm);
      expect(globalNorm(clipped)).toBeCloseTo(Math.min(n, maxNorm), 10);
      const k = Math.min(1, maxNorm / n);
      expect(relError(clipped[0], m.map((r) => r.map((v) => v * k)))).toBeLessThan(TOL.value);
    }
  });
  it('a zero gradient stays zero and the input is not modified', () => {
    const g = [[0, 0], [0, 0]];
    expect(clipByGlobalNorm([g], 1)).toEqual([[[0, 0], [0, 0]]]);
    const h = [3, 4];
    clipByGlobalNorm([h], 1);
    expect(h).toEqual([3, 4]);
  });
  it('clipByValue bounds every entry by c and keeps entries already inside', () => {
    const rng = createRng(16);
    const g = rng.randn(4, 5, 3);
    const c = clipByValue(g, 1);
    c.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(Math.abs(g[i][j]) <= 1 ? g[i][j] : Math.sign(g[i][j]))));
  });
});
