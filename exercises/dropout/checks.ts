import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';

const forward = (S: any, a: any, H: any) => {
  const r = a.mask == null ? S.dropoutForward(H.clone(a.x), a.keepProb, a.mode) : S.dropoutForward(H.clone(a.x), a.keepProb, a.mode, H.clone(a.mask));
  return r.out;
};
const backward = (S: any, a: any, H: any) => {
  const r = S.dropoutForward(H.clone(a.x), a.keepProb, 'train', H.clone(a.mask));
  return S.dropoutBackward(H.clone(a.dout), r.cache);
};

/**
 * Statistics of a train pass on x = c (n units, no injected mask), computed in the probe with plain
 * loops so that only a few numbers leave the sandbox: the mean, the fraction of zeros, and how many
 * non-zero outputs differ from c/keepProb.
 */
const stats = (S: any, a: any, H: any) => {
  const x: number[] = [];
  for (let i = 0; i < a.n; i++) x.push(a.c);
  const out = S.dropoutForward(x, a.keepProb, 'train').out;
  let sum = 0, zeros = 0, wrongScale = 0;
  for (let i = 0; i < a.n; i++) {
    const v = +out[i];
    sum += v;
    if (v === 0) zeros++;
    else if (!(Math.abs(v - a.c / a.keepProb) <= 1e-12 * Math.abs(a.c / a.keepProb))) wrongScale++;
  }
  return { n: out.length, mean: sum / a.n, zeroFraction: zeros / a.n, wrongScale };
};

/**
 * 6-sigma bounds for n = 500 units per keepProb p: one output has sd c·√((1−p)/p), one zero-indicator
 * √(p(1−p)). For any correct Bernoulli sampler the number of zeros Z is Binomial(500, 1 − p), and
 * mean = c·(n − Z)/(n·p), so both bounds reject on the same event |Z/n − (1 − p)| > 6·√(p(1−p)/500).
 * Its exact binomial probability (summing the pmf) is 7.1e-9 for p = 0.2 and 0.8 and 1.3e-9 for
 * p = 0.5: false rejection < 1e-8 per case. (At p = 0.2 the skewed tail is heavier than the normal
 * approximation's 2e-9; n = 300 would already give 1.0e-8, hence 500.)
 * What it still catches, with a wide margin: keep and drop confused (Math.random() < 1 − p) zeroes
 * 20% of the units at p = 0.2 instead of 80%, 0.6 away when the tolerance is 0.107 and that sampler's
 * own sd is 0.018 (27 sd); any bias of the kept fraction beyond 0.13 (p = 0.5) or 0.11 (p = 0.2, 0.8).
 * A wrong scale (kept units not c/p) fails on any unit.
 */
function statsMatch({ got, args }: JudgeInput): JudgeOutcome {
  const a = args as { n: number; c: number; keepProb: number };
  const g = got as { n: number; mean: number; zeroFraction: number; wrongScale: number };
  const p = a.keepProb;
  if (!g || g.n !== a.n) return { passed: false, message: `expected ${a.n} outputs` };
  if (g.wrongScale > 0) return { passed: false, message: `${g.wrongScale} kept units are not x/keepProb = ${a.c / p}: kept units must be divided by keepProb` };
  const zTol = (6 * Math.sqrt(p * (1 - p))) / Math.sqrt(a.n);
  if (!(Math.abs(g.zeroFraction - (1 - p)) <= zTol))
    return { passed: false, message: `with keepProb = ${p}, ${(100 * g.zeroFraction).toFixed(2)}% of the units were zeroed; expected about ${(100 * (1 - p)).toFixed(0)}% (is keepProb the probability of keeping?)`, gotShown: g.zeroFraction.toFixed(4), expectedShown: `${(1 - p).toFixed(4)} ± ${zTol.toFixed(4)}` };
  const mTol = (6 * a.c * Math.sqrt((1 - p) / p)) / Math.sqrt(a.n);
  if (!(Math.abs(g.mean - a.c) <= mTol))
    return { passed: false, message: `the mean train output is ${g.mean.toFixed(4)}, expected x = ${a.c} (E[out] = x with inverted dropout)`, gotShown: g.mean.toFixed(4), expectedShown: `${a.c} ± ${mTol.toFixed(4)}` };
  return { passed: true, gotShown: `mean ${g.mean.toFixed(4)}, zeros ${g.zeroFraction.toFixed(4)}`, expectedShown: `mean ${a.c}, zeros ${(1 - p).toFixed(4)}` };
}

