import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/nn/rng';
import { Value } from '../../lib/nn/value';

/** tolerances for this file, in one place */
const TOL = { micrograd: 1e-12, numeric: 1e-7 };
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));

describe('Value: micrograd test_engine.py (H13)', () => {
  it('test_sanity_check: y = −20, dy/dx = 46', () => {
    const x = new Value(-4);
    const z = x.mul(2).add(2).add(x);
    const q = z.relu().add(z.mul(x));
    const h = z.mul(z).relu();
    const y = h.add(q).add(q.mul(x));
    y.backward();
    expect(y.data).toBe(-20);
    expect(x.grad).toBe(46);
  });

  it('test_more_ops: g = 24.70408163265306, dg/da = 138.83…, dg/db = 645.57…', () => {
    const a = new Value(-4);
    const b = new Value(2);
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c.add(1));
    c = c.add(new Value(1).add(c).add(a.neg()));
    d = d.add(d.mul(2).add(b.add(a).relu()));
    d = d.add(d.mul(3).add(b.sub(a).relu()));
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2);
    g = g.add(new Value(10).div(f));
    g.backward();
    expect(rel(g.data, 24.70408163265306)).toBeLessThan(TOL.micrograd);
    expect(rel(a.grad, 138.83381924198252)).toBeLessThan(TOL.micrograd);
    expect(rel(b.grad, 645.5772594752186)).toBeLessThan(TOL.micrograd);
  });
});

describe('Value: forks, diamonds and repeated backward', () => {
  it('y = x·x + x at x = 3 gives dy/dx = 7 (gradients accumulate at forks)', () => {
    const x = new Value(3);
    const y = x.mul(x).add(x);
    y.backward();
    expect(x.grad).toBe(7);
  });
  it('a diamond a → (b, c) → d gets each path once: d = (2a)·(a+1), dd/da = 4a + 2', () => {
    const a = new Value(1.5);
    const d = a.mul(2).mul(a.add(1));
    d.backward();
    expect(a.grad).toBe(4 * 1.5 + 2);
  });
  it('zeroGrad then backward reproduces the same gradients', () => {
    const x = new Value(0.3);
    const y = x.tanh().mul(x.exp()).add(x.pow(3));
    y.backward();
    const first = x.grad;
    y.zeroGrad();
    y.backward();
    expect(x.grad).toBe(first);
  });
});

describe('Value: every op against centered differences on random inputs', () => {
  const ops: [string, (a: Value, b: Value) => Value, (a: number, b: number) => number][] = [
    ['add', (a, b) => a.add(b), (a, b) => a + b],
    ['mul', (a, b) => a.mul(b), (a, b) => a * b],
    ['sub', (a, b) => a.sub(b), (a, b) => a - b],
    ['div', (a, b) => a.div(b), (a, b) => a / b],
    ['pow 3', (a) => a.pow(3), (a) => a ** 3],
    ['max', (a, b) => a.max(b), (a, b) => Math.max(a, b)],
    ['relu', (a) => a.relu(), (a) => Math.max(0, a)],
    ['tanh', (a) => a.tanh(), (a) => Math.tanh(a)],
    ['exp', (a) => a.exp(), (a) => Math.exp(a)],
    ['composite', (a, b) => a.mul(b).tanh().add(a.exp().div(b)).max(b.neg()), (a, b) => Math.max(Math.tanh(a * b) + Math.exp(a) / b, -b)],
  ];
  const rng = createRng(123);
  for (const [name, build, plain] of ops) {
    it(name, () => {
      for (let t = 0; t < 25; t++) {
        const [va, vb] = [rng.uniform(-2, 2), rng.uniform(0.5, 2) * (rng.next() < 0.5 ? -1 : 1)];
        if (Math.abs(va - vb) < 1e-3 || Math.abs(va) < 1e-3) continue; // stay off max/relu kinks
        const a = new Value(va);
        const b = new Value(vb);
        const out = build(a, b);
        expect(out.data).toBeCloseTo(plain(va, vb), 12);
        out.backward();
        const h = 1e-5;
        const da = (plain(va + h, vb) - plain(va - h, vb)) / (2 * h);
        const db = (plain(va, vb + h) - plain(va, vb - h)) / (2 * h);
        expect(rel(a.grad, da)).toBeLessThan(TOL.numeric);
        expect(rel(b.grad, db)).toBeLessThan(TOL.numeric);
      }
    });
  }
});
