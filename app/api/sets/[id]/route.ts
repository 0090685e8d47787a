import { guard, idParam } from '@/lib/guard';
import { setForStudent } from '@/lib/data/problem-sets';

/** One published set as a member sees it (404 for drafts and for courses the caller is not in). */
export const GET = guard({ auth: 'student', params: idParam }, async ({ user, params }) => setForStudent(user, params.id));
