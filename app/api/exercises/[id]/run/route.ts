import { z } from 'zod';
import { LIMITS } from '@/lib/ratelimit/limits';
import { codeField, guard, idParam } from '@/lib/guard';
import { requireCodeExercise } from '@/lib/data/course';
import { grader, RUN_SEED } from '@/lib/grading/grader';

/** Run: the public checks only, with fixed seeds. Not an attempt, nothing is stored. */
export const POST = guard({ auth: 'student', params: idParam, body: z.object({ code: codeField }), rateLimit: LIMITS.run }, async ({ params, body }) => {
  const exercise = await requireCodeExercise(params.id);
  return grader().grade({ exerciseId: exercise.id, code: body.code, mode: 'run', seed: RUN_SEED });
});
