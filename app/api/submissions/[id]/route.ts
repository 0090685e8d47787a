import { z } from 'zod';
import { guard } from '@/lib/guard';
import { notFound } from '@/lib/http/errors';
import { submissionFor } from '@/lib/data/submissions';

export const GET = guard({ auth: 'student', params: z.object({ id: z.string().min(1).max(64) }) }, async ({ user, params }) => {
  const sub = await submissionFor(user, params.id);
  if (!sub) throw notFound('No such submission.');
  return sub;
});
