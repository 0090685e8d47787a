import { describe, expect, it } from 'vitest';
import { AddGate, CopyGate, MaxGate, MulGate, SigmoidGate, circuit, sigmoidNeuron } from '../../lib/nn/gates';
import { sigmoid } from '../../lib/nn/activations';
import { numGrad, relError } from '../../lib/nn/numgrad';
import { createRng } from '../../lib/nn/rng';

/** tolerances for this file, in one place */
const TOL = { value: 1e-12, grad: 1e-7 };

describe('gates: CATALOG H12', () => {
  it('f = 2·(x·y + max(z, w)) at (3, −4, 2, −1): f = −20, grads −8, 6, 2, 0', () => {
    expect(circuit(3, -4, 2, -1)).toEqual({ f: -20, dx: -8, dy: 6, dz: 2, dw: 0 });
  });
  it('sigmoid neuron w = [2, −3, −3], x = [−1, −2]', () => {
    const { f, dx, dw } = sigmoidNeuron([2, -3, -3], [-1, -2]);
    expect(relError(f, 0.7310585786300049)).toBeLessThan(TOL.value);
    expect(relError(dx, [0.3932238664829637, -0.5898357997244456])).toBeLessThan(TOL.value);
    expect(relError(dw, [-0.19661193324148185, -0.3932238664829637, 0.19661193324148185])).toBeLessThan(TOL.value);
  });
});

describe('gate patterns', () => {
  it('add distributes, mul swaps, max routes, copy sums', () => {
    const add = new AddGate();
    add.forward(2, 5);
    expect(add.backward(3)).toEqual([3, 3]);
    const mul = new MulGate();
    expect(mul.forward(2, 5)).toBe(10);
    expect(mul.backward(3)).toEqual([15, 6]);
    const max = new MaxGate();
    expect(max.forward(-1, 4)).toBe(4);
    expect(max.backward(3)).toEqual([0, 3]);
    expect(new CopyGate().backward(1.5, -4)).toBe(-2.5);
  });
  it('circuit gradients match centered differences on random inputs', () => {
    const rng = createRng(4);
    for (let t = 0; t < 20; t++) {
      const v = rng.randnVec(4, 2);
      if (Math.abs(v[2] - v[3]) < 1e-3) continue; // off the max kink
      const { dx, dy, dz, dw } = circuit(v[0], v[1], v[2], v[3]);
      const num = numGrad(() => circuit(v[0], v[1], v[2], v[3]).f, v);
      expect(relError([dx, dy, dz, dw], num)).toBeLessThan(TOL.grad);
    }
  });
});

describe('sigmoid', () => {
  it('1 − σ(a) = σ(−a), σ in [0, 1], no NaN at ±800', () => {
    const rng = createRng(8);
    for (let t = 0; t < 200; t++) {
      const a = rng.uniform(-40, 40);
      expect(Math.abs(1 - sigmoid(a) - sigmoid(-a))).toBeLessThan(TOL.value);
      expect(sigmoid(a)).toBeGreaterThanOrEqual(0);
      expect(sigmoid(a)).toBeLessThanOrEqual(1);
    }
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
  });
  it('the σ gate backward equals σ(1−σ) and the numerical derivative', () => {
    const rng = createRng(2);
    for (let t = 0; t < 20; t++) {
      const a = [rng.uniform(-6, 6)];
      const g = new SigmoidGate();
      g.forward(a[0]);
      expect(relError(g.backward(1), numGrad(() => sigmoid(a[0]), a)[0] as number)).toBeLessThan(TOL.grad);
    }
  });
  it('sigmoidNeuron gradients match centered differences on random inputs', () => {
    const rng = createRng(3);
    for (let t = 0; t < 20; t++) {
      const w = rng.randnVec(3);
      const x = rng.randnVec(2);
      const { dw, dx } = sigmoidNeuron(w, x);
      expect(relError(dw, numGrad(() => sigmoidNeuron(w, x).f, w))).toBeLessThan(TOL.grad);
      expect(relError(dx, numGrad(() => sigmoidNeuron(w, x).f, x))).toBeLessThan(TOL.grad);
    }
  });
});
