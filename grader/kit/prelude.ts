/**
 * The prelude: runs first in every fresh context, before the student's module. Bundled by
 * grader/sandbox-bundle.ts (with lib/nn/rng.ts inlined) into one script whose value is the realm API
 * below. The API is handed to the host as a reference and is never put on the global object, so the
 * student's code cannot reach or replace it. Every API function returns only primitive strings.
 */
import { createRng } from '../../lib/nn/rng';
import { captureBuiltins } from './builtins';
import { createHarnessFactory } from './harness';
import { createSerialiser, RESULT_CAPS, CONSOLE_CAPS, type TooLarge } from './serialise';

/** the clock the student's code sees: 2026-01-01T00:00:00Z, so results never depend on the time */
const FIXED_NOW_MS = 1767225600000;
const CONSOLE_MAX_LINES = 200;
const CONSOLE_MAX_CHARS = 20_000;
const ERROR_MESSAGE_MAX = 500;
const ERROR_STACK_MAX = 2_000;

export interface RealmApi {
  /**
   * One call per submission: takes the checks' probes, runs the module's top level, lists the entry
   * points it does not export, and, if it loaded with all of them, runs every check in order
   * ([{p: probe index, m: muted, c: cases, s: case seeds}]; m: a hidden check's console output is
   * dropped, it could print the hidden inputs). Returns
   * {"load":{"ok":true,"missing":[…]} or {"ok":false,"m":…,"s":…},"results":…,"console":…}.
   */
  grade(fn: (exports: object, module: { exports: object }) => void, probes: Function[], entryJson: string, checksJson: string): Promise<string>;
  /** {"results": one array of cases per check completed so far, "console": the captured lines}; also readable after a stop */
  progress(): string;
}

