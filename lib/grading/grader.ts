import { createGrader, type GraderClient } from '../../grader';

/**
 * The web app's one grader pool. The pool lives in this process only as a supervisor: student code runs in
 * its worker child processes, inside isolated-vm (grader/README.md).
 */
const holder = globalThis as unknown as { __nnlabGrader?: GraderClient };

export function grader(): GraderClient {
  return (holder.__nnlabGrader ??= createGrader({ workers: Number(process.env.GRADER_WORKERS) || 2 }));
}

/** Run always uses the same seed, so its public checks agree with Submit's (the grader fixes public seeds too). */
export const RUN_SEED = 1;
