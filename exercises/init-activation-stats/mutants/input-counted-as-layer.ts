type Scheme = 'zeros' | 'small' | 'large' | 'xavier' | 'he' | 'glorot';
interface Rng { normal(): number }

function std(scheme: Scheme, fanIn: number): number {
  if (scheme === 'zeros') return 0;
  if (scheme === 'small') return 0.01;
  if (scheme === 'large') return 1;
  if (scheme === 'xavier') return Math.sqrt(1 / fanIn);
  if (scheme === 'he') return Math.sqrt(2 / fanIn);
  return Math.sqrt(1 / fanIn);
}

export function activationStats(scheme: Scheme, act: 'tanh' | 'relu', depth: number, width: number, n: number, rng: Rng) {
  const f = (v: number) => act === 'tanh' ? Math.tanh(v) : Math.max(0, v);
  let h: number[][] = Array.from({ length: n }, () => Array.from({ length: width }, () => rng.normal()));
  const stats: { mean: number; std: number; saturated: number }[] = [];
  stats.push(summarize(h));
  for (let layer = 0; layer < depth; layer++) {
    const s = std(scheme, width);
    const W = Array.from({ length: width }, () => Array.from({ length: width }, () => s * rng.normal()));
    const z = h.map((row) => W[0].map((_, j) => row.reduce((acc, x, k) => acc + x * W[k][j], 0)));
    h = z.map((row) => row.map(f));
    stats.push(summarize(h));
  }
  return stats.slice(0, depth);
}

function summarize(a: number[][]) {
  const all = a.flat();
  const mean = all.reduce((x, y) => x + y, 0) / all.length;
  const sd = Math.sqrt(all.reduce((x, v) => x + (v - mean) ** 2, 0) / all.length);
  return { mean, std: sd, saturated: all.filter((v) => Math.abs(v) > 0.99).length / all.length };
}
