import { z } from 'zod';
import { guard } from '@/lib/guard';
import { studentDetail } from '@/lib/data/gradebook';

const params = z.object({ id: z.string().min(1).max(100), userId: z.string().min(1).max(100) });

/** Every attempt of one student at the set's items: code, verdict, the policy's reading, regrade history. */
export const GET = guard({ auth: 'instructor', params }, async ({ user, params }) => studentDetail(user, params.id, params.userId));
