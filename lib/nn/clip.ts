/**
 * Gradient clipping against exploding gradients: limit the size of a step without changing its
 * direction (clip by global norm), or cap each entry (clip by value, which does change the direction).
 */
import type { Mat, Vec } from './tensor';

const entries = (g: Vec | Mat): number[] => (g as (number | number[])[]).flat() as number[];

/** ‖g‖ over ALL tensors together: √(Σ_tensors Σ_entries g²), as PyTorch's clip_grad_norm_ computes it. */
export function globalNorm(grads: (Vec | Mat)[]): number {
  let s = 0;
  for (const g of grads) for (const v of entries(g)) s += v * v;
  return Math.sqrt(s);
}

const scaleAny = <T extends Vec | Mat>(g: T, k: number): T =>
  (g as (number | number[])[]).map((r) => (Array.isArray(r) ? r.map((v) => v * k) : r * k)) as T;

/**
 * g ← g · min(1, maxNorm / ‖g‖) with ‖g‖ the global norm over every tensor: every tensor is scaled by
 * the SAME factor, so the overall direction is kept, and gradients already short enough are untouched
 * (never scaled up). A zero gradient stays zero (no 0/0). Returns new arrays.
 */
export function clipByGlobalNorm<T extends Vec | Mat>(grads: T[], maxNorm: number): T[] {
  const norm = globalNorm(grads);
  const k = norm > maxNorm ? maxNorm / norm : 1;
  return grads.map((g) => scaleAny(g, k));
}

/** each entry clamped to [−c, c]; cheap, but it changes the direction ([3, 4] at c = 1 gives [1, 1]) */
export function clipByValue<T extends Vec | Mat>(g: T, c: number): T {
  const clamp = (v: number) => Math.min(c, Math.max(-c, v));
  return (g as (number | number[])[]).map((r) => (Array.isArray(r) ? r.map(clamp) : clamp(r))) as T;
}
