import type { Builtins } from './builtins';

/**
 * The only way a value leaves the student's realm: a bounded JSON string built by our own code,
 * inside the timed call (SANDBOX.md: copying a student object out is not covered by the timeout).
 * The host serialises the reference's values with the same function, so both sides are encoded
 * identically:
 *   - numbers: non-finite ones become the strings "NaN", "Infinity", "-Infinity" (JSON has no NaN)
 *   - undefined → null; functions and symbols → "[function]", "[symbol]"
 *   - arrays and typed arrays → arrays; other objects → their own enumerable DATA properties
 *     (accessors are skipped: a getter is not a value)
 *   - depth, entry count and length are capped; beyond a cap the whole value is rejected.
 */
export interface SerialiseCaps {
  maxDepth: number;
  maxNodes: number;
  maxChars: number;
}

/** caps for probe results: a 500×500 matrix fits, a runaway structure does not */
export const RESULT_CAPS: SerialiseCaps = { maxDepth: 32, maxNodes: 400_000, maxChars: 8_000_000 };
/** caps for one console.log argument */
export const CONSOLE_CAPS: SerialiseCaps = { maxDepth: 4, maxNodes: 200, maxChars: 1_000 };

/** thrown (as a plain object) when a value exceeds a cap; recognised by the runner */
export interface TooLarge {
  nnlabTooLarge: string;
}

/** a number as our JSON: JSON has no NaN or ±Infinity, so those become strings */
const numberJson = (n: number): string => (n !== n ? '"NaN"' : n === Infinity ? '"Infinity"' : n === -Infinity ? '"-Infinity"' : '' + n);

export function createSerialiser(b: Builtins) {
  return function serialise(value: unknown, caps: SerialiseCaps): string {
    let out = '';
    let nodes = 0;
    const tooLarge = (why: string): TooLarge => ({ nnlabTooLarge: why });
    const put = (s: string) => {
      if (out.length + s.length > caps.maxChars) throw tooLarge(`is longer than ${caps.maxChars} characters as JSON`);
      out += s;
    };
    const walk = (v: unknown, depth: number): void => {
      if (++nodes > caps.maxNodes) throw tooLarge(`has more than ${caps.maxNodes} entries`);
      const t = typeof v;
      if (t === 'number') {
        put(numberJson(v as number));
      } else if (t === 'string') {
        const s = v as string;
        if (s.length > caps.maxChars) throw tooLarge(`contains a string longer than ${caps.maxChars} characters`);
        put(b.quote(s));
      } else if (t === 'boolean') put(v ? 'true' : 'false');
      else if (t === 'undefined' || v === null) put('null');
      else if (t === 'bigint') put(b.quote('' + (v as bigint)));
      else if (t === 'function') put('"[function]"');
      else if (t === 'symbol') put('"[symbol]"');
      else {
        if (depth >= caps.maxDepth) throw tooLarge(`is nested more than ${caps.maxDepth} levels deep (or is circular)`);
        const o = v as any;
        if (b.isArray(o) || b.isView(o)) {
          const raw = o.length;
          const n = typeof raw === 'number' && raw >= 0 ? raw : 0;
          if (n > caps.maxNodes) throw tooLarge(`has more than ${caps.maxNodes} entries`);
          put('[');
          for (let i = 0; i < n; i++) {
            const x = o[i];
            // fast path for the common case, a number: no walk/put calls (a fresh realm runs this cold,
            // once per entry of every result); the length cap is checked every 256 entries and at the end
            if (typeof x === 'number') {
              if (++nodes > caps.maxNodes) throw tooLarge(`has more than ${caps.maxNodes} entries`);
              out += (i ? ',' : '') + numberJson(x);
              if ((i & 255) === 255) put('');
            } else {
              if (i) put(',');
              walk(x, depth + 1);
            }
          }
          put(']');
        } else {
          const ks = b.keys(o);
          put('{');
          let first = true;
          for (let i = 0; i < ks.length; i++) {
            const k = ks[i];
            const d = b.ownDescriptor(o, k);
            if (!d || d.get || d.set) continue;
            if (!first) put(',');
            first = false;
            put(b.quote('' + k));
            put(':');
            walk(d.value, depth + 1);
          }
          put('}');
        }
      }
    };
    walk(value, 0);
    return out;
  };
}
