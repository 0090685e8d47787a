/**
 * The capstone on the host (no sandbox): the shipped digits and the fixed split, the worked example,
 * and the checks run against the reference, a correct-but-unusual solution (written with plain loops,
 * in-place Adam, sampling with replacement, polar-method normals, Xavier-free init code) and the
 * mutants. `nnlab validate capstone-mlp` does the same through the sandbox on 20 seeds.
 */
import { describe, expect, it } from 'vitest';
import type { CodeCheck, Exports, Json } from '../../grader/contract';
import checks from '../../exercises/capstone-mlp/checks';
import * as reference from '../../exercises/capstone-mlp/reference';
import * as dbMean from '../../exercises/capstone-mlp/mutants/db-mean';
import * as noShift from '../../exercises/capstone-mlp/mutants/softmax-no-max-shift';
import * as noBiasCorr from '../../exercises/capstone-mlp/mutants/adam-no-bias-correction';
import * as regGrad from '../../exercises/capstone-mlp/mutants/reg-grad-missing';
import * as accumulate from '../../exercises/capstone-mlp/mutants/accumulate-grads';
import { buildCases } from '../../grader/seeds';
import { runProbeOnHost } from '../../grader/host-run';
import { judgeCase } from '../../grader/judge';
import { DIGITS_TEST, DIGITS_TRAIN, digitsSplit, loadDigits, splitIndices } from '../../lib/datasets/digits';
import { spiral } from '../../lib/datasets/spiral';

const TOL = { forward: 1e-9 };
const PUBLIC_SEED = 20260101;
// training runs take seconds, and this machine is shared: generous, and not an assertion on time
const TRAINING_TIMEOUT_MS = 300_000;
const byName = (part: string): [CodeCheck, number] => {
  const i = checks.checks.findIndex((c) => c.name.includes(part));
  if (i < 0) throw new Error(`no check named like "${part}"`);
  return [checks.checks[i], i];
};

/** runs one check on the host; true when every case passes the check's judge */
async function passes(part: string, exports: Exports, seed = 7): Promise<{ passed: boolean; got: Json[] }> {
  const [check, index] = byName(part);
  const { cases, caseSeeds } = buildCases(check, index, check.visibility === 'public' ? PUBLIC_SEED : seed);
  const got: Json[] = [];
  for (let k = 0; k < cases.length; k++) {
    const exp = check.needsReference === false ? { ok: true as const, v: null } : await runProbeOnHost(check.probe, reference, cases[k], caseSeeds[k]);
    if (!exp.ok) throw new Error(`reference threw: ${exp.m}`);
    const g = await runProbeOnHost(check.probe, exports, cases[k], caseSeeds[k]);
    if (!g.ok) return { passed: false, got };
    got.push(g.v);
    if (!judgeCase(check, g.v, exp.v, cases[k]).passed) return { passed: false, got };
  }
  return { passed: true, got };
}

describe('the digits shipped with the repository', () => {
  it('has 1797 images of 64 pixels in 0..16, every digit about 180 times', () => {
    const { X, y } = loadDigits();
    expect(X).toHaveLength(1797);
    expect(X.every((row) => row.length === 64 && row.every((v) => Number.isInteger(v) && v >= 0 && v <= 16))).toBe(true);
    const counts = new Array(10).fill(0);
    y.forEach((c) => counts[c]++);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(170);
    expect(Math.max(...counts)).toBeLessThanOrEqual(190);
  });

  it('splits into disjoint 1437/360 parts with every digit in the test set in proportion', () => {
    const { train, test } = splitIndices();
    expect([train.length, test.length]).toEqual([DIGITS_TRAIN, DIGITS_TEST]);
    expect(new Set([...train, ...test]).size).toBe(1797);
    const { y } = loadDigits();
    for (let c = 0; c < 10; c++) {
      const n = test.filter((i) => y[i] === c).length;
      expect(n).toBeGreaterThanOrEqual(34);
      expect(n).toBeLessThanOrEqual(38);
    }
    expect(splitIndices()).toEqual({ train, test }); // the split is fixed
  });

  it('is centred by the training mean: training pixels average 0, in [−1, 1]', () => {
    const { train } = digitsSplit();
    for (let j = 0; j < 64; j++) expect(Math.abs(train.X.reduce((s, r) => s + r[j], 0) / train.X.length)).toBeLessThan(1e-12);
    expect(train.X.every((r) => r.every((v) => v >= -1 && v <= 1))).toBe(true);
  });
});

