import { guard } from '@/lib/guard';
import { progressFor } from '@/lib/data/course';

export const GET = guard({ auth: 'student' }, async ({ user }) => progressFor(user.id));
