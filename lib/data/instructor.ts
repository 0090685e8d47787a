import { db } from '../db/client';
import type { SessionUser } from '../session';
import { coursesFor } from './courses';
import { rosterIds } from './instructor-access';

/** The students an instructor may see: the rosters of the courses they teach (admins: everyone). */
async function visibleStudentIds(user: SessionUser): Promise<string[] | null> {
  if (user.role === 'admin') return null;
  const courses = (await coursesFor(user)).filter((c) => c.myRole === 'instructor');
  return [...new Set((await Promise.all(courses.map((c) => rosterIds(c)))).flat())];
}

/** The latest submissions of the caller's students. */
export async function latestSubmissions(user: SessionUser, take = 100) {
  const ids = await visibleStudentIds(user);
  return db.submission.findMany({
    where: ids ? { userId: { in: ids } } : {},
    orderBy: { receivedAt: 'desc' },
    take,
    select: { id: true, exerciseId: true, status: true, receivedAt: true, score: true, maxScore: true, user: { select: { email: true, name: true } } },
  });
}

/** Staff overview: the caller's courses, every exercise as synced (hash, availability, sync problem), latest submissions. */
export async function instructorOverview(user: SessionUser) {
  const [courses, exercises, submissions] = await Promise.all([
    coursesFor(user).then((cs) => cs.filter((c) => c.myRole === 'instructor')),
    db.exercise.findMany({
      orderBy: [{ section: 'asc' }, { order: 'asc' }],
      select: { id: true, kind: true, section: true, title: true, hash: true, available: true, problem: true },
    }),
    latestSubmissions(user, 50),
  ]);
  return { courses, exercises, submissions };
}
