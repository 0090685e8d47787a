import vm from 'node:vm';
import type { CodeCheck } from './contract';

/**
 * A probe's source as an expression the isolate can evaluate. Arrow functions and function
 * expressions stand as they are; method shorthand (`probe(S, args) {…}`) is wrapped in an object.
 * Probes must be self-contained: they are compiled from their text, so a closure over a helper in
 * checks.ts fails (and `nnlab validate` reports it, because the reference then fails in the sandbox).
 */
export function probeExpression(check: CodeCheck): string {
  const src = check.probe.toString();
  try {
    new vm.Script(`(${src})`);
    return `(${src})`;
  } catch {
    return `(() => { const o = { ${src} }; for (const k in o) return o[k]; })()`;
  }
}
