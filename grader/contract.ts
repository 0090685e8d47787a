/**
 * The contract between exercise folders, the grader and the web app.
 *
 * Everything an exercise author writes (checks.ts, quiz.ts) is typed here, and so is everything the
 * grader hands back (Verdict, QuizVariant, QuizResult). The web app imports only these types and the
 * GraderClient interface from grader/index.ts — never the sandbox itself.
 *
 * How a code check works (one uniform mechanism):
 *   1. `cases(rng)` runs on the host and builds the inputs (plain JSON) from a seeded RNG.
 *   2. `probe(S, args, H)` runs twice: inside the isolate against the student's exports (→ got), and on
 *      the host against the reference's exports (→ expected). A probe is a self-contained function: it
 *      is serialised with Function.prototype.toString, so it must not close over anything but its
 *      parameters (S = the module's exports, args = one case, H = the harness helpers below).
 *   3. `judge` runs on the host, on plain JSON data only, and decides pass/fail. The default judge
 *      compares got with expected under a named tolerance (CS231n relative error).
 * Mutants (known-wrong solutions) are run through the same probes on the host; when a failing
 * submission's outputs match a mutant's, the verdict names that mutant's misconception.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Named tolerances (max relative error, CS231n `rel_error` with a 1e-8 floor). Defined once in grader/kit/tolerances.ts. */
export type ToleranceName =
  | 'exact' // 0: integers, indices, shapes
  | 'forward' // 1e-9: values of a closed-form forward computation
  | 'grad' // 1e-7: smooth analytic vs numerical gradient
  | 'gradKink' // 1e-5: gradients through ReLU / hinge / max kinks
  | 'network' // 1e-4: whole-network gradient checks
  | 'loose'; // 1e-2: property checks on random inputs

import type { Rng } from '../lib/nn/rng';
export type { Rng };

/** Helpers available to probes in both realms (inside the isolate and on the host). */
export interface Harness {
  /** centered difference of a scalar function, over every entry of x (vector or matrix); restores x */
  numGrad(f: () => number, x: number[] | number[][], h?: number): number[] | number[][];
  /** centered difference of an array-valued function against an upstream gradient dout: Σ((f+ − f−)·dout)/2h */
  numGradArray(f: () => Json, x: number[] | number[][], dout: Json, h?: number): number[] | number[][];
  /** deep copy of plain data (so a student mutating its input cannot affect the next call) */
  clone<T>(x: T): T;
  /** a seeded RNG for use inside probes (same sequence in both realms for the same seed) */
  rng: Rng;
  /** another generator with the course's Rng interface, from a seed the probe chooses (e.g. one the case carries) */
  newRng(seed: number): Rng;
  /** the Math.random the student's code sees is seeded per attempt; this reseeds it (same sequence in both realms) */
  seedMathRandom(seed: number): void;
}

/** What a probe receives as S: the module's exports (student, reference or mutant). */
export type Exports = Record<string, any>;

export type Probe = (S: Exports, args: any, H: Harness) => unknown;

export interface JudgeInput {
  got: Json; // the student's probe output, as JSON (undefined → null)
  expected: Json; // the reference's probe output for the same case
  args: Json; // the case
}

export interface JudgeOutcome {
  passed: boolean;
  /** one sentence a student can act on, e.g. "row 2 sums to 1.37, not 1" */
  message?: string;
  relError?: number;
  /** what to show as expected/got when the default rendering is not right (e.g. a statistic) */
  expectedShown?: string;
  gotShown?: string;
}

export interface CodeCheck {
  /** read by students: say what is checked, e.g. "softmax([1000,1001,1002]) has no NaN" */
  name: string;
  /** public checks run on Run and Submit; hidden ones only on Submit */
  visibility: 'public' | 'hidden';
  points: number;
  hint?: string;
  /** fixed cases (the same on every seed) or cases drawn from a seeded RNG */
  cases: Json[] | ((rng: Rng) => Json[]);
  probe: Probe;
  /** default: 'close' with tolerance 'forward' */
  judge?:
    | { kind: 'close'; tol?: ToleranceName | number }
    | { kind: 'exact' }
    /** custom judge on plain data, host side */
    | { kind: 'custom'; fn: (input: JudgeInput) => JudgeOutcome };
  /** how the case is shown to the student; default: JSON, truncated. Hidden checks show inputs only if reveal is true. */
  show?: (args: Json) => string;
  /** hidden checks: reveal inputs/expected/got in feedback (default false) */
  reveal?: boolean;
  /**
   * default true. false: the judge reads only `got` (e.g. an accuracy threshold after training), so the
   * reference is not run on the host for this check (expected is null) and misconception matching skips
   * it (a training run per mutant on the host would cost seconds).
   */
  needsReference?: boolean;
}

