import { z } from 'zod';
import { db } from '@/lib/db/client';
import { codeField, guard, idParam } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';
import { draftFor, requireCodeExercise } from '@/lib/data/course';

/** A caller only ever reads or writes their own draft: the user id comes from the session, never the request. */
export const GET = guard({ auth: 'student', params: idParam }, async ({ user, params }) => {
  const exercise = await requireCodeExercise(params.id);
  const draft = await draftFor(user.id, exercise.id);
  if (!draft) throw notFound('No draft saved yet.');
  return draft;
});

export const PUT = guard({ auth: 'student', params: idParam, body: z.object({ code: codeField }) }, async ({ user, params, body }) => {
  const exercise = await requireCodeExercise(params.id);
  const d = await db.draft.upsert({
    where: { userId_exerciseId: { userId: user.id, exerciseId: exercise.id } },
    update: { code: body.code },
    create: { userId: user.id, exerciseId: exercise.id, code: body.code },
  });
  return { updatedAt: d.updatedAt.toISOString() };
});
