/**
 * Grader benchmark (npm run bench). Prints, per code exercise, the p50/p99 round-trip latency of
 * grading its reference and one mutant through the worker pool (IPC included), the throughput at
 * concurrency 1, 2 and 4 (over the course without the capstone, then with it), and the ratio of
 * sandboxed to plain-Node time for the same checks.
 * The last line is one JSON object: p50_ms, p99_ms (worst non-capstone exercise), throughput_per_s
 * (best concurrency, without the capstone), sandbox_ratio (without the capstone), and the details.
 *
 * What sandbox_ratio compares. A grader without a sandbox would load every submission into plain Node
 * as the new source text it is: V8 compiles it and warms it up from scratch, while the grader's own
 * code (probes, judges) stays warm. That is what "plain Node" means here (`gradePlain(…, fresh)`: the
 * same bundled reference made unique by a trailing comment). The sandbox pays, on top, a fresh realm
 * per submission, in which our harness code starts cold too: the price of isolation the ratio measures.
 * Re-running byte-identical source in plain Node lets V8 reuse the previous run's feedback and optimised
 * code, which no grading of a new submission gets; that figure is printed as
 * sandbox_ratio_same_source, for comparison.
 * Env: BENCH_RUNS (gradings per exercise, 40), BENCH_JOBS (per throughput run, 300),
 * BENCH_ONLY=id,id (only these exercises), BENCH_PARTS=latency,throughput,ratio (default all).
 * Targets (issue 3): p50 ≤ 20 ms, p99 ≤ 100 ms per non-capstone exercise; ≥ 100 gradings/s; ratio ≤ 1.5.
 */
import path from 'node:path';
import { createGrader, type GraderClient } from '../grader/index';
import type { GradeRequest, Json } from '../grader/contract';
import { listExerciseIds, readExercise } from '../grader/exercise';
import { Runner } from '../grader/runner';
import { bundleTrusted } from '../grader/transpile';
import { gradeCode, type PreparedCode } from '../grader/grade';
import { runProbeOnHost } from '../grader/host-run';
import { judgeCase } from '../grader/judge';
import { checkSeed } from '../grader/seeds';

const ROOT = path.resolve(__dirname, '..');
const EXERCISES = path.join(ROOT, 'exercises');
const RUNS_PER_EXERCISE = Number(process.env.BENCH_RUNS ?? 40);
const THROUGHPUT_JOBS = Number(process.env.BENCH_JOBS ?? 300);
/** BENCH_ONLY=softmax,dropout: measure only these exercises (while tuning an exercise's checks) */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const r1 = (x: number) => Math.round(x * 10) / 10;

interface Subject {
  id: string;
  capstone: boolean;
  reference: string;
  mutant: string | null;
}

async function subjects(): Promise<Subject[]> {
  const out: Subject[] = [];
  for (const id of await listExerciseIds(EXERCISES)) {
    if (ONLY && !ONLY.has(id)) continue;
    try {
      const f = await readExercise(EXERCISES, id);
      if (f.meta.kind !== 'code') continue;
      const m = f.meta.mutants?.[0];
      out.push({
        id,
        capstone: f.meta.tags?.includes('capstone') ?? false,
        // bundled (lib/nn inlined) so it can be submitted as a student would
        reference: bundleTrusted(path.join(f.dir, 'reference.ts')).js,
        mutant: m ? bundleTrusted(path.join(f.dir, 'mutants', `${m.file}.ts`)).js : null,
      });
    } catch (e) {
      console.log(`skip ${id}: ${(e as Error).message}`);
    }
  }
  return out;
}

let freshCount = 0;

/**
 * The same checks in plain Node: the student module made with new Function, probes and judges on the
 * host. `fresh`: the source differs on every call (a comment), as real submissions do, so V8 cannot
 * reuse the previous grading's compiled and optimised code; otherwise the same text is compiled again
 * and V8's compilation cache keeps it warm, which no sandbox with a fresh realm per submission can match.
 */
