/**
 * The supervised pool of grading workers. This is the only grader module the web app's process
 * loads, so it imports nothing but Node built-ins and types: no isolated-vm, esbuild, tsx or
 * exercise code (Next bundles whatever this file imports).
 *
 * Supervision:
 *  - one job at a time per worker; a queue in front;
 *  - a host-side watchdog per job (the exercise's time limit + WATCHDOG_MARGIN_MS): a worker that
 *    does not answer is SIGKILLed and replaced, and the job's verdict is `timeout`;
 *  - while a job runs, the worker's RSS is polled; above HARD_RSS_MB it is SIGKILLed (`memory`);
 *  - after a job, a worker above RECYCLE_RSS_MB or past MAX_JOBS_PER_WORKER is replaced;
 *  - a worker that dies during a job (e.g. SIGABRT: a growing Map aborts V8, SANDBOX.md) gets the
 *    job rerun ONCE on a fresh worker; if that dies too, the verdict is `memory` when the process
 *    aborted or was killed for memory, `grader_error` otherwise.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GradeRequest, QuizResult, QuizVariant, Verdict } from './contract';
import type { WorkerReply, WorkerRequest } from './worker-protocol';
import { DEFAULT_TIMEOUT_MS, limitsOf } from './limits';

export interface GraderClient {
  grade(req: GradeRequest): Promise<Verdict>;
  quizVariant(quizId: string, seed: number): Promise<QuizVariant>;
  quizGrade(quizId: string, seed: number, answers: Record<string, string | number | null>): Promise<QuizResult>;
  close(): Promise<void>;
}

export interface GraderOptions {
  /** worker processes (default: 2, or the number of cores if fewer) */
  workers?: number;
  /** default: <rootDir>/exercises */
  exercisesDir?: string;
  /** the repository root, where grader/worker.ts and node_modules/tsx live (default: process.cwd()) */
  rootDir?: string;
}

// the pool's own limits (units in the names); the per-submission defaults are in limits.ts
/** generous: covers loading the exercise's modules on a worker's first job and a busy machine */
const WATCHDOG_MARGIN_MS = 5_000;
const HARD_RSS_MB = 1_536;
const RECYCLE_RSS_MB = 512;
const MAX_JOBS_PER_WORKER = 5_000;
const RSS_POLL_MS = 100;
/** workers' niceness (0 = the server's own; 19 = lowest) */
const WORKER_NICE = 10;
/** a worker that cannot even start this many times in a row means the installation is broken */
const MAX_FAILED_STARTS = 3;

/** the request or the exercise is wrong (unknown id, broken exercise): not a verdict */
export class GraderRequestError extends Error {}

type Msg = Exclude<WorkerRequest, { type: 'shutdown' }>;
type JobMsg = Msg extends infer M ? (M extends { jobId: number } ? Omit<M, 'jobId'> : never) : never;

interface Job {
  id: number;
  msg: JobMsg;
  attempt: number;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Worker {
  proc: ChildProcess;
  ready: boolean;
  job: Job | null;
  jobs: number;
  /** why we killed it, if we did */
  killedFor: 'timeout' | 'memory' | null;
  watchdog?: NodeJS.Timeout;
  rssPoll?: NodeJS.Timeout;
}

function readRssMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * 4096) / 1048576;
  } catch {
    return null;
  }
}

class Pool implements GraderClient {
  private workers = new Set<Worker>();
  private queue: Job[] = [];
  private nextId = 1;
  private closing = false;
  private failedStarts = 0;
  private timeouts = new Map<string, number>();
  private readonly root: string;
  private readonly exercisesDir: string;
  private readonly size: number;

  constructor(opts: GraderOptions = {}) {
    this.root = path.resolve(opts.rootDir ?? process.cwd());
    this.exercisesDir = path.resolve(opts.exercisesDir ?? path.join(this.root, 'exercises'));
    this.size = Math.max(1, opts.workers ?? Math.min(2, os.cpus().length));
    for (let i = 0; i < this.size; i++) this.spawn();
  }

  grade(req: GradeRequest): Promise<Verdict> {
    return this.submit({ type: 'grade', req }) as Promise<Verdict>;
  }

  quizVariant(quizId: string, seed: number): Promise<QuizVariant> {
    return this.submit({ type: 'quizVariant', quizId, seed }) as Promise<QuizVariant>;
  }

