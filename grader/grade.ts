/**
 * Grading one code submission (inside a worker, or in-process for `nnlab validate`):
 * transpile → cases and expected values on the host → student probes in the sandbox → judges on the
 * host → verdict, plus misconception matching when it fails.
 */
import type { CheckResult, CodeCheck, GradeRequest, Json, Verdict } from './contract';
import type { CodeExercise } from './exercise';
import { runProbeOnHost } from './host-run';
import { judgeCase } from './judge';
import { shortJson, formatNumber } from './display';
import { describeStudentError } from './errors';
import { matchMisconception } from './misconception';
import { probeExpression } from './probes';
import type { RawCase, Sandbox } from './sandbox';
import { buildCases, checkSeed } from './seeds';
import { limitsOf } from './limits';
import { transpileStudent, type Transpiled } from './transpile';

const CASE_CACHE_MAX = 4_000;

/** our fault or the exercise's, never the student's: becomes status grader_error */
export class GraderFault extends Error {}

export interface CaseSet {
  cases: Json[];
  caseSeeds: number[];
  casesJson: string;
  seedsJson: string;
  /** the reference's results (filled by PreparedCode.expected; null until then) */
  expected: RawCase[] | null;
}

/** an exercise ready to grade: probe sources and a cache of cases and expected values per seed */
export class PreparedCode {
  readonly probes: { key: string; sources: string[] };
  private caseSets = new Map<string, CaseSet>();

  constructor(readonly ex: CodeExercise) {
    this.probes = { key: ex.hash, sources: ex.checks.map(probeExpression) };
  }

  /** the cases of check #index for a seed (cheap: no reference run) */
  cases(index: number, seed: number): CaseSet {
    const key = `${index}:${seed}`;
    const hit = this.caseSets.get(key);
    if (hit) return hit;
    const check = this.ex.checks[index];
    let built;
    try {
      built = buildCases(check, index, seed);
    } catch (e) {
      throw new GraderFault(`exercises/${this.ex.id}/checks.ts: cases of "${check.name}" threw: ${(e as Error).message}`);
    }
    const set: CaseSet = { ...built, casesJson: JSON.stringify(built.cases), seedsJson: JSON.stringify(built.caseSeeds), expected: null };
    if (this.caseSets.size >= CASE_CACHE_MAX) this.caseSets.delete(this.caseSets.keys().next().value as string);
    this.caseSets.set(key, set);
    return set;
  }

  /** fills set.expected by running the reference on the host (once per set) */
  async expected(index: number, set: CaseSet): Promise<RawCase[]> {
    if (set.expected) return set.expected;
    const check = this.ex.checks[index];
    const expected: RawCase[] = [];
    for (let k = 0; k < set.cases.length; k++) {
      if (check.needsReference === false) {
        expected.push({ ok: true, v: null });
        continue;
      }
      const r = await runProbeOnHost(check.probe, this.ex.reference, set.cases[k], set.caseSeeds[k]);
      if (!r.ok) throw new GraderFault(`the reference of ${this.ex.id} failed on "${check.name}", case ${k + 1}: ${r.m}`);
      expected.push(r);
    }
    return (set.expected = expected);
  }

  /** cases and expected values of check #index for a seed */
  async caseSet(index: number, seed: number): Promise<CaseSet & { expected: RawCase[] }> {
    const set = this.cases(index, seed);
    await this.expected(index, set);
    return set as CaseSet & { expected: RawCase[] };
  }
}

export interface GradeOptions {
  /** grade this already-built module instead of transpiling req.code (validate: bundled reference/mutants) */
  module?: Transpiled;
  /** skip misconception matching (validate, bench of the reference) */
  skipMisconception?: boolean;
}