async function gradePlain(p: PreparedCode, js: string, seed: number, fresh = false): Promise<boolean> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', fresh ? `${js}\n//# ${++freshCount}` : js)(module.exports, module);
  let passed = true;
  for (let i = 0; i < p.ex.checks.length; i++) {
    const check = p.ex.checks[i];
    const set = await p.caseSet(i, checkSeed(check, seed));
    for (let k = 0; k < set.cases.length; k++) {
      const got = await runProbeOnHost(check.probe, module.exports, set.cases[k], set.caseSeeds[k]);
      if (!got.ok || !judgeCase(check, got.v, (set.expected[k] as { v: Json }).v, set.cases[k]).passed) passed = false;
    }
  }
  return passed;
}

async function sandboxRatio(list: Subject[]): Promise<{ ratio: number; freshRatio: number; sandboxMs: number; plainMs: number; freshMs: number }> {
  const runner = new Runner(EXERCISES);
  let sandboxMs = 0;
  let plainMs = 0;
  let freshMs = 0;
  try {
    for (const s of list) {
      const p = await runner.prepared(s.id);
      const req = (seed: number): GradeRequest => ({ exerciseId: s.id, code: s.reference, mode: 'submit', seed });
      // warm all paths (transpile cache, compiled scripts, expected values) on the seeds we time
      for (let seed = 0; seed < 10; seed++) {
        await gradeCode(p, req(seed), runner.sandbox, { skipMisconception: true });
        await gradePlain(p, s.reference, seed);
        await gradePlain(p, s.reference, seed, true);
      }
      let sb = 0;
      let pl = 0;
      let fr = 0;
      for (let rep = 0; rep < 3; rep++)
        for (let seed = 0; seed < 10; seed++) {
          let t = performance.now();
          await gradeCode(p, req(seed), runner.sandbox, { skipMisconception: true });
          sb += performance.now() - t;
          t = performance.now();
          await gradePlain(p, s.reference, seed);
          pl += performance.now() - t;
          t = performance.now();
          await gradePlain(p, s.reference, seed, true);
          fr += performance.now() - t;
        }
      console.log(
        `  ${s.id.padEnd(28)} sandbox ${(sb / 30).toFixed(1).padStart(6)} ms   plain Node ${(fr / 30).toFixed(1).padStart(6)} ms (ratio ${(sb / fr).toFixed(2)})   plain Node re-running the same source ${(pl / 30).toFixed(1).padStart(6)} ms (ratio ${(sb / pl).toFixed(2)})`,
      );
      sandboxMs += sb;
      plainMs += pl;
      freshMs += fr;
    }
  } finally {
    runner.dispose();
  }
  return { ratio: sandboxMs / plainMs, freshRatio: sandboxMs / freshMs, sandboxMs, plainMs, freshMs };
}

/** which parts to run: BENCH_PARTS=latency,throughput,ratio (default all) */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'latency,throughput,ratio').split(','));

async function latency(grader: GraderClient, list: Subject[]) {
  const perExercise: Record<string, { p50: number; p99: number; capstone: boolean }> = {};
  console.log(`latency through the pool (concurrency 1, ${RUNS_PER_EXERCISE} gradings: reference and first mutant, a new seed each)`);
  for (const s of list) {
    const times: number[] = [];
    for (let i = 0; i < RUNS_PER_EXERCISE; i++) {
      const code = s.mutant && i % 2 ? s.mutant : s.reference;
      const t = performance.now();
      const v = await grader.grade({ exerciseId: s.id, code, mode: 'submit', seed: 1000 + i });
      times.push(performance.now() - t);
      if (code === s.reference && !v.passed) console.log(`  ! ${s.id}: the reference did not pass (${v.status})`);
    }
    perExercise[s.id] = { p50: r1(quantile(times, 0.5)), p99: r1(quantile(times, 0.99)), capstone: s.capstone };
    console.log(`  ${s.id.padEnd(28)} p50 ${String(perExercise[s.id].p50).padStart(6)} ms   p99 ${String(perExercise[s.id].p99).padStart(6)} ms${s.capstone ? '  (capstone)' : ''}`);
  }
  return perExercise;
}