  quizGrade(quizId: string, seed: number, answers: Record<string, string | number | null>): Promise<QuizResult> {
    return this.submit({ type: 'quizGrade', quizId, seed, answers }) as Promise<QuizResult>;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('the grader is closing'));
    await Promise.all(
      [...this.workers].map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.proc.exitCode !== null || w.proc.signalCode !== null) return resolve();
            const kill = setTimeout(() => w.proc.kill('SIGKILL'), 3_000);
            w.proc.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            if (w.proc.connected) w.proc.send({ type: 'shutdown' } satisfies WorkerRequest);
            else w.proc.kill('SIGKILL');
          }),
      ),
    );
  }

  private submit(msg: JobMsg): Promise<unknown> {
    if (this.closing) return Promise.reject(new Error('the grader is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, msg, attempt: 0, resolve, reject });
      this.dispatch();
    });
  }

  private spawn(): void {
    const proc = fork(path.join(this.root, 'grader', 'worker.ts'), [], {
      cwd: this.root,
      execArgv: ['--no-node-snapshot', '--import', 'tsx'],
      env: { ...process.env, NNLAB_EXERCISES_DIR: this.exercisesDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // below the web server in the CPU scheduler: a hostile loop burning its time limit must not slow the
    // requests (and the queue's database writes) of everyone else
    if (proc.pid) {
      try {
        os.setPriority(proc.pid, WORKER_NICE);
      } catch {
        /* not permitted here: equal priority */
      }
    }
    const w: Worker = { proc, ready: false, job: null, jobs: 0, killedFor: null };
    this.workers.add(w);
    proc.on('message', (m: WorkerReply) => this.onMessage(w, m));
    proc.on('exit', (code, signal) => this.onExit(w, code, signal));
    proc.on('error', () => {
      /* 'exit' follows and handles it */
    });
  }

  private dispatch(): void {
    for (const w of this.workers) {
      if (!this.queue.length) return;
      if (!w.ready || w.job || !w.proc.connected) continue;
      const job = this.queue.shift()!;
      w.job = job;
      w.proc.send({ ...job.msg, jobId: job.id } as WorkerRequest);
      w.watchdog = setTimeout(() => this.kill(w, 'timeout'), this.watchdogMs(job));
      w.rssPoll = setInterval(() => {
        const rss = w.proc.pid ? readRssMb(w.proc.pid) : null;
        if (rss !== null && rss > HARD_RSS_MB) this.kill(w, 'memory');
      }, RSS_POLL_MS);
    }
  }

  private watchdogMs(job: Job): number {
    if (job.msg.type !== 'grade') return DEFAULT_TIMEOUT_MS + WATCHDOG_MARGIN_MS;
    const id = job.msg.req.exerciseId;
    let limit = this.timeouts.get(id);
    if (limit === undefined) {
      try {
        const meta = JSON.parse(readFileSync(path.join(this.exercisesDir, path.basename(id), 'exercise.json'), 'utf8'));
        limit = limitsOf(meta).timeoutMs;
      } catch {
        limit = DEFAULT_TIMEOUT_MS;
      }
      this.timeouts.set(id, limit!);
    }
    return limit! + WATCHDOG_MARGIN_MS;
  }

  private kill(w: Worker, why: 'timeout' | 'memory'): void {
    if (w.killedFor) return;
    w.killedFor = why;
    w.proc.kill('SIGKILL');
  }

  private stopTimers(w: Worker): void {
    clearTimeout(w.watchdog);
    clearInterval(w.rssPoll);
  }

  private onMessage(w: Worker, m: WorkerReply): void {
    if (m.type === 'ready') {
      w.ready = true;
      this.failedStarts = 0;
      this.dispatch();
      return;
    }
    const job = w.job;
    if (!job || job.id !== m.jobId) return;
    this.stopTimers(w);
    w.job = null;
    w.jobs++;
    if (m.ok) job.resolve(m.value);
    else if (m.exerciseError) job.reject(new GraderRequestError(m.message));
    else job.reject(new Error(`grader worker failed: ${m.message}`));
    if (m.rssMb > RECYCLE_RSS_MB || w.jobs >= MAX_JOBS_PER_WORKER) this.retire(w);
    this.dispatch();
  }

  /** graceful replacement: the worker disposes its isolates and exits; a new one starts now */
  private retire(w: Worker): void {
    this.workers.delete(w);
    w.proc.removeAllListeners('exit');
    w.proc.on('exit', () => undefined);
    if (w.proc.connected) w.proc.send({ type: 'shutdown' } satisfies WorkerRequest);
    if (!this.closing) this.spawn();
  }

  private onExit(w: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    this.stopTimers(w);
    this.workers.delete(w);
    if (!w.ready) this.failedStarts++;
    const job = w.job;
    w.job = null;
    if (job) this.onCrash(job, w.killedFor, signal, code);
    if (this.closing) return;
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      for (const j of this.queue.splice(0)) j.reject(new Error(`grader workers cannot start (exit code ${code}, signal ${signal}); is tsx installed in ${this.root}?`));
      // try again later, in case it was transient
      setTimeout(() => {
        this.failedStarts = 0;
        if (!this.closing && this.workers.size < this.size) this.spawn();
      }, 5_000).unref();
      return;
    }
    this.spawn();
  }

  private onCrash(job: Job, killedFor: Worker['killedFor'], signal: NodeJS.Signals | null, code: number | null): void {
    const settle = (status: Verdict['status'], message: string) =>
      job.msg.type === 'grade' ? job.resolve(this.failure(job.msg.req, status, message)) : job.reject(new Error(message));
    if (killedFor === 'timeout') return settle('timeout', 'Time limit exceeded: the grading process stopped answering, so it was stopped. Look for an infinite loop or a promise that never settles.');
    if (killedFor === 'memory') return settle('memory', `Memory limit exceeded: the grading process grew past ${HARD_RSS_MB} MB. Look for an array, string, Map or object that grows without bound.`);
    if (job.attempt === 0) {
      // once more on a fresh worker: the crash may not be this submission's fault
      job.attempt = 1;
      this.queue.unshift(job);
      return;
    }
    if (signal === 'SIGABRT' || code === 134)
      return settle('memory', 'Memory limit exceeded: your code made the grading process abort twice, which is what a Map, Set or object growing without bound does. Look for a collection that grows in a loop.');
    settle('grader_error', `The grading process crashed twice on this submission (exit code ${code}, signal ${signal}). This is not your fault; staff have been told.`);
  }

  private failure(req: GradeRequest, status: Verdict['status'], message: string): Verdict {
    return {
      exerciseId: req.exerciseId,
      exerciseHash: '',
      mode: req.mode,
      seed: req.seed,
      status,
      passed: false,
      score: 0,
      maxScore: 0,
      checks: [],
      misconception: null,
      message,
      console: [],
      durationMs: 0,
    };
  }
}

export function createGrader(opts?: GraderOptions): GraderClient {
  return new Pool(opts);
}
