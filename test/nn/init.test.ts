import { describe, expect, it } from 'vitest';
import { activationStats, glorotUniformLimit, heUniformLimit, initStd, initWeights } from '../../lib/nn/init';
import { createRng } from '../../lib/nn/rng';

const TOL = { exact: 1e-15, stdRel: 0.02 };

const flat = (M: number[][]) => M.flat();
const sampleStd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
};

describe('H8: init standard deviations', () => {
  it('fan_in 512, fan_out 256', () => {
    expect(initStd('xavier', 512, 256)).toBeCloseTo(0.04419417382415922, 15);
    expect(initStd('he', 512, 256)).toBe(0.0625);
    expect(initStd('glorot', 512, 256)).toBeCloseTo(0.05103103630798288, 15);
    expect(glorotUniformLimit(512, 256)).toBeCloseTo(0.08838834764831845, 15);
    expect(heUniformLimit(512)).toBeCloseTo(0.10825317547305482, 15);
  });
  it('fan_in 100', () => {
    expect(initStd('xavier', 100, 7)).toBeCloseTo(0.1, 15);
    expect(initStd('he', 100, 7)).toBeCloseTo(0.1414213562373095, 15);
  });
});

describe('initWeights', () => {
  const rng = createRng(231);
  it('draws a fanIn × fanOut matrix whose sample std is within 2% of the scheme std (512×256 draws)', () => {
    for (const scheme of ['xavier', 'he', 'glorot', 'small', 'large'] as const) {
      const W = initWeights(512, 256, scheme, rng);
      expect(W.length).toBe(512);
      expect(W[0].length).toBe(256);
      // 131072 draws: the sample std's relative sd is 1/√(2n) ≈ 0.2%, so 2% is 10σ
      expect(Math.abs(sampleStd(flat(W)) / initStd(scheme, 512, 256) - 1)).toBeLessThan(TOL.stdRel);
    }
  });
  it("'zeros' is all zeros; the same seed gives the same matrix; a different fan-in changes the std", () => {
    expect(flat(initWeights(4, 3, 'zeros', rng)).every((v) => v === 0)).toBe(true);
    expect(initWeights(5, 4, 'he', createRng(9))).toEqual(initWeights(5, 4, 'he', createRng(9)));
    expect(initStd('he', 50, 10)).not.toBe(initStd('he', 200, 10));
  });
});

describe('activationStats (the lecture histogram experiment, width 100, N 50, depth 10)', () => {
  // thresholds shared with exercises/init-activation-stats; calibrated over 300 seeds (see its checks.ts)
  it('small weights collapse tanh activations, large ones saturate them, Xavier/He keep them alive', () => {
    for (const seed of [1, 2, 3]) {
      const small = activationStats('small', 'tanh', 10, 100, 50, createRng(seed));
      expect(small).toHaveLength(10);
      expect(small[9].std).toBeLessThan(1e-6);
      expect(activationStats('large', 'tanh', 10, 100, 50, createRng(seed))[9].saturated).toBeGreaterThan(0.5);
      const xt = activationStats('xavier', 'tanh', 10, 100, 50, createRng(seed))[9].std;
      expect(xt).toBeGreaterThan(0.1);
      expect(xt).toBeLessThan(0.4);
      const hr = activationStats('he', 'relu', 10, 100, 50, createRng(seed))[9];
      expect(hr.std).toBeGreaterThan(0.15);
      expect(hr.mean).toBeGreaterThan(0.3 * hr.std); // ReLU outputs are ≥ 0
      expect(activationStats('xavier', 'relu', 10, 100, 50, createRng(seed))[9].std).toBeLessThan(0.15);
    }
  });
});
