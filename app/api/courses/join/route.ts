import { z } from 'zod';
import { guard } from '@/lib/guard';
import { joinCourse } from '@/lib/data/courses';

/** A student joins a course with its join code (typed in, or from the invitation link /join/<code>). */
export const POST = guard({ auth: 'student', body: z.object({ code: z.string().trim().min(4).max(32) }), maxBodyBytes: 1024 }, async ({ user, body }) =>
  joinCourse(user, body.code),
);
