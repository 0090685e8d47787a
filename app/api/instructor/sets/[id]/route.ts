import { guard, idParam } from '@/lib/guard';
import { setForStaff, setInput, updateSet } from '@/lib/data/problem-sets';

export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => setForStaff(user, params.id));

/** Replaces the set's settings and items (in order). */
export const PUT = guard({ auth: 'instructor', params: idParam, body: setInput }, async ({ user, params, body }) => updateSet(user, params.id, body));
