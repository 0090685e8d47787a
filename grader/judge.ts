/**
 * Judges run on the host over plain JSON only: the student's values never meet trusted code as
 * objects, only as data. 'close' is CS231n's relative error, max |x − y| / max(1e-8, |x| + |y|).
 */
import type { CodeCheck, Json, JudgeOutcome, ToleranceName } from './contract';
import { TOLERANCES, toleranceValue } from './kit/tolerances';
import { shortJson, formatNumber } from './display';

const FLOOR = 1e-8;
const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** a number as the serialiser encodes it (non-finite as strings), or undefined for anything else */
function asNumber(x: Json): number | undefined {
  if (typeof x === 'number') return x;
  if (typeof x === 'string' && x in NON_FINITE) return NON_FINITE[x];
  return undefined;
}

export function relError(x: number, y: number): number {
  if (Number.isNaN(x) && Number.isNaN(y)) return 0;
  if (x === y) return 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Infinity;
  return Math.abs(x - y) / Math.max(FLOOR, Math.abs(x) + Math.abs(y));
}

export interface Mismatch {
  path: string;
  expected: Json;
  got: Json;
  relError: number;
}

export interface Comparison {
  /** a difference in shape or type: "expected 3 entries, got 2" */
  structural?: string;
  /** entries beyond the tolerance, in order (at most 3 kept) */
  mismatches: Mismatch[];
  mismatchCount: number;
  entries: number;
  /** the largest relative error over all numeric entries */
  worst: number;
}

function describe(x: Json): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return `an array of ${x.length}`;
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'string' && !(x in NON_FINITE)) return `the string ${shortJson(x, 40)}`;
  return `${typeof x} ${shortJson(x, 40)}`;
}

const where = (path: string) => (path ? `at ${path}` : 'the result');

/** compares got with expected entry by entry; tol 0 means exact */
export function compare(expected: Json, got: Json, tol: number): Comparison {
  const c: Comparison = { mismatches: [], mismatchCount: 0, entries: 0, worst: 0 };
  const walk = (e: Json, g: Json, path: string): boolean => {
    const en = asNumber(e);
    if (en !== undefined) {
      const gn = asNumber(g);
      if (gn === undefined) {
        c.structural = `${where(path)}: expected a number, got ${describe(g)}`;
        return false;
      }
      c.entries++;
      const r = relError(en, gn);
      if (r > c.worst || Number.isNaN(r)) c.worst = r;
      if (r > tol) {
        c.mismatchCount++;
        if (c.mismatches.length < 3) c.mismatches.push({ path, expected: e, got: g, relError: r });
      }
      return true;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(g)) {
        c.structural = `${where(path)}: expected an array of ${e.length}, got ${describe(g)}`;
        return false;
      }
      if (g.length !== e.length) {
        c.structural = `${where(path)}: expected ${e.length} entries, got ${g.length}`;
        return false;
      }
      for (let i = 0; i < e.length; i++) if (!walk(e[i], g[i], `${path}[${i}]`)) return false;
      return true;
    }
    if (e !== null && typeof e === 'object') {
      if (g === null || typeof g !== 'object' || Array.isArray(g)) {
        c.structural = `${where(path)}: expected an object, got ${describe(g)}`;
        return false;
      }
      for (const k of Object.keys(e)) {
        if (!Object.prototype.hasOwnProperty.call(g, k)) {
          c.structural = `${where(path)}: the field "${k}" is missing`;
          return false;
        }
        if (!walk(e[k], g[k], path ? `${path}.${k}` : k)) return false;
      }
      return true;
    }
    c.entries++;
    if (e !== g) {
      c.mismatchCount++;
      c.worst = Infinity;
      if (c.mismatches.length < 3) c.mismatches.push({ path, expected: e, got: g, relError: Infinity });
    }
    return true;
  };
  walk(expected, got, '');
  return c;
}

export function checkTolerance(check: CodeCheck): { value: number; name: string } {
  const j = check.judge;
  if (!j || j.kind === 'close') {
    const tol = j?.tol ?? 'forward';
    return { value: toleranceValue(tol), name: typeof tol === 'number' ? String(tol) : `${tol} (${formatNumber(TOLERANCES[tol as ToleranceName])})` };
  }
  return { value: 0, name: 'exact' };
}

function renderMismatch(m: Mismatch): string {
  const rel = Number.isFinite(m.relError) && m.relError !== 0 ? ` (relative error ${formatNumber(m.relError)})` : '';
  return `${m.path || 'the result'}: expected ${shortJson(m.expected, 60, true)}, got ${shortJson(m.got, 60, true)}${rel}`;
}

/** the 'close' and 'exact' judges, with a message a student can act on */
export function judgeClose(expected: Json, got: Json, tol: { value: number; name: string }): JudgeOutcome {
  const c = compare(expected, got, tol.value);
  if (c.structural) return { passed: false, message: c.structural, relError: Infinity };
  const relError = Number.isFinite(c.worst) ? c.worst : Infinity;
  if (c.mismatchCount === 0) return { passed: true, relError };
  const first = c.mismatches.map(renderMismatch).join('; ');
  const count = c.entries > 1 ? `${c.mismatchCount} of ${c.entries} entries differ` : 'the value differs';
  const limit = tol.value === 0 ? 'must match exactly' : `tolerance ${tol.name}`;
  return { passed: false, relError, message: `${count} (${limit}). ${first}` };
}

/** judges one case of a check; a custom judge that throws is the exercise's fault, reported as such */
export function judgeCase(check: CodeCheck, got: Json, expected: Json, args: Json): JudgeOutcome {
  const j = check.judge;
  if (j?.kind === 'custom') return j.fn({ got, expected, args });
  return judgeClose(expected, got, checkTolerance(check));
}
