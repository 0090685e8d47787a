import { z } from 'zod';
import { guard, idParam } from '@/lib/guard';
import { publishSet } from '@/lib/data/problem-sets';

export const POST = guard({ auth: 'instructor', params: idParam, body: z.object({ published: z.boolean() }) }, async ({ user, params, body }) =>
  publishSet(user, params.id, body.published),
);