describe('the spiral', () => {
  it('has K·N points on arms of radius ≤ 1, one label per arm', () => {
    const d = spiral(3, 100, 3);
    expect(d.X).toHaveLength(300);
    expect(d.X.every(([a, b]) => Math.hypot(a, b) <= 1 + 1e-12)).toBe(true);
    expect(new Set(d.y)).toEqual(new Set([0, 1, 2]));
  });
});

describe('capstone-mlp reference', () => {
  it('reproduces the worked example (CATALOG H14) in the exercise convention', () => {
    const model = { W1: [[0.2, 1.5, -0.3], [-0.5, -1.3, 0.8]], b1: [0, 0.1, -0.2], W2: [[1, -0.5], [-1, 0.5], [0.5, 1]], b2: [0, 0] };
    const { loss, grads } = reference.lossAndGrads(model, [[1, -2]], [0], 0);
    expect(Math.abs(loss - 4.511047744848592)).toBeLessThan(TOL.forward);
    expect(grads.b1[0]).toBeCloseTo(-1.4835195860541102, 12);
    expect(grads.W2[1][1]).toBeCloseTo(4.1538548409515075, 12);
    expect(grads.W2[2]).toEqual([0, 0]);
  });

  it('passes every check, the three training runs included', async () => {
    for (const part of ['piece 1', 'piece 2', 'piece 3', 'piece 4', 'pieces on random', 'assembled net', 'gradient check of the assembled', 'gradient check on random', 'spiral', 'handwritten digits', 'overfitting'])
      expect((await passes(part, reference)).passed, part).toBe(true);
  }, TRAINING_TIMEOUT_MS);
});

/* A correct solution written differently from the reference: plain loops, Adam in place (and returned),
 * mini-batches sampled WITH replacement, normals from the polar method, caches as tuples. */
