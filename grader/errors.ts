import type { Transpiled } from './transpile';

/**
 * A student's exception as one line: the message and the position in THEIR source (mapped back
 * through the transpiler's source map from the first submission.js frame of the stack).
 */
export function describeStudentError(m: string, stack: string | undefined, module: Transpiled): { text: string; line?: number; column?: number } {
  const at = /submission\.js:(\d+):(\d+)/.exec(stack ?? '');
  if (at) {
    const pos = module.mapPosition(Number(at[1]), Number(at[2]));
    if (pos) return { text: `${m} (line ${pos.line}, column ${pos.column})`, ...pos };
  }
  return { text: m };
}
