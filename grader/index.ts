/**
 * The grader's public face: the only module the web app imports from grader/.
 *
 * `createGrader()` starts a supervised pool of worker child processes; student code only ever runs
 * inside an isolated-vm isolate in one of those workers, never in the caller's process.
 */
export type {
  Verdict,
  CheckResult,
  GradeRequest,
  QuizVariant,
  QuizResult,
  CatalogEntry,
  VerdictStatus,
} from './contract';
export { createGrader, GraderRequestError, type GraderClient, type GraderOptions } from './pool';
