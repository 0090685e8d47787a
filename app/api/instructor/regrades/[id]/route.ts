import { guard, idParam } from '@/lib/guard';
import { regradeProgress } from '@/lib/grading/regrade';

export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => regradeProgress(user, params.id));
