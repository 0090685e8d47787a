import { guard, idParam } from '@/lib/guard';
import { gradebook } from '@/lib/data/gradebook';

export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => gradebook(user, params.id));