/** gradings per second at concurrency 1, 2 and 4 over a mix (round robin over its exercises, reference and mutant alternating) */
async function throughput(grader: GraderClient, mix: Subject[], title: string) {
  console.log(`throughput, ${title} (2 workers, ${THROUGHPUT_JOBS} gradings)`);
  const byConcurrency: Record<string, number> = {};
  for (const c of [1, 2, 4]) {
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: c }, async () => {
        while (next < THROUGHPUT_JOBS) {
          const i = next++;
          const s = mix[i % mix.length];
          await grader.grade({ exerciseId: s.id, code: s.mutant && i % 2 ? s.mutant : s.reference, mode: 'submit', seed: 5000 + i });
        }
      }),
    );
    byConcurrency[c] = r1(THROUGHPUT_JOBS / ((performance.now() - t) / 1000));
    console.log(`  concurrency ${c}: ${byConcurrency[c]} gradings/s`);
  }
  return byConcurrency;
}

async function main() {
  const list = await subjects();
  const normalList = list.filter((s) => !s.capstone);
  const grader = createGrader({ workers: 2, rootDir: ROOT });
  let perExercise: Record<string, { p50: number; p99: number; capstone: boolean }> = {};
  let course: Record<string, number> = {};
  let all: Record<string, number> = {};
  let ratio: Awaited<ReturnType<typeof sandboxRatio>> | null = null;
  try {
    // warm both workers on every exercise (module loading is a one-time cost per worker)
    await Promise.all(list.flatMap((s) => [1, 2].map((seed) => grader.grade({ exerciseId: s.id, code: s.reference, mode: 'submit', seed }))));
    if (PARTS.has('latency')) perExercise = await latency(grader, list);
    if (PARTS.has('throughput')) {
      // the capstone (a whole training run, 30 s limit) is 100× any other grading: its own line
      course = await throughput(grader, normalList, `every exercise but the capstone (${normalList.length})`);
      if (normalList.length < list.length) all = await throughput(grader, list, `every exercise with the capstone (${list.length})`);
    }
    await grader.close();
    if (PARTS.has('ratio')) {
      console.log('sandbox vs plain Node (in-process, same checks on the references, expected values cached; per grading)');
      ratio = await sandboxRatio(normalList);
      console.log(`all but the capstone: sandbox ${r1(ratio.sandboxMs)} ms vs plain Node ${r1(ratio.freshMs)} ms → ratio ${ratio.freshRatio.toFixed(2)}; vs plain Node re-running the same source ${r1(ratio.plainMs)} ms → ${ratio.ratio.toFixed(2)}`);
    }
    const normal = Object.values(perExercise).filter((e) => !e.capstone);
    const best = (t: Record<string, number>) => (Object.keys(t).length ? Math.max(...Object.values(t)) : null);
    console.log(
      JSON.stringify({
        p50_ms: normal.length ? Math.max(...normal.map((e) => e.p50)) : null,
        p99_ms: normal.length ? Math.max(...normal.map((e) => e.p99)) : null,
        throughput_per_s: best(course),
        sandbox_ratio: ratio ? Math.round(ratio.freshRatio * 100) / 100 : null,
        sandbox_ratio_same_source: ratio ? Math.round(ratio.ratio * 100) / 100 : null,
        median_exercise_p50_ms: normal.length ? quantile(normal.map((e) => e.p50), 0.5) : null,
        throughput_by_concurrency: course,
        throughput_with_capstone_per_s: best(all),
        throughput_with_capstone_by_concurrency: all,
        per_exercise: perExercise,
      }),
    );
  } finally {
    await grader.close().catch(() => undefined);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
