import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/nn/rng';
import { gridSearch, gridValues, randomSearch, sampleLogUniform } from '../../lib/nn/search';

const TOL = { forward: 1e-12, sigmas: 6 };

describe('H18: log-uniform sampling', () => {
  it('P(lr < 1e-3) on [1e-6, 10] is 3/7 over 100k draws, within 6σ; all draws are inside the bounds', () => {
    const rng = createRng(18);
    const n = 100_000;
    const xs = Array.from({ length: n }, () => sampleLogUniform(1e-6, 10, rng));
    const frac = xs.filter((x) => x < 1e-3).length / n;
    const p = 3 / 7;
    expect(Math.abs(frac - p)).toBeLessThan((TOL.sigmas * Math.sqrt(p * (1 - p))) / Math.sqrt(n));
    expect(xs.every((x) => x >= 1e-6 && x <= 10)).toBe(true);
  });
  it('the log grid of [1e-4, 1e-2] with 3 points has the geometric midpoint 1e-3', () => {
    const g = gridValues({ lo: 1e-4, hi: 1e-2, scale: 'log' }, 3);
    expect(g[1]).toBeCloseTo(1e-3, 15);
    expect(gridValues({ lo: 1e-4, hi: 1e-2, scale: 'linear' }, 3)[1]).toBeCloseTo(0.00505, 15);
  });
});

describe('random vs grid search (Bergstra & Bengio)', () => {
  const space = { lr: { lo: 1e-4, hi: 1, scale: 'log' as const }, reg: { lo: 0, hi: 1, scale: 'linear' as const } };
  // only lr matters; the best lr, 5e-4, falls between the grid points 1e-4, 1e-2, 1
  const objective = (p: Record<string, number>) => (Math.log10(p.lr) - Math.log10(5e-4)) ** 2;
  it('9 random trials try 9 distinct lr values, a 3×3 grid only 3', () => {
    const r = randomSearch(space, 9, objective, createRng(1));
    const g = gridSearch(space, 3, objective);
    expect(new Set(r.trials.map((t) => t.params.lr)).size).toBe(9);
    expect(new Set(g.trials.map((t) => t.params.lr)).size).toBe(3);
    expect(g.trials).toHaveLength(9);
  });
  it('best is the lowest score; over many seeds random search gets closer to the optimum more often than grid', () => {
    let wins = 0;
    const g = gridSearch(space, 3, objective);
    for (let seed = 0; seed < 200; seed++) {
      const r = randomSearch(space, 9, objective, createRng(seed));
      expect(r.best.score).toBe(Math.min(...r.trials.map((t) => t.score)));
      if (r.best.score < g.best.score) wins++;
    }
    expect(wins).toBeGreaterThan(140);
  });
});
