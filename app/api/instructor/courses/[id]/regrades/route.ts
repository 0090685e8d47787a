import { z } from 'zod';
import { guard, idParam } from '@/lib/guard';
import { staleByExercise, startRegrade } from '@/lib/grading/regrade';

/** Per code exercise of the course's sets: submissions judged by an older version of its checks. */
export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => staleByExercise(user, params.id));

/** Regrade them all, behind live submissions; poll /api/instructor/regrades/<id> for progress. */
export const POST = guard({ auth: 'instructor', params: idParam, body: z.object({ exerciseId: z.string().min(1).max(100) }) }, async ({ user, params, body }) =>
  Response.json(await startRegrade(user, params.id, body.exerciseId), { status: 202 }),
);
