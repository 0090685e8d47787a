import { guard } from '@/lib/guard';
import { latestSubmissions } from '@/lib/data/instructor';

/** Staff only: the latest submissions of the students in the caller's courses (admins: everyone's). */
export const GET = guard({ auth: 'instructor' }, async ({ user }) =>
  (await latestSubmissions(user, 200)).map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() })),
);
