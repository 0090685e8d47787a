import { z } from 'zod';
import { db } from '@/lib/db/client';
import { LIMITS } from '@/lib/ratelimit/limits';
import { codeField, guard, idParam } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';
import { enqueueSubmission } from '@/lib/grading/queue';
import { kickRunner } from '@/lib/grading/runner';
import { submissionsFor } from '@/lib/data/submissions';

async function codeExercise(id: string) {
  const e = await db.exercise.findFirst({ where: { id, kind: 'code', available: true }, select: { id: true } });
  if (!e) throw notFound('No such exercise.');
  return e;
}

/** Submit: stored (status queued, server received-at) before anything else; graded by the runner. */
export const POST = guard({ auth: 'student', params: idParam, body: z.object({ code: codeField }), rateLimit: LIMITS.submit }, async ({ user, params, body }) => {
  const exercise = await codeExercise(params.id);
  const sub = await enqueueSubmission({ userId: user.id, exerciseId: exercise.id, code: body.code });
  kickRunner();
  return Response.json({ id: sub.id, status: sub.status, receivedAt: sub.receivedAt.toISOString() }, { status: 202 });
});

export const GET = guard({ auth: 'student', params: idParam }, async ({ user, params }) => {
  const exercise = await codeExercise(params.id);
  return submissionsFor(user.id, exercise.id);
});
