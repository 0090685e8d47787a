import { guard, idParam } from '@/lib/guard';
import { createSet, setInput } from '@/lib/data/problem-sets';

/** An instructor creates a problem set (a draft until published). */
export const POST = guard({ auth: 'instructor', params: idParam, body: setInput }, async ({ user, params, body }) =>
  Response.json(await createSet(user, params.id, body), { status: 201 }),
);
