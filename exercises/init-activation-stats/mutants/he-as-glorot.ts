// Known-wrong: He written with Glorot's formula, Var = 2/(fanIn + fanOut). For the square layers of
// this experiment that is Xavier's 1/fanIn, so He no longer makes up for ReLU's halving.
type Scheme = 'zeros' | 'small' | 'large' | 'xavier' | 'he' | 'glorot';
interface Rng { normal(): number }

function std(scheme: Scheme, fanIn: number, fanOut: number): number {
  if (scheme === 'zeros') return 0;
  if (scheme === 'small') return 0.01;
  if (scheme === 'large') return 1;
  if (scheme === 'xavier') return Math.sqrt(1 / fanIn);
  return Math.sqrt(2 / (fanIn + fanOut)); // 'he' and 'glorot' alike
}

export function activationStats(scheme: Scheme, act: 'tanh' | 'relu', depth: number, width: number, n: number, rng: Rng) {
  const f = (v: number) => (act === 'tanh' ? Math.tanh(v) : Math.max(0, v));
  let h = Array.from({ length: n }, () => Array.from({ length: width }, () => rng.normal()));
  const stats: { mean: number; std: number; saturated: number }[] = [];
  for (let layer = 0; layer < depth; layer++) {
    const s = std(scheme, width, width);
    const W = Array.from({ length: width }, () => Array.from({ length: width }, () => s * rng.normal()));
    h = h.map((row) => W[0].map((_, j) => f(row.reduce((acc, x, k) => acc + x * W[k][j], 0))));
    const all = h.flat();
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    const sd = Math.sqrt(all.reduce((a, v) => a + (v - mean) ** 2, 0) / all.length);
    stats.push({ mean, std: sd, saturated: all.filter((v) => Math.abs(v) > 0.99).length / all.length });
  }
  return stats;
}
