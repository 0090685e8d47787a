// Each tensor is clipped by its OWN norm instead of the global norm over all tensors.
type G = number[] | number[][];
const flat = (g: G): number[] => (g as any[]).flat();
const scale = (g: G, k: number): G => (g as any[]).map((r) => (Array.isArray(r) ? r.map((v) => v * k) : r * k)) as G;

export function clipByGlobalNorm(grads: G[], maxNorm: number): G[] {
  return grads.map((g) => {
    const norm = Math.sqrt(flat(g).reduce((s, v) => s + v * v, 0));
    return scale(g, norm > maxNorm ? maxNorm / norm : 1);
  });
}

export function clipByValue(g: G, c: number): G {
  const clamp = (v: number) => Math.max(-c, Math.min(c, v));
  return (g as any[]).map((r) => (Array.isArray(r) ? r.map(clamp) : clamp(r))) as G;
}
