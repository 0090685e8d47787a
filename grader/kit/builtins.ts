/**
 * The builtins the harness and the serialiser use, captured once. Inside the isolate they are captured
 * by the prelude BEFORE any student code runs, so a student who later redefines `Array.isArray`,
 * `Object.keys` or `JSON.stringify` changes only their own realm's copies, not ours.
 */
export interface Builtins {
  isArray: (v: unknown) => v is unknown[];
  isView: (v: unknown) => boolean;
  keys: (o: object) => string[];
  ownDescriptor: (o: object, key: string) => PropertyDescriptor | undefined;
  /** JSON.stringify, used ONLY on primitive strings (to quote them) */
  quote: (s: string) => string;
  parse: (s: string) => any;
  /** String.prototype.slice, called as slice(s, start, end) */
  slice: (s: string, start: number, end?: number) => string;
  /** String.prototype.indexOf, called as indexOf(s, needle) */
  indexOf: (s: string, needle: string) => number;
}

export function captureBuiltins(g: typeof globalThis): Builtins {
  const call = g.Function.prototype.call;
  return {
    isArray: g.Array.isArray,
    isView: g.ArrayBuffer.isView,
    keys: g.Object.keys,
    ownDescriptor: g.Object.getOwnPropertyDescriptor,
    quote: g.JSON.stringify as (s: string) => string,
    parse: g.JSON.parse,
    slice: call.bind(g.String.prototype.slice) as Builtins['slice'],
    indexOf: call.bind(g.String.prototype.indexOf) as Builtins['indexOf'],
  };
}
