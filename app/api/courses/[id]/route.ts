import { guard, idParam } from '@/lib/guard';
import { courseForStaff } from '@/lib/data/courses';

/** Staff only (404 for anyone else, and for an instructor of another course). */
export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => courseForStaff(user, params.id));