export function installRealm(): RealmApi {
  const g = globalThis as any;
  const b = captureBuiltins(g);
  const defineProperty = g.Object.defineProperty;
  const freeze = g.Object.freeze;
  const fixed = (o: object, key: string, value: unknown) =>
    defineProperty(o, key, { value, writable: false, configurable: false, enumerable: false });

  // WebAssembly memory ignores memoryLimit (SANDBOX.md)
  delete g.WebAssembly;

  let mathRandom = createRng(1);
  const seedMathRandom = (seed: number) => {
    mathRandom = createRng(seed);
  };
  fixed(g.Math, 'random', function random() {
    return mathRandom.next();
  });

  const RealDate = g.Date;
  const Reflect = g.Reflect;
  function FixedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(FIXED_NOW_MS).toString();
    return Reflect.construct(RealDate, args.length ? args : [FIXED_NOW_MS], new.target);
  }
  FixedDate.prototype = RealDate.prototype;
  fixed(FixedDate, 'now', () => FIXED_NOW_MS);
  fixed(FixedDate, 'parse', RealDate.parse);
  fixed(FixedDate, 'UTC', RealDate.UTC);
  fixed(RealDate.prototype, 'constructor', FixedDate);
  fixed(g, 'Date', FixedDate);

  // esbuild's keepNames (used by tsx) may put __name(...) into probe sources
  fixed(g, '__name', (f: unknown) => f);

  const serialise = createSerialiser(b);

  // the capped console: its lines are shown to the student with the verdict
  const lines: string[] = [];
  let consoleChars = 0;
  let consoleFull = false;
  let consoleMuted = false;
  let mutedLines = 0;
  const format = (x: unknown): string => {
    if (typeof x === 'string') return x;
    try {
      return serialise(x, CONSOLE_CAPS);
    } catch {
      return '[value too large to print]';
    }
  };
  const log = (...args: unknown[]) => {
    if (consoleMuted) {
      if (mutedLines++ === 0 && !consoleFull) lines[lines.length] = '… console output during hidden checks is not shown';
      return;
    }
    if (consoleFull) return;
    let line = '';
    for (let i = 0; i < args.length && line.length < CONSOLE_MAX_CHARS; i++) line += (i ? ' ' : '') + format(args[i]);
    if (lines.length >= CONSOLE_MAX_LINES || consoleChars + line.length > CONSOLE_MAX_CHARS) {
      consoleFull = true;
      lines[lines.length] = `… console output truncated (limit: ${CONSOLE_MAX_LINES} lines, ${CONSOLE_MAX_CHARS} characters)`;
      return;
    }
    consoleChars += line.length;
    lines[lines.length] = line;
  };
  const consoleObj = { log, info: log, warn: log, error: log, debug: log, trace: log, table: log, dir: log };
  fixed(g, 'console', freeze(consoleObj));

  const harnessFor = createHarnessFactory(b, createRng, seedMathRandom);

  /** a thrown value → `"m":…,"s":…` (message and stack) read with our own code, inside the timed call */
  const describeError = (e: unknown): string => {
    try {
      let message = '';
      let stack = '';
      if (e !== null && typeof e === 'object' && 'nnlabTooLarge' in (e as object)) {
        const why = b.ownDescriptor(e as object, 'nnlabTooLarge');
        return '"m":' + b.quote('the returned value ' + (why && typeof why.value === 'string' ? why.value : 'is too large')) + ',"big":true';
      }
      if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
        const m = b.ownDescriptor(e as object, 'message');
        message = m && typeof m.value === 'string' ? m.value : '';
        const s = b.ownDescriptor(e as object, 'stack');
        stack = s && typeof s.value === 'string' ? s.value : '';
        let name = '';
        try {
          const n = (e as any).name;
          if (typeof n === 'string') name = n;
        } catch {
          /* a throwing getter: keep what we have */
        }
        if (name) message = message ? name + ': ' + message : name;
        if (!message) message = 'a non-Error value was thrown';
      } else message = 'threw ' + (typeof e === 'string' ? b.quote(e) : '' + (e as any));
      if (message.length > ERROR_MESSAGE_MAX) message = b.slice(message, 0, ERROR_MESSAGE_MAX) + '…';
      if (stack.length > ERROR_STACK_MAX) stack = b.slice(stack, 0, ERROR_STACK_MAX);
      return '"m":' + b.quote(message) + ',"s":' + b.quote(stack);
    } catch {
      return '"m":"threw a value that cannot be read"';
    }
  };

  let S: any = null;
  let probes: Function[] = [];
  /** the results of the checks completed so far, as JSON array items */
  let completed = '';
  const progress = () => {
    let out = '[';
    for (let i = 0; i < lines.length; i++) out += (i ? ',' : '') + b.quote(lines[i]);
    return '{"results":[' + completed + '],"console":' + out + ']}';
  };

  /** the module's top level, then the entry points it lacks: {"ok":true,"missing":[…]} or {"ok":false,…} */
  const loadModule = (fn: (exports: object, module: { exports: object }) => void, checkProbes: Function[], entryJson: string): string => {
    probes = checkProbes;
    try {
      const module = { exports: {} as object };
      fn(module.exports, module);
      S = module.exports;
    } catch (e) {
      return '{"ok":false,' + describeError(e) + '}';
    }
    const names: string[] = b.parse(entryJson);
    let out = '[';
    for (let i = 0; i < names.length; i++) {
      let present = false;
      try {
        present = S !== null && (typeof S === 'object' || typeof S === 'function') && typeof S[names[i]] === 'function';
      } catch {
        present = false;
      }
      if (!present) out += (out.length > 1 ? ',' : '') + b.quote(names[i]);
    }
    return '{"ok":true,"missing":' + out + ']}';
  };

  /** every check in order; `completed` grows check by check, so progress() reads them after a stop */
  const runChecks = async (checksJson: string): Promise<void> => {
    const checks: { p: number; m: boolean; c: unknown[]; s: number[] }[] = b.parse(checksJson);
    completed = '';
    for (let k = 0; k < checks.length; k++) {
      const check = checks[k];
      consoleMuted = check.m === true;
      const probe = probes[check.p];
      let out = '[';
      for (let i = 0; i < check.c.length; i++) {
        if (i) out += ',';
        try {
          let v: any = probe(S, check.c[i], harnessFor(check.s[i]));
          if (v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function') v = await v;
          out += '{"ok":true,"v":' + serialise(v, RESULT_CAPS) + '}';
        } catch (e) {
          out += '{"ok":false,' + describeError(e as TooLarge) + '}';
        }
      }
      // a primitive string, not an array: nothing the student can intercept or truncate
      completed += (k ? ',' : '') + out + ']';
    }
  };
  return {
    async grade(fn, checkProbes, entryJson, checksJson) {
      const load = loadModule(fn, checkProbes, entryJson);
      // a module that threw or lacks an entry point runs no check (the load result says which)
      if (load === '{"ok":true,"missing":[]}') await runChecks(checksJson);
      const p = progress();
      return '{"load":' + load + ',' + b.slice(p, 1, p.length);
    },
    progress,
  };
}
