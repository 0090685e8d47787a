import { db } from '../db/client';

/** Staff overview: every exercise as synced (with its hash and availability) and the latest submissions. */
export async function instructorOverview() {
  const [exercises, submissions, students] = await Promise.all([
    db.exercise.findMany({ orderBy: [{ section: 'asc' }, { order: 'asc' }], select: { id: true, kind: true, section: true, title: true, hash: true, available: true } }),
    db.submission.findMany({
      orderBy: { receivedAt: 'desc' },
      take: 100,
      select: { id: true, exerciseId: true, status: true, receivedAt: true, score: true, maxScore: true, user: { select: { email: true, name: true } } },
    }),
    db.user.count({ where: { role: 'student' } }),
  ]);
  return { exercises, submissions, students };
}