const unusual: Exports = (() => {
  const randn = () => {
    for (;;) {
      const u = 2 * Math.random() - 1, v = 2 * Math.random() - 1, s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
    }
  };
  const affineForward = (x: number[][], W: number[][], b: number[]) => {
    const out = x.map(() => b.slice());
    for (let i = 0; i < x.length; i++) for (let k = 0; k < W.length; k++) for (let j = 0; j < b.length; j++) out[i][j] += x[i][k] * W[k][j];
    return { out, cache: [x, W] as const };
  };
  const affineBackward = (dout: number[][], [x, W]: readonly [number[][], number[][]]) => {
    const dx = x.map((r) => r.map(() => 0)), dW = W.map((r) => r.map(() => 0)), db = dout[0].map(() => 0);
    for (let i = 0; i < x.length; i++)
      for (let j = 0; j < dout[0].length; j++) {
        db[j] += dout[i][j];
        for (let k = 0; k < W.length; k++) {
          dx[i][k] += dout[i][j] * W[k][j];
          dW[k][j] += x[i][k] * dout[i][j];
        }
      }
    return { dx, dW, db };
  };
  const reluForward = (x: number[][]) => ({ out: x.map((r) => r.map((v) => Math.max(0, v))), cache: x.map((r) => r.map((v) => v > 0)) });
  const reluBackward = (dout: number[][], mask: boolean[][]) => dout.map((r, i) => r.map((d, j) => (mask[i][j] ? d : 0)));
  const softmaxCE = (Z: number[][], y: number[]) => {
    let loss = 0;
    const dZ = Z.map((z, i) => {
      const m = Math.max(...z);
      const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
      loss += lse - z[y[i]];
      return z.map((v, j) => (Math.exp(v - lse) - (j === y[i] ? 1 : 0)) / Z.length);
    });
    return { loss: loss / Z.length, dZ };
  };
  const adamStep = (w: number[], g: number[], s: { m: number[]; v: number[]; t: number }, lr = 1e-3, b1 = 0.9, b2 = 0.999, eps = 1e-8) => {
    s.t++;
    for (let i = 0; i < w.length; i++) {
      s.m[i] = b1 * s.m[i] + (1 - b1) * g[i];
      s.v[i] = b2 * s.v[i] + (1 - b2) * g[i] * g[i];
      w[i] -= (lr * s.m[i]) / (1 - b1 ** s.t) / (Math.sqrt(s.v[i] / (1 - b2 ** s.t)) + eps);
    }
    return w;
  };
  const lossAndGrads = (model: any, X: number[][], y: number[], reg = 0) => {
    const a1 = affineForward(X, model.W1, model.b1), r = reluForward(a1.out), a2 = affineForward(r.out, model.W2, model.b2);
    const ce = softmaxCE(a2.out, y);
    let sq = 0;
    for (const W of [model.W1, model.W2]) for (const row of W) for (const w of row) sq += w * w;
    const g2 = affineBackward(ce.dZ, a2.cache), g1 = affineBackward(reluBackward(g2.dx, r.cache), a1.cache);
    const plus = (dW: number[][], W: number[][]) => dW.map((row, i) => row.map((d, j) => d + reg * W[i][j]));
    return { loss: ce.loss + 0.5 * reg * sq, grads: { W1: plus(g1.dW, model.W1), b1: g1.db, W2: plus(g2.dW, model.W2), b2: g2.db } };
  };
  const train = (X: number[][], y: number[], o: any) => {
    const D = X[0].length, C = Math.max(...y) + 1, Hd = o.hidden;
    const init = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => randn() * Math.sqrt(2 / r)));
    const model: any = { W1: init(D, Hd), b1: new Array(Hd).fill(0), W2: init(Hd, C), b2: new Array(C).fill(0) };
    const st: any = {};
    for (const k of ['W1', 'b1', 'W2', 'b2']) {
      const n = Array.isArray(model[k][0]) ? model[k].length * model[k][0].length : model[k].length;
      st[k] = { m: new Array(n).fill(0), v: new Array(n).fill(0), t: 0 };
    }
    const losses: number[] = [];
    for (let s = 0; s < o.steps; s++) {
      const idx = o.batchSize >= X.length ? X.map((_, i) => i) : Array.from({ length: o.batchSize }, () => Math.floor(Math.random() * X.length));
      const { loss, grads }: { loss: number; grads: any } = lossAndGrads(model, idx.map((i) => X[i]), idx.map((i) => y[i]), o.reg);
      losses.push(loss);
      for (const k of ['W1', 'W2']) {
        const cols = model[k][0].length;
        const w = adamStep(model[k].flat(), grads[k].flat(), st[k], o.lr);
        model[k] = model[k].map((_: unknown, i: number) => w.slice(i * cols, (i + 1) * cols));
      }
      for (const k of ['b1', 'b2']) adamStep(model[k], grads[k], st[k], o.lr);
    }
    return { model, losses };
  };
  const predict = (model: any, X: number[][]) =>
    affineForward(reluForward(affineForward(X, model.W1, model.b1).out).out, model.W2, model.b2).out.map((s) => s.indexOf(Math.max(...s)));
  return { affineForward, affineBackward, reluForward, reluBackward, softmaxCE, adamStep, lossAndGrads, train, predict };
})();

describe('capstone-mlp checks are honest', () => {
  it('a correct but unusual solution passes every check, digits included', async () => {
    for (const c of checks.checks)
      for (const seed of [3]) expect((await passes(c.name, unusual, seed)).passed, `${c.name}, seed ${seed}`).toBe(true);
  }, TRAINING_TIMEOUT_MS);

  it('each mutant fails the check that names its unit', async () => {
    expect((await passes('piece 1', dbMean)).passed).toBe(false);
    expect((await passes('gradient check of the assembled', dbMean)).passed).toBe(false);
    expect((await passes('piece 3', noShift)).passed).toBe(false);
    expect((await passes('piece 4', noBiasCorr)).passed).toBe(false);
    expect((await passes('gradient check of the assembled', regGrad)).passed).toBe(false);
    // the accumulated gradients leave every piece correct: only training shows it
    expect((await passes('assembled net', accumulate)).passed).toBe(true);
    expect((await passes('spiral', accumulate)).passed).toBe(false);
  }, TRAINING_TIMEOUT_MS);
});
