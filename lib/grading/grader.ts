import os from 'node:os';
import { createGrader, type GraderClient } from '../../grader';

/**
 * How many grading workers (and jobs at a time) this instance runs: GRADER_WORKERS, or one more than the
 * cores (at least 2). The extra worker matters in a deadline burst: a hostile submission holds its
 * worker for its whole time limit (wall clock), and with one worker per core two of them would stop
 * all grading for that second; with one more, light submissions keep flowing on a time-shared core.
 */
export function graderWorkers(): number {
  return Number(process.env.GRADER_WORKERS) || Math.max(2, os.availableParallelism() + 1);
}

/**
 * The web app's one grader pool. The pool lives in this process only as a supervisor: student code runs in
 * its worker child processes, inside isolated-vm (grader/README.md).
 */
const holder = globalThis as unknown as { __nnlabGrader?: GraderClient };

export function grader(): GraderClient {
  return (holder.__nnlabGrader ??= createGrader({ workers: graderWorkers() }));
}

/** Run always uses the same seed, so its public checks agree with Submit's (the grader fixes public seeds too). */
export const RUN_SEED = 1;
