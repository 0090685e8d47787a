import { z } from 'zod';
import { guard, idParam } from '@/lib/guard';
import { rotateJoinCode } from '@/lib/data/courses';

/** A new join code (the old one and its invitation links stop working), or none: the course is closed to joining. */
export const POST = guard({ auth: 'instructor', params: idParam, body: z.object({ open: z.boolean() }) }, async ({ user, params, body }) =>
  rotateJoinCode(user, params.id, body.open),
);
