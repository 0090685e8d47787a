interface Dim { lo: number; hi: number; scale: 'log' | 'linear' }
type Params = Record<string, number>;
interface Rng { next(): number; uniform(lo: number, hi: number): number }

export function sampleLogUniform(lo: number, hi: number, rng: Rng): number {
  return 10 ** rng.uniform(Math.log10(lo), Math.log10(hi));
}

function values(d: Dim, n: number): number[] {
  return Array.from({ length: n }, (_, k) =>
    d.scale === 'log' ? 10 ** (Math.log10(d.lo) + ((Math.log10(d.hi) - Math.log10(d.lo)) * k) / (n - 1)) : d.lo + ((d.hi - d.lo) * k) / (n - 1),
  );
}

function best(trials: { params: Params; score: number }[]) {
  return { best: trials.reduce((b, t) => (t.score < b.score ? t : b)), trials };
}

export function gridSearch(space: Record<string, Dim>, perDim: number, evalFn: (p: Params) => number) {
  let combos: Params[] = [{}];
  for (const [name, d] of Object.entries(space)) combos = combos.flatMap((c) => values(d, perDim).map((v) => ({ ...c, [name]: v })));
  return best(combos.map((params) => ({ params, score: evalFn(params) })));
}

export function randomSearch(space: Record<string, Dim>, nTrials: number, evalFn: (p: Params) => number, rng: Rng) {
  const trials = [];
  for (let t = 0; t < nTrials; t++) {
    const params: Params = {};
    for (const [name, d] of Object.entries(space)) params[name] = sampleLogUniform(d.lo, d.hi, rng);
    trials.push({ params, score: evalFn(params) });
  }
  return best(trials);
}
