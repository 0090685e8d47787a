/**
 * Runs student code in isolated-vm (worker process only). One isolate per memory limit is reused;
 * every submission gets a FRESH CONTEXT, so nothing leaks between submissions except isolate-level
 * heap, which is watched and recycled.
 *
 * Containment, following ../shared/notes/SANDBOX.md:
 *  - the whole submission has one time budget; each call gets the remaining budget as `timeout`
 *    (which also stops loops in microtasks), and a host timer disposes the isolate when a promise
 *    never settles;
 *  - memoryLimit per isolate; a disposal for memory is reported as such;
 *  - only primitive strings cross back (the prelude's realm API builds them inside the timed call).
 */
import ivm from 'isolated-vm';
import { buildSync } from 'esbuild';
import path from 'node:path';
import type { Json } from './contract';
import type { Transpiled } from './transpile';
import { DEFAULT_MEMORY_MB } from './limits';

/** how long after the budget the host gives up on a call and disposes the isolate */
const HOST_TIMER_MARGIN_MS = 250;
/** an isolate is replaced after this many submissions, or when its heap stays above half its limit */
const ISOLATE_MAX_JOBS = 1_000;

export type RawCase = { ok: true; v: Json } | { ok: false; m: string; s?: string; big?: boolean };

export interface SandboxJob {
  memoryMb: number;
  timeoutMs: number;
  module: Transpiled;
  entry: string[];
  /** probe sources, already wrapped as expressions; `key` identifies the set (exercise hash) for caching */
  probes: { key: string; sources: string[] };
  checks: { probeIndex: number; casesJson: string; seedsJson: string; muted: boolean }[];
}

export interface SandboxOutcome {
  status: 'ok' | 'timeout' | 'memory' | 'missing_export' | 'load_error' | 'refused';
  missing?: string[];
  /** 'refused': what isolated-vm itself refused (e.g. dynamic import(): "Not supported") */
  refusal?: string;
  loadError?: { m: string; s?: string };
  /** one entry per check that ran, in order (a timeout or memory stop leaves the rest out) */
  results: RawCase[][];
  console: string[];
}

let preludeSource: string | null = null;