/** with dout = 1 the gradient must be 1/keepProb exactly where the forward output kept the unit, 0 elsewhere */
function sameMask({ got, args }: JudgeInput): JudgeOutcome {
  const a = args as { keepProb: number };
  const g = got as { out: number[]; dx: number[] };
  if (!g || !Array.isArray(g.dx) || g.dx.length !== g.out.length) return { passed: false, message: 'dropoutBackward must return one gradient per unit' };
  for (let i = 0; i < g.dx.length; i++) {
    const want = g.out[i] === 0 ? 0 : 1 / a.keepProb;
    if (!(Math.abs(g.dx[i] - want) <= 1e-12 * want)) return { passed: false, message: `unit ${i}: forward output ${g.out[i]}, gradient ${g.dx[i]}; expected ${want} (the backward pass must reuse the forward pass's mask and its 1/keepProb)` };
  }
  return { passed: true };
}

function masksDiffer({ got }: JudgeInput): JudgeOutcome {
  const [a, b] = got as number[][];
  return JSON.stringify(a) !== JSON.stringify(b) ? { passed: true } : { passed: false, message: 'two train passes dropped exactly the same 64 units: draw a new mask on every call (e.g. with Math.random())' };
}

const H11 = { x: [1, 2, 3, 4, 5], keepProb: 0.8, mask: [1, 0, 1, 1, 0] };

export default defineChecks({
  checks: [
    {
      name: 'worked example (mask given): train output [1.25, 0, 3.75, 5, 0]',
      visibility: 'public',
      points: 2,
      cases: [{ ...H11, mode: 'train' }],
      probe: forward,
      hint: 'Multiply by the mask and divide by keepProb (inverted dropout).',
    },
    {
      name: 'worked example: backward of ones gives [1.25, 0, 1.25, 1.25, 0]',
      visibility: 'public',
      points: 1,
      cases: [{ ...H11, dout: [1, 1, 1, 1, 1] }],
      probe: backward,
      hint: 'dx = dout · mask / keepProb, with the mask saved in the cache.',
    },
    {
      name: 'test mode returns x unchanged',
      visibility: 'public',
      points: 1,
      cases: [{ x: [1, 2, 3, 4, 5], keepProb: 0.8, mode: 'test' }, { x: [-2, 0.5], keepProb: 0.3, mode: 'test' }],
      probe: forward,
      hint: 'With inverted dropout all the scaling happens at train time.',
    },
    {
      name: 'random inputs and injected masks, forward and backward match the reference',
      visibility: 'hidden',
      points: 2,
      cases: (rng) =>
        [0.2, 0.5, 0.9].map((keepProb) => ({ x: rng.randnVec(8, 3), keepProb, mask: Array.from({ length: 8 }, () => (rng.next() < keepProb ? 1 : 0)), dout: rng.randnVec(8) })),
      probe: (S, a, H) => {
        const r = S.dropoutForward(H.clone(a.x), a.keepProb, 'train', H.clone(a.mask));
        return { out: r.out, dx: S.dropoutBackward(H.clone(a.dout), r.cache) };
      },
      reveal: true,
    },
    {
      name: 'statistics over 500 units (x = 3; keepProb 0.2, 0.5, 0.8): mean ≈ 3 and 1 − keepProb of the units zeroed',
      visibility: 'hidden',
      points: 3,
      cases: [0.2, 0.5, 0.8].map((keepProb) => ({ n: 500, c: 3, keepProb })),
      probe: stats,
      judge: { kind: 'custom', fn: statsMatch },
      // the judge reads only got (its bounds come from args): the reference is not run for it
      needsReference: false,
      reveal: true,
    },
    {
      name: 'keepProb = 1 keeps every unit unchanged',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [{ x: rng.randnVec(10), keepProb: 1, mode: 'train' }],
      probe: forward,
      reveal: true,
    },
    {
      name: 'without an injected mask, the backward pass reuses the forward pass mask',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [{ x: rng.randnVec(50).map((v: number) => v + Math.sign(v)), keepProb: 0.6 }],
      probe: (S, a, H) => {
        const r = S.dropoutForward(H.clone(a.x), a.keepProb, 'train');
        const ones: number[] = [];
        for (let i = 0; i < a.x.length; i++) ones.push(1);
        return { out: H.clone(r.out), dx: S.dropoutBackward(ones, r.cache) };
      },
      judge: { kind: 'custom', fn: sameMask },
      // judged on got alone (forward output against its own gradient)
      needsReference: false,
    },
    {
      name: 'two train passes draw different masks',
      visibility: 'hidden',
      points: 1,
      cases: [{ keepProb: 0.5 }],
      probe: (S, a) => {
        const x: number[] = [];
        for (let i = 0; i < 64; i++) x.push(1);
        return [S.dropoutForward(x, a.keepProb, 'train').out, S.dropoutForward(x, a.keepProb, 'train').out];
      },
      judge: { kind: 'custom', fn: masksDiffer },
      // judged on got alone (the two masks against each other)
      needsReference: false,
    },
    {
      name: 'x is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [{ ...H11 }],
      probe: (S, a, H) => {
        const x = H.clone(a.x);
        S.dropoutForward(x, a.keepProb, 'train', H.clone(a.mask));
        S.dropoutForward(x, a.keepProb, 'test');
        return x;
      },
      judge: { kind: 'exact' },
    },
  ],
});
