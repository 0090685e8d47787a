import { db } from '@/lib/db/client';
import { guard } from '@/lib/guard';

/** Staff only: the latest submissions across the course. */
export const GET = guard({ auth: 'instructor' }, async () => {
  const rows = await db.submission.findMany({
    orderBy: { receivedAt: 'desc' },
    take: 200,
    select: { id: true, exerciseId: true, status: true, receivedAt: true, score: true, maxScore: true, user: { select: { email: true, name: true } } },
  });
  return rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() }));
});