export interface MutantSpec {
  /** file under mutants/, without .ts */
  file: string;
  /** the misconception, as the verdict will name it: "Adam without bias correction" */
  misconception: string;
}

/** checks.ts default export */
export interface CodeExerciseChecks {
  checks: CodeCheck[];
}

export function defineChecks(c: CodeExerciseChecks): CodeExerciseChecks {
  return c;
}

/** exercise.json, validated with zod in grader/exercise-schema.ts */
export interface ExerciseMeta {
  title: string;
  section: number; // 0..11, as in OUTLINE.md
  kind: 'code' | 'quiz';
  /** order within the section on the course page */
  order: number;
  /** one line for the course page */
  summary: string;
  /** code: the functions/classes the student's module must export */
  entry?: string[];
  mutants?: MutantSpec[];
  limits?: { timeoutMs?: number; memoryMb?: number };
  tags?: string[];
}

/* ---------------------------------- quizzes ---------------------------------- */

export type QuizQuestion =
  | {
      id: string;
      kind: 'numeric';
      /** Markdown + $math$ */
      prompt: string;
      answer: number;
      /** accepted if |x − answer| ≤ abs or ≤ rel·|answer| */
      tolerance: { abs?: number; rel?: number };
      points?: number;
      explanation: string;
    }
  | {
      id: string;
      kind: 'choice';
      prompt: string;
      choices: { id: string; label: string }[];
      answer: string; // a choice id
      points?: number;
      explanation: string;
    };

export interface QuizDefinition {
  /** same seed → same variant; the seed is derived from (user, quiz) */
  generate(rng: Rng): { intro?: string; questions: QuizQuestion[] };
}

export function defineQuiz(q: QuizDefinition): QuizDefinition {
  return q;
}

/** what the browser gets: prompts without answers */
export interface QuizVariant {
  quizId: string;
  seed: number;
  intro?: string;
  questions: (
    | { id: string; kind: 'numeric'; prompt: string; points: number }
    | { id: string; kind: 'choice'; prompt: string; points: number; choices: { id: string; label: string }[] }
  )[];
}

export interface QuizResult {
  quizId: string;
  seed: number;
  score: number;
  maxScore: number;
  questions: { id: string; correct: boolean; points: number; given: string | number | null; answer: string | number; explanation: string }[];
}

/* ---------------------------------- verdicts ---------------------------------- */

export type VerdictStatus =
  | 'graded' // checks ran (some may have failed)
  | 'compile_error' // transpile failed: see compileError
  | 'missing_export' // an entry function is not exported
  | 'timeout' // the time limit was hit
  | 'memory' // the memory limit was hit
  | 'grader_error'; // our fault, never the student's: staff must look

export interface CheckResult {
  name: string;
  visibility: 'public' | 'hidden';
  passed: boolean;
  points: number;
  maxPoints: number;
  message: string;
  /** the shown input of the first failing case (or the first case when passing) */
  input?: string;
  expected?: string;
  got?: string;
  relError?: number;
  hint?: string;
  /** the student's exception, with line:column in their code, if one was thrown */
  error?: string;
}

export interface Verdict {
  exerciseId: string;
  /** content hash of the exercise version that judged this */
  exerciseHash: string;
  mode: 'run' | 'submit';
  seed: number;
  status: VerdictStatus;
  passed: boolean;
  score: number;
  maxScore: number;
  checks: CheckResult[];
  /** the known misconception the failing submission behaves like, if any */
  misconception?: { mutant: string; label: string } | null;
  compileError?: { message: string; line: number; column: number; lineText: string };
  /** the message for timeout / memory / missing_export / grader_error */
  message?: string;
  /** what the student's console.log printed (capped) */
  console: string[];
  durationMs: number;
}

export interface GradeRequest {
  exerciseId: string;
  code: string;
  mode: 'run' | 'submit';
  seed: number;
}

/** one row per exercise or quiz, for the course page and the start-up sync */
export interface CatalogEntry {
  id: string;
  title: string;
  section: number;
  kind: 'code' | 'quiz';
  order: number;
  summary: string;
  hash: string;
  statement: string; // Markdown source
  starter?: string; // code only
  typesDts?: string; // code only: types offered to the editor
  publicChecks?: { name: string; points: number }[];
  maxScore: number;
}
