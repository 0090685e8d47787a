import { guard, idParam } from '@/lib/guard';
import { itemStats } from '@/lib/data/gradebook';

export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => itemStats(user, params.id));
