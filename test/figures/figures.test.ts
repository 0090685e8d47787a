/**
 * The data behind the section pages' figures (not pixels): each figure must show what its caption says.
 */
import { describe, expect, it } from 'vitest';
import * as F from '../../lib/figures/data';

// training-based figures take a few seconds on a loaded machine: a generous budget, not a timing assertion
const SLOW_MS = 300_000;
const TOL = { numericDerivative: 5e-3 };

describe('§2/§6 activation curves', () => {
  it('each derivative curve matches the numerical derivative of its function curve', () => {
    const rows = F.activationCurves();
    const pairs = [['sigmoid', 'dSigmoid'], ['tanh', 'dTanh'], ['relu', 'dRelu'], ['leaky', 'dLeaky']] as const;
    for (let i = 1; i < rows.length - 1; i++) {
      const x = rows[i].x as number;
      if (Math.abs(x) < 0.15) continue; // the ReLU kink sits between the neighbouring samples
      const h = (rows[i + 1].x as number) - x;
      for (const [f, d] of pairs) {
        const numeric = ((rows[i + 1][f] as number) - (rows[i - 1][f] as number)) / (2 * h);
        expect(Math.abs(numeric - (rows[i][d] as number)), `${d} at x = ${x}`).toBeLessThan(TOL.numericDerivative);
      }
    }
  });

  it('sigmoid′ peaks at 0.25 and both saturating derivatives vanish at |x| = 6', () => {
    const rows = F.activationCurves();
    expect(Math.max(...rows.map((r) => r.dSigmoid as number))).toBeCloseTo(0.25, 12);
    for (const r of [rows[0], rows[rows.length - 1]]) {
      expect(r.dSigmoid as number).toBeLessThan(0.003);
      expect(r.dTanh as number).toBeLessThan(0.0003);
    }
  });
});

describe('§8 activation statistics per layer', () => {
  it('small weights collapse, large tanh saturates, Xavier (tanh) and He (ReLU) keep a useful spread', () => {
    const { tanh, relu } = F.initStatistics();
    const last = (rows: typeof tanh, k: string) => rows[rows.length - 1][k] as number;
    expect(last(tanh, 'small')).toBeLessThan(1e-6);
    expect(last(tanh, 'large')).toBeGreaterThan(0.9);
    for (const row of tanh) expect(row.xavier as number).toBeGreaterThan(0.1);
    for (const row of relu) {
      expect(row.he as number).toBeGreaterThan(0.3);
      expect(row.he as number).toBeLessThan(3);
    }
    expect(last(relu, 'large')).toBeGreaterThan(1e3);
    expect(last(relu, 'xavier')).toBeLessThan(0.1 * (relu[0].xavier as number));
  });
});

describe('§7 optimizer paths', () => {
  const f = (p: { x: number; y: number }) => 0.5 * (p.x ** 2 + 25 * p.y ** 2);
  it('every optimizer ends far below where it started, near the minimum (0, 0)', () => {
    const { paths } = F.optimizerPaths();
    for (const [name, path] of Object.entries(paths)) {
      expect(path).toHaveLength(61);
      expect(f(path[path.length - 1]), name).toBeLessThan(0.01 * f(path[0]));
    }
  });

  it('plain SGD zig-zags across the steep direction', () => {
    const ys = F.optimizerPaths().paths.sgd.map((p) => p.y);
    const flips = ys.slice(1).filter((y, i) => Math.sign(y) !== Math.sign(ys[i])).length;
    expect(flips).toBeGreaterThan(20);
  });
});

describe('§1 decision boundaries on the spiral', () => {
  it('the linear model fails (≤ 60 %), the MLP fits (≥ 95 %), and the grids cover all three classes', () => {
    const b = F.spiralBoundaries();
    expect(b.points).toHaveLength(300);
    expect(b.linear.accuracy).toBeLessThanOrEqual(0.6);
    expect(b.mlp.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(new Set(b.mlp.grid.map((p) => p.c))).toEqual(new Set([0, 1, 2]));
  }, SLOW_MS);
});

describe('§3, §4, §9, §10, §11', () => {
  it('entropy of a coin: 0 at the ends, 1 bit at p = ½, symmetric', () => {
    const rows = F.binaryEntropy();
    expect(rows[0].bits).toBe(0);
    expect(rows[rows.length - 1].bits).toBe(0);
    expect(rows[50].bits).toBeCloseTo(1, 12);
    rows.forEach((r, i) => expect(r.bits as number).toBeCloseTo(rows[rows.length - 1 - i].bits as number, 5));
  });

  it('hinge is 0 from margin 1 on, cross-entropy stays positive and keeps falling', () => {
    const rows = F.lossVsMargin();
    for (const r of rows) {
      if ((r.margin as number) >= 1) expect(r.hinge).toBe(0);
      expect(r.crossEntropy as number).toBeGreaterThan(0);
    }
    for (let i = 1; i < rows.length; i++) expect(rows[i].crossEntropy as number).toBeLessThan(rows[i - 1].crossEntropy as number);
  });

  it('batch norm output is centred with unit spread', () => {
    const rows = F.batchNormHistograms();
    const n = rows.reduce((s, r) => s + (r.after as number), 0);
    expect(n).toBe(500);
    const mean = rows.reduce((s, r) => s + (r.after as number) * (r.x as number), 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.3);
  });

  it('overfitting: the training loss keeps falling while the validation loss turns up', () => {
    const rows = F.overfittingCurves();
    const val = rows.map((r) => r.validation as number);
    expect(rows[rows.length - 1].train as number).toBeLessThan(rows[0].train as number);
    expect(val[val.length - 1]).toBeGreaterThan(1.2 * Math.min(...val));
  }, SLOW_MS);

  it('uniform learning rates crowd into the top decade, log-uniform ones spread over all six', () => {
    const rows = F.learningRateSamples();
    expect(rows.reduce((s, r) => s + (r.uniform as number), 0)).toBe(200);
    expect(rows[rows.length - 1].uniform as number).toBeGreaterThan(150);
    for (const r of rows) expect(r.logUniform as number).toBeGreaterThan(10);
  });
});
