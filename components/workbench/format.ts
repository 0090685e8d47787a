/** Small display helpers shared by the results panel and the history list. */

export function formatScore(score: number | null | undefined, max: number | null | undefined): string {
  if (score == null || max == null) return '—';
  return `${trimNumber(score)} / ${trimNumber(max)}`;
}

export function trimNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** Relative errors span 1e-16 … 1e3: scientific notation reads best across that range. */
export function formatRelError(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  return x.toExponential(2);
}

export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
