/** Compact renderings of values for verdicts: short, readable, never unbounded. */
import type { Json } from './contract';

/** 6 significant digits, exponent form for very large or small magnitudes */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0 || Number.isInteger(n)) return String(n);
  const a = Math.abs(n);
  if (a >= 1e6 || a < 1e-4) return n.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(n.toPrecision(6)));
}

/** JSON-like text with numbers shortened and NaN/Infinity unquoted, cut at maxChars */
export function shortJson(x: Json, maxChars = 300, fullPrecision = false): string {
  let out = '';
  const walk = (v: Json): boolean => {
    if (out.length > maxChars) return false;
    if (typeof v === 'number') out += fullPrecision ? String(v) : formatNumber(v);
    else if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') out += v;
    else if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i) out += ', ';
        if (!walk(v[i])) return false;
      }
      out += ']';
    } else if (v !== null && typeof v === 'object') {
      out += '{';
      let first = true;
      for (const [k, val] of Object.entries(v)) {
        out += (first ? '' : ', ') + k + ': ';
        first = false;
        if (!walk(val)) return false;
      }
      out += '}';
    } else out += JSON.stringify(v);
    return true;
  };
  walk(x);
  return out.length > maxChars ? out.slice(0, maxChars) + ' …' : out;
}
