import { z } from 'zod';
import { LIMITS } from '@/lib/ratelimit/limits';
import { codeField, guard, idParam } from '@/lib/guard';
import { enqueueSubmission } from '@/lib/grading/queue';
import { kickRunner } from '@/lib/grading/runner';
import { submissionsFor } from '@/lib/data/submissions';
import { requireCodeExercise } from '@/lib/data/course';

/** Submit: stored (status queued, server received-at) before anything else; graded by the runner. */
export const POST = guard({ auth: 'student', params: idParam, body: z.object({ code: codeField }), rateLimit: LIMITS.submit }, async ({ user, params, body }) => {
  const exercise = await requireCodeExercise(params.id);
  const sub = await enqueueSubmission({ userId: user.id, exerciseId: exercise.id, code: body.code });
  kickRunner();
  return Response.json({ id: sub.id, status: sub.status, receivedAt: sub.receivedAt.toISOString() }, { status: 202 });
});

export const GET = guard({ auth: 'student', params: idParam }, async ({ user, params }) => {
  const exercise = await requireCodeExercise(params.id);
  return submissionsFor(user.id, exercise.id);
});
