import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/nn/rng';
import {
  sigmoid, sigmoidGrad, tanh, tanhGrad, relu, reluGrad, leakyRelu, leakyReluGrad,
  sigmoidBackward, tanhBackward, reluBackward, leakyReluBackward,
} from '../../lib/nn/activations';

/** Tolerances for this file, in one place (relative error with CS231n's 1e-8 floor). */
const TOL = { value: 1e-12, grad: 1e-7, property: 1e-12 };
const H = 1e-5; // centered-difference step
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
const numDeriv = (f: (x: number) => number, x: number) => (f(x + H) - f(x - H)) / (2 * H);

describe('activation values (CATALOG H16)', () => {
  it('reproduces the reference values', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoidGrad(0)).toBe(0.25);
    expect(relErr(sigmoidGrad(10), 4.5395807735907655e-5)).toBeLessThan(TOL.value);
    expect(relErr(tanhGrad(5), 1.815832309438603e-4)).toBeLessThan(TOL.value);
    expect(leakyRelu(-3)).toBeCloseTo(-0.03, 15);
    expect(leakyReluGrad(-3)).toBe(0.01);
    expect(relErr(tanh(0.7) + 1, 1.6043677771171636)).toBeLessThan(TOL.value);
    expect(relErr(2 * sigmoid(1.4), 1.6043677771171636)).toBeLessThan(TOL.value);
    expect(relErr(sigmoidGrad(0) ** 10, 9.5367431640625e-7)).toBeLessThan(TOL.value);
  });

  it('is finite at ±800 (no overflow) with the right limits', () => {
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoidGrad(800)).toBe(0);
    expect(sigmoidGrad(-800)).toBe(0);
    expect(tanh(-800)).toBe(-1);
    expect(tanhGrad(800)).toBe(0);
  });

  it('relu and leaky relu pass positives through and treat negatives as documented', () => {
    expect([relu(2.5), relu(-2.5), reluGrad(2.5), reluGrad(-2.5)]).toEqual([2.5, 0, 1, 0]);
    expect([leakyRelu(2.5, 0.2), leakyRelu(-2.5, 0.2), leakyReluGrad(-2.5, 0.2)]).toEqual([2.5, -0.5, 0.2]);
  });
});

describe('activation properties over random inputs', () => {
  const rng = createRng(231);
  const xs = Array.from({ length: 1000 }, () => rng.uniform(-20, 20));

  it('σ ∈ (0,1) and tanh ∈ (−1,1) on [−20, 20] (closed at the rounding limit)', () => {
    for (const x of xs) {
      expect(sigmoid(x)).toBeGreaterThan(0);
      expect(sigmoid(x)).toBeLessThanOrEqual(1);
      expect(Math.abs(tanh(x))).toBeLessThanOrEqual(1);
    }
  });

  it('1 − σ(a) = σ(−a) and tanh(x) + 1 = 2σ(2x)', () => {
    for (const x of xs) {
      expect(Math.abs(1 - sigmoid(x) - sigmoid(-x))).toBeLessThan(TOL.property);
      expect(Math.abs(tanh(x) + 1 - 2 * sigmoid(2 * x))).toBeLessThan(TOL.property);
    }
  });

  it('σ′ ≤ 0.25 everywhere, σ′ and tanh′ are even functions', () => {
    for (const x of xs) {
      expect(sigmoidGrad(x)).toBeLessThanOrEqual(0.25);
      expect(sigmoidGrad(x)).toBe(sigmoidGrad(-x));
      expect(relErr(tanhGrad(x), tanhGrad(-x))).toBeLessThan(TOL.property);
    }
  });
});

describe('derivatives against centered finite differences', () => {
  const rng = createRng(7);
  // away from ReLU's kink at 0; |x| ≤ 6 keeps σ′ and tanh′ large enough for the difference to resolve
  const xs = Array.from({ length: 200 }, () => {
    const x = rng.uniform(-6, 6);
    return Math.abs(x) < 1e-3 ? 0.5 : x;
  });
  const pairs: [string, (x: number) => number, (x: number) => number][] = [
    ['sigmoid', sigmoid, sigmoidGrad],
    ['tanh', tanh, tanhGrad],
    ['relu', relu, reluGrad],
    ['leakyRelu', (x) => leakyRelu(x), (x) => leakyReluGrad(x)],
    ['leakyRelu α=0.3', (x) => leakyRelu(x, 0.3), (x) => leakyReluGrad(x, 0.3)],
  ];
  for (const [name, f, df] of pairs) {
    it(`${name}′ matches the numerical derivative`, () => {
      for (const x of xs) expect(relErr(df(x), numDeriv(f, x))).toBeLessThan(TOL.grad);
    });
  }

  it('layer backward = dout ⊙ f′(x)', () => {
    const x = [-2, -0.5, 0.3, 4];
    const dout = [1.5, -2, 0.25, 3];
    const cases: [Function, (v: number) => number][] = [
      [sigmoidBackward, sigmoidGrad],
      [tanhBackward, tanhGrad],
      [reluBackward, reluGrad],
      [leakyReluBackward, (v) => leakyReluGrad(v)],
    ];
    for (const [backward, grad] of cases) {
      expect(backward(dout, x)).toEqual(dout.map((d, i) => d * grad(x[i])));
    }
    expect(leakyReluBackward(dout, x, 0.2)).toEqual([0.3, -0.4, 0.25, 3].map((v, i) => (i < 2 ? dout[i] * 0.2 : v)));
  });
});
