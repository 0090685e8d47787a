/** Messages between grader/pool.ts and grader/worker.ts (JSON over the IPC channel). */
import type { GradeRequest } from './contract';

export type WorkerRequest =
  | { type: 'grade'; jobId: number; req: GradeRequest }
  | { type: 'quizVariant'; jobId: number; quizId: string; seed: number }
  | { type: 'quizGrade'; jobId: number; quizId: string; seed: number; answers: Record<string, string | number | null> }
  | { type: 'shutdown' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; jobId: number; ok: true; value: unknown; rssMb: number }
  | { type: 'done'; jobId: number; ok: false; exerciseError: boolean; message: string; rssMb: number };