/** the prelude bundle: kit/prelude.ts with lib/nn/rng.ts inlined, evaluating to the realm dispatcher */
function getPreludeSource(): string {
  if (preludeSource) return preludeSource;
  const out = buildSync({
    entryPoints: [path.join(__dirname, 'kit', 'prelude.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__nnlabPrelude',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  // The bundle sees snapshots of Math and JSON taken before student code runs (lib/nn/rng.ts uses
  // Math.imul, Math.log…), and its `var` stays local to this function, off the global object.
  preludeSource = `(function () {
  // built with Object.fromEntries, not by adding 43 keys one by one: that leaves V8's object in
  // dictionary mode, and every Math.imul/Math.log of the seeded generators became a hash lookup
  const snap = (o) => Object.freeze(Object.fromEntries(Object.getOwnPropertyNames(o).map((k) => [k, o[k]])));
  return (function (Math, JSON) {
${out.outputFiles[0].text}
    const api = __nnlabPrelude.installRealm();
    return function nnlabRealm(op, a, b, c, d) { return api[op](a, b, c, d); };
  })(snap(globalThis.Math), snap(globalThis.JSON));
})()`;
  return preludeSource;
}

/** a fresh context with the prelude already run in it: the realm API is its only handle */
interface Realm {
  context: ivm.Context;
  api: ivm.Reference<Function>;
}

interface IsolateEntry {
  isolate: ivm.Isolate;
  prelude: ivm.Script;
  probeScripts: Map<string, ivm.Script>;
  moduleScripts: Map<string, ivm.Script>;
  jobs: number;
  memoryMb: number;
  /**
   * The next submission's context, prepared while the worker waits for it (creating a context and
   * running the prelude is ~1 ms, most of a light grading's sandbox overhead). Never used twice:
   * every submission still gets a context no other code has run in.
   */
  spare: Promise<Realm | null> | null;
}

/** reading results and console, also after a stop (our code: string concatenation over at most 200 lines) */
const PROGRESS_TIMEOUT_MS = 100;
/** the prelude is our code: this only guards against a wedged isolate while preparing a spare */
const SPARE_PRELUDE_TIMEOUT_MS = 1_000;

class Stop extends Error {
  constructor(readonly status: 'timeout' | 'memory') {
    super(status);
  }
}

export class Sandbox {
  private isolates = new Map<number, IsolateEntry>();

  private async getIsolate(memoryMb: number): Promise<IsolateEntry> {
    const existing = this.isolates.get(memoryMb);
    if (existing && !existing.isolate.isDisposed) return existing;
    const isolate = new ivm.Isolate({ memoryLimit: memoryMb });
    const prelude = await isolate.compileScript(getPreludeSource(), { filename: 'nnlab-prelude.js' });
    const entry: IsolateEntry = { isolate, prelude, probeScripts: new Map(), moduleScripts: new Map(), jobs: 0, memoryMb, spare: null };
    this.isolates.set(memoryMb, entry);
    return entry;
  }

  private async newRealm(entry: IsolateEntry, timeout: number): Promise<Realm> {
    const context = await entry.isolate.createContext();
    try {
      const api = (await entry.prelude.run(context, { reference: true, timeout })) as ivm.Reference<Function>;
      return { context, api };
    } catch (e) {
      if (!entry.isolate.isDisposed) context.release();
      throw e;
    }
  }

  /** starts preparing the next submission's realm in the background (errors: the next job makes its own) */
  private prepareSpare(entry: IsolateEntry): void {
    if (entry.isolate.isDisposed || entry.spare) return;
    entry.spare = this.newRealm(entry, SPARE_PRELUDE_TIMEOUT_MS).catch(() => null);
  }

  /** the spare realm if one is ready or on its way, else a new one within the submission's budget */
  private async takeRealm(entry: IsolateEntry, timeout: () => number): Promise<Realm> {
    const spare = entry.spare;
    entry.spare = null;
    return (spare && (await spare)) || this.newRealm(entry, timeout());
  }

  async run(job: SandboxJob): Promise<SandboxOutcome> {
    const entry = await this.getIsolate(job.memoryMb);
    const { isolate } = entry;
    entry.jobs++;
    const deadline = Date.now() + job.timeoutMs;
    let timerFired = false;
    const hostTimer = setTimeout(() => {
      timerFired = true;
      if (!isolate.isDisposed) isolate.dispose();
    }, job.timeoutMs + HOST_TIMER_MARGIN_MS);
    const remaining = () => {
      const ms = deadline - Date.now();
      if (ms <= 0) throw new Stop('timeout');
      return ms;
    };
    const outcome: SandboxOutcome = { status: 'ok', results: [], console: [] };
    let context: ivm.Context | null = null;
    let realm: ivm.Reference<Function> | null = null;
    const call = async (op: string, args: unknown[]): Promise<string> =>
      (await realm!.apply(undefined, [op, ...args], { timeout: remaining(), result: { promise: true, copy: true } })) as string;
    /** the checks finished so far and the console (our code: bounded, so it gets its own short timeout) */
    const progress = async (): Promise<Pick<SandboxOutcome, 'results' | 'console'>> =>
      JSON.parse((await realm!.apply(undefined, ['progress'], { timeout: PROGRESS_TIMEOUT_MS, result: { copy: true } })) as string);
    try {
      ({ context, api: realm } = await this.takeRealm(entry, remaining));

      // Evaluating the probes (our code) and the module's wrapper (a function expression: none of the
      // student's code runs yet) is bounded, so these two run synchronously: no thread hop, ~0.1 ms
      // each saved. The isolate is idle here (the spare realm is ready), so a sync call cannot block.
      const probes = this.probeScript(entry, job.probes).runSync(context, { reference: true, timeout: remaining() }) as ivm.Reference<Function[]>;
      const moduleFn = this.moduleScript(entry, job.module.js).runSync(context, { reference: true, timeout: remaining() }) as ivm.Reference<Function>;
      // the student's top level and every check, in one async call (one round trip); what finished
      // before a stop is read with `progress`
      const list = job.checks.map((c) => `{"p":${c.probeIndex},"m":${c.muted},"c":${c.casesJson},"s":${c.seedsJson}}`).join(',');
      const graded = JSON.parse(await call('grade', [moduleFn.derefInto(), probes.derefInto(), JSON.stringify(job.entry), `[${list}]`]));
      moduleFn.release();
      probes.release();
      ({ results: outcome.results, console: outcome.console } = graded);
      if (!graded.load.ok) {
        outcome.status = 'load_error';
        outcome.loadError = { m: graded.load.m, s: graded.load.s };
      } else if (graded.load.missing.length) {
        outcome.status = 'missing_export';
        outcome.missing = graded.load.missing;
      }
    } catch (e) {
      const status = classify(e, timerFired, isolate);
      outcome.status = status;
      if (status === 'refused') outcome.refusal = String((e as Error)?.message ?? e).split('\n')[0];
      // the checks that finished, and what the code printed, before it was stopped: the student's
      // best clue to a loop (a hidden check's output stays muted)
      if (realm && !isolate.isDisposed) {
        try {
          ({ results: outcome.results, console: outcome.console } = await progress());
        } catch {
          /* the realm is unusable: nothing more to show */
        }
      }
    } finally {
      clearTimeout(hostTimer);
      if (!isolate.isDisposed) {
        realm?.release();
        context?.release();
      }
    }
    await this.maybeRecycle(entry);
    const current = this.isolates.get(job.memoryMb);
    if (current) this.prepareSpare(current);
    return outcome;
  }

  /**
   * Compiled synchronously, like the two runs that use them: compiling runs no code, its cost is bounded
   * by the code's size (the web app caps a submission's source), and the isolate is idle here.
   */
  private moduleScript(entry: IsolateEntry, js: string): ivm.Script {
    let s = entry.moduleScripts.get(js);
    if (!s) {
      // one line of wrapper before the code; lineOffset keeps stack lines equal to the transpiled lines
      s = entry.isolate.compileScriptSync(`(function (exports, module) {\n${js}\n})`, { filename: 'submission.js', lineOffset: -1 });
      if (entry.moduleScripts.size >= 64) entry.moduleScripts.delete(entry.moduleScripts.keys().next().value as string);
      entry.moduleScripts.set(js, s);
    }
    return s;
  }

  private probeScript(entry: IsolateEntry, probes: SandboxJob['probes']): ivm.Script {
    let s = entry.probeScripts.get(probes.key);
    if (!s) {
      s = entry.isolate.compileScriptSync(`[\n${probes.sources.join(',\n')}\n]`, { filename: 'checks.js' });
      entry.probeScripts.set(probes.key, s);
    }
    return s;
  }

  private async maybeRecycle(entry: IsolateEntry): Promise<void> {
    const { isolate } = entry;
    if (isolate.isDisposed) {
      this.isolates.delete(entry.memoryMb);
      return;
    }
    let heavy = entry.jobs >= ISOLATE_MAX_JOBS;
    if (!heavy) {
      // sync: reads counters, runs no JavaScript (the async form cost a thread hop, ~0.15 ms per job)
      const stats = isolate.getHeapStatisticsSync();
      heavy = stats.used_heap_size > (entry.memoryMb * 1024 * 1024) / 2;
    }
    if (heavy) {
      isolate.dispose();
      this.isolates.delete(entry.memoryMb);
    }
  }

  /** builds the prelude and the default isolate ahead of the first job */
  async warm(memoryMb = DEFAULT_MEMORY_MB): Promise<void> {
    this.prepareSpare(await this.getIsolate(memoryMb));
  }

  /** dispose every isolate: required before the process exits (SANDBOX.md: SIGSEGV otherwise) */
  dispose(): void {
    for (const e of this.isolates.values()) if (!e.isolate.isDisposed) e.isolate.dispose();
    this.isolates.clear();
  }
}

function classify(e: unknown, timerFired: boolean, isolate: ivm.Isolate): 'timeout' | 'memory' | 'refused' {
  if (e instanceof Stop) return e.status;
  const msg = String((e as Error)?.message ?? e);
  if (timerFired || /timed out/i.test(msg)) return 'timeout';
  if (isolate.isDisposed || /memory limit|disposed/i.test(msg)) return 'memory';
  // an error raised by isolated-vm inside the student's call (its stack crosses the boundary from
  // submission code), e.g. import(): the student's doing, reported to them; anything else is ours
  const stack = String((e as Error)?.stack ?? '');
  if (stack.includes('submission.js:') && stack.includes('<isolated-vm boundary>')) return 'refused';
  throw e;
}
