import { guard, idParam } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';
import { quizVariantFor } from '@/lib/data/quiz';

/** The caller's own variant: prompts and choices only, never the answers. */
export const GET = guard({ auth: 'student', params: idParam }, async ({ user, params }) => {
  const variant = await quizVariantFor(user.id, params.id);
  if (!variant) throw notFound('No such quiz.');
  return variant;
});
