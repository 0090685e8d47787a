import { db } from '../db/client';
import { hasRole } from '../auth/roles';
import { notFound } from '../http/errors';
import type { SessionUser } from '../session';

/** The course every student is in without joining (created by the start-up sync). */
export const DEFAULT_COURSE_SLUG = 'fc-nn';

/**
 * Staff access to one course: an admin may manage every course, an instructor only the courses they are
 * enrolled in as 'instructor'. Anyone else, or a course that does not exist, gets 404 (never a hint that
 * the course exists).
 */
export async function staffCourse(user: SessionUser, courseId: string) {
  if (!hasRole(user.role, 'instructor')) throw notFound('No such course.');
  const course = await db.course.findUnique({ where: { id: courseId } });
  if (!course) throw notFound('No such course.');
  if (user.role === 'admin') return course;
  const e = await db.enrollment.findUnique({ where: { userId_courseId: { userId: user.id, courseId } }, select: { role: true } });
  if (e?.role !== 'instructor') throw notFound('No such course.');
  return course;
}

/** The problem set, if the caller may manage its course (404 otherwise). */
export async function staffSet(user: SessionUser, setId: string) {
  const set = await db.problemSet.findUnique({ where: { id: setId } });
  if (!set) throw notFound('No such problem set.');
  await staffCourse(user, set.courseId).catch(() => {
    throw notFound('No such problem set.');
  });
  return set;
}

/** Ids of the users a course's gradebook lists: its enrolled students, or every student for the default course. */
export async function rosterIds(course: { id: string; slug: string }): Promise<string[]> {
  if (course.slug === DEFAULT_COURSE_SLUG) {
    const users = await db.user.findMany({ where: { role: 'student' }, select: { id: true } });
    return users.map((u) => u.id);
  }
  const rows = await db.enrollment.findMany({ where: { courseId: course.id, role: 'student' }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** Whether a user is a member of a course (as a student or its instructor); everyone is in the default course. */
export async function isMember(userId: string, course: { id: string; slug: string }): Promise<boolean> {
  if (course.slug === DEFAULT_COURSE_SLUG) return true;
  return !!(await db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId: course.id } }, select: { id: true } }));
}
