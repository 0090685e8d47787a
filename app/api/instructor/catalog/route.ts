import { guard } from '@/lib/guard';
import { catalogForStaff } from '@/lib/data/problem-sets';

/** Every exercise and quiz as synced, for the set editor (refused ones carry the sync's problem). */
export const GET = guard({ auth: 'instructor' }, async () => catalogForStaff());