export async function gradeCode(p: PreparedCode, req: GradeRequest, sandbox: Sandbox, opts: GradeOptions = {}): Promise<Verdict> {
  const started = performance.now();
  const { ex } = p;
  const selected = ex.checks.map((check, index) => ({ check, index })).filter((s) => req.mode === 'submit' || s.check.visibility === 'public');
  const maxScore = selected.reduce((a, s) => a + s.check.points, 0);
  const verdict: Verdict = {
    exerciseId: ex.id,
    exerciseHash: ex.hash,
    mode: req.mode,
    seed: req.seed,
    status: 'graded',
    passed: false,
    score: 0,
    maxScore,
    checks: [],
    misconception: null,
    console: [],
    durationMs: 0,
  };
  const finish = () => {
    verdict.score = verdict.checks.reduce((a, c) => a + c.points, 0);
    verdict.passed = verdict.status === 'graded' && verdict.checks.every((c) => c.passed);
    verdict.durationMs = Math.round((performance.now() - started) * 100) / 100;
    return verdict;
  };
  const notRun = (reason: string) => {
    verdict.checks = selected.map(({ check }) => notRunResult(check, reason));
  };

  let module = opts.module;
  if (!module) {
    const t = await transpileStudent(req.code);
    if (!t.ok) {
      verdict.status = 'compile_error';
      verdict.compileError = t.error;
      verdict.message = `Your code does not compile: ${t.error.message} (line ${t.error.line}, column ${t.error.column})`;
      notRun('not run: the code does not compile');
      return finish();
    }
    module = t.module;
  }

  const sets = selected.map((s) => p.cases(s.index, checkSeed(s.check, req.seed)));
  const limits = limitsOf(ex.meta);
  // the student's code runs on isolated-vm's own thread while this thread computes the expected
  // values with the reference: the two overlap instead of adding up
  const running = sandbox.run({
    ...limits,
    module,
    entry: ex.meta.entry ?? [],
    probes: p.probes,
    checks: selected.map((s, k) => ({ probeIndex: s.index, casesJson: sets[k].casesJson, seedsJson: sets[k].seedsJson, muted: s.check.visibility === 'hidden' && !s.check.reveal })),
  });
  try {
    for (let k = 0; k < selected.length; k++) await p.expected(selected[k].index, sets[k]);
  } catch (e) {
    await running.catch(() => undefined); // never leave the isolate busy behind a failed grading
    throw e;
  }
  const out = await running;
  verdict.console = out.console;

  if (out.status === 'missing_export') {
    verdict.status = 'missing_export';
    const names = out.missing!.join(', ');
    verdict.message = `Missing export: ${names}. Your module must export ${out.missing!.map((n) => `\`export function ${n}(…)\``).join(' and ')}.`;
    notRun(`not run: missing export ${names}`);
    return finish();
  }
  if (out.status === 'load_error') {
    const err = describeStudentError(out.loadError!.m, out.loadError!.s, module);
    verdict.message = `Your module threw while loading (top-level code): ${err.text}`;
    verdict.checks = selected.map(({ check }) => ({ ...notRunResult(check, verdict.message!), error: err.text }));
    return finish();
  }
  if (out.status === 'refused') {
    verdict.message = `Your code did something the sandbox does not allow (${out.refusal}). Dynamic import(), modules and host APIs are not available: use plain TypeScript only.`;
    verdict.checks = selected.map(({ check }) => notRunResult(check, `failed: ${verdict.message}`));
    return finish();
  }
  const stopped = out.status === 'timeout' || out.status === 'memory';
  if (out.status === 'timeout')
    verdict.message = `Time limit exceeded: the checks ran for more than ${limits.timeoutMs} ms. Look for an infinite loop, a very slow algorithm, or a promise that never settles.`;
  if (out.status === 'memory')
    verdict.message = `Memory limit exceeded (${limits.memoryMb} MB). Look for an array, string, Map or object that grows without bound.`;
  if (stopped) verdict.status = out.status as 'timeout' | 'memory';

  const failing: { index: number; set: CaseSet; got: RawCase[] }[] = [];
  selected.forEach((s, k) => {
    const got = out.results[k];
    if (!got) {
      verdict.checks.push(notRunResult(s.check, `not run: ${out.status === 'timeout' ? 'time' : 'memory'} limit exceeded${k === out.results.length ? ' during this check' : ''}`));
      return;
    }
    const r = judgeCheck(s.check, sets[k], got, module!, ex.id);
    verdict.checks.push(r);
    if (!r.passed) failing.push({ index: s.index, set: sets[k], got });
  });

  if (!stopped && failing.length && !opts.skipMisconception) verdict.misconception = await matchMisconception(ex, failing);
  return finish();
}

function notRunResult(check: CodeCheck, message: string): CheckResult {
  return { name: check.name, visibility: check.visibility, passed: false, points: 0, maxPoints: check.points, message, hint: check.hint };
}

function judgeCheck(check: CodeCheck, set: CaseSet, got: RawCase[], module: Transpiled, exerciseId: string): CheckResult {
  const shows = check.visibility === 'public' || check.reveal === true;
  const show = (args: Json) => {
    try {
      return check.show ? check.show(args) : shortJson(args, 200);
    } catch {
      return shortJson(args, 200);
    }
  };
  const result: CheckResult = { name: check.name, visibility: check.visibility, passed: true, points: check.points, maxPoints: check.points, message: 'passed' };
  let worst = 0;
  for (let k = 0; k < set.cases.length; k++) {
    const g = got[k];
    const e = set.expected![k] as { ok: true; v: Json };
    const args = set.cases[k];
    if (!g || !g.ok) {
      const m = g ? g.m : 'no result';
      // on a hidden check the exception's message could carry the hidden input: show its type and line only
      const shown = shows ? m : (/^[\w$]*(Error|Exception)\b/.exec(m)?.[0] ?? 'an exception') + ' (message hidden on hidden checks)';
      const err = g && !g.ok && !g.big ? describeStudentError(shown, g.s, module) : { text: m };
      return failed(result, check, shows, show(args), e.v, undefined, `${g?.big ? '' : 'threw '}${err.text}`, undefined, g && !g.big ? err.text : undefined);
    }
    let o;
    try {
      o = judgeCase(check, g.v, e.v, args);
    } catch (x) {
      throw new GraderFault(`exercises/${exerciseId}/checks.ts: the judge of "${check.name}" threw: ${(x as Error).message}`);
    }
    if (typeof o.relError === 'number' && (o.relError > worst || Number.isNaN(o.relError))) worst = o.relError;
    if (!o.passed) {
      const message = shows || check.judge?.kind === 'custom'
        ? o.message ?? 'the result is wrong'
        : `the result does not match the reference${typeof o.relError === 'number' && Number.isFinite(o.relError) ? ` (relative error ${formatNumber(o.relError)})` : ''}`;
      return failed(result, check, shows, show(args), o.expectedShown ?? e.v, o.gotShown ?? g.v, message, o.relError);
    }
  }
  if (worst > 0) result.relError = worst;
  if (shows && set.cases.length) result.input = show(set.cases[0]);
  return result;
}

function failed(
  r: CheckResult,
  check: CodeCheck,
  shows: boolean,
  input: string,
  expected: Json | undefined,
  got: Json | undefined,
  message: string,
  relError?: number,
  error?: string,
): CheckResult {
  r.passed = false;
  r.points = 0;
  r.message = message;
  if (check.hint) r.hint = check.hint;
  if (typeof relError === 'number' && Number.isFinite(relError)) r.relError = relError;
  if (error) r.error = error;
  if (shows) {
    r.input = input;
    if (expected !== undefined) r.expected = typeof expected === 'string' ? expected : shortJson(expected);
    if (got !== undefined) r.got = typeof got === 'string' ? got : shortJson(got);
  }
  return r;
}
