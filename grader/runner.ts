/**
 * What a worker does for each job, independent of IPC (so `nnlab validate` and tests can run it
 * in-process): keeps a cache of loaded exercises (re-hashed at most once a second, so an edited
 * exercise is picked up) and one Sandbox.
 */
import type { GradeRequest, QuizResult, QuizVariant, Verdict } from './contract';
import { ExerciseError, listExerciseIds, loadCodeExercise, loadQuizExercise, readExercise, type QuizExercise } from './exercise';
import { PUBLIC_SEED } from './seeds';
import { gradeCode, GraderFault, PreparedCode, type GradeOptions } from './grade';
import { quizGrade, quizVariant } from './quiz';
import { Sandbox } from './sandbox';

const RECHECK_MS = 1_000;

type Loaded = { kind: 'code'; prepared: PreparedCode } | { kind: 'quiz'; quiz: QuizExercise };

export class Runner {
  readonly sandbox = new Sandbox();
  private cache = new Map<string, { hash: string; checkedAt: number; loaded: Loaded }>();

  constructor(readonly exercisesDir: string) {}

  async load(id: string): Promise<Loaded> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.checkedAt < RECHECK_MS) return hit.loaded;
    const folder = await readExercise(this.exercisesDir, id);
    if (hit && hit.hash === folder.hash) {
      hit.checkedAt = Date.now();
      return hit.loaded;
    }
    const loaded: Loaded =
      folder.meta.kind === 'code' ? { kind: 'code', prepared: new PreparedCode(await loadCodeExercise(folder)) } : { kind: 'quiz', quiz: await loadQuizExercise(folder) };
    this.cache.set(id, { hash: folder.hash, checkedAt: Date.now(), loaded });
    return loaded;
  }

  /**
   * Loads every exercise and computes the public checks' expected values (fixed seed), so that no
   * student's submission pays for a cold start (~70 ms per exercise, more on a busy machine). Errors are
   * left for the job that meets them.
   */
  async preload(): Promise<void> {
    for (const id of await listExerciseIds(this.exercisesDir).catch(() => [] as string[])) {
      try {
        const l = await this.load(id);
        if (l.kind === 'code') for (const [i, check] of l.prepared.ex.checks.entries()) if (check.visibility === 'public') await l.prepared.caseSet(i, PUBLIC_SEED);
      } catch {
        /* a broken exercise: reported when graded */
      }
      await new Promise((r) => setImmediate(r)); // let a waiting job's message in
    }
  }

  async prepared(id: string): Promise<PreparedCode> {
    const l = await this.load(id);
    if (l.kind !== 'code') throw new ExerciseError(`"${id}" is a quiz, not a code exercise`);
    return l.prepared;
  }

  async quiz(id: string): Promise<QuizExercise> {
    const l = await this.load(id);
    if (l.kind !== 'quiz') throw new ExerciseError(`"${id}" is a code exercise, not a quiz`);
    return l.quiz;
  }

  /** ExerciseError propagates (the caller's request or the exercise is wrong); our faults become grader_error */
  async grade(req: GradeRequest, opts: GradeOptions = {}): Promise<Verdict> {
    const p = await this.prepared(req.exerciseId);
    try {
      return await gradeCode(p, req, this.sandbox, opts);
    } catch (e) {
      if (e instanceof ExerciseError) throw e;
      return graderError(req, p.ex.hash, e instanceof GraderFault ? e.message : `internal error: ${(e as Error)?.stack ?? e}`);
    }
  }

  async quizVariant(id: string, seed: number): Promise<QuizVariant> {
    return quizVariant(await this.quiz(id), seed);
  }

  async quizGrade(id: string, seed: number, answers: Record<string, string | number | null>): Promise<QuizResult> {
    return quizGrade(await this.quiz(id), seed, answers);
  }

  dispose(): void {
    this.sandbox.dispose();
  }
}

export function graderError(req: GradeRequest, hash: string, message: string): Verdict {
  return {
    exerciseId: req.exerciseId,
    exerciseHash: hash,
    mode: req.mode,
    seed: req.seed,
    status: 'grader_error',
    passed: false,
    score: 0,
    maxScore: 0,
    checks: [],
    misconception: null,
    message: `The grader failed on this submission (not your fault; staff have been told): ${message}`,
    console: [],
    durationMs: 0,
  };
}
