import { z } from 'zod';
import { db } from '@/lib/db/client';
import { LIMITS } from '@/lib/ratelimit/limits';
import { codeField, guard, idParam } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';
import { grader, RUN_SEED } from '@/lib/grading/grader';

/** Run: the public checks only, with fixed seeds. Not an attempt, nothing is stored. */
export const POST = guard({ auth: 'student', params: idParam, body: z.object({ code: codeField }), rateLimit: LIMITS.run }, async ({ params, body }) => {
  const exercise = await db.exercise.findFirst({ where: { id: params.id, kind: 'code', available: true }, select: { id: true } });
  if (!exercise) throw notFound('No such exercise.');
  return grader().grade({ exerciseId: exercise.id, code: body.code, mode: 'run', seed: RUN_SEED });
});
