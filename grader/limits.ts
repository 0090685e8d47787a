/**
 * The grader's default limits, in one place. Constants only: pool.ts (bundled into the web app)
 * and grade.ts (in the workers) both import this file.
 *
 * 1 s per submission: every non-capstone reference grades in well under 10 ms, so a correct
 * solution 100× slower than the reference still passes, while an infinite loop holds a worker for
 * at most 1 s during a deadline burst. An exercise that needs more says so in exercise.json.
 */
export const DEFAULT_TIMEOUT_MS = 1_000;
/** memoryLimit also sizes the isolate's young generation: much smaller is slower for numeric code */
export const DEFAULT_MEMORY_MB = 128;

/** an exercise's limits, its exercise.json's or the defaults (meta may be unvalidated JSON: the pool reads it raw) */
export function limitsOf(meta: { limits?: { timeoutMs?: unknown; memoryMb?: unknown } } | null | undefined): { timeoutMs: number; memoryMb: number } {
  const l = meta?.limits;
  return {
    timeoutMs: typeof l?.timeoutMs === 'number' ? l.timeoutMs : DEFAULT_TIMEOUT_MS,
    memoryMb: typeof l?.memoryMb === 'number' ? l.memoryMb : DEFAULT_MEMORY_MB,
  };
}
