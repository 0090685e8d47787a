import { guard } from '@/lib/guard';
import { setsForStudent } from '@/lib/data/problem-sets';

/** The caller's published sets, in every course they are in, with what is due when. */
export const GET = guard({ auth: 'student' }, async ({ user }) => setsForStudent(user));
