import { z } from 'zod';
import { guard, idParam } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';
import { quizResponsesFor, submitQuiz } from '@/lib/data/quiz';

const answersSchema = z.object({
  answers: z.record(z.string().max(64), z.union([z.string().max(200), z.number(), z.null()])).refine((a) => Object.keys(a).length <= 50, {
    message: 'too many answers',
  }),
});

export const POST = guard({ auth: 'student', params: idParam, body: answersSchema, maxBodyBytes: 16 * 1024 }, async ({ user, params, body }) => {
  const result = await submitQuiz(user.id, params.id, body.answers);
  if (!result) throw notFound('No such quiz.');
  return result;
});

export const GET = guard({ auth: 'student', params: idParam }, async ({ user, params }) => quizResponsesFor(user.id, params.id));
