import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client';
import { db } from '../db/client';
import { hasRole } from '../auth/roles';
import { notFound } from '../http/errors';
import type { SessionUser } from '../session';
import { DEFAULT_COURSE_SLUG, staffCourse } from './instructor-access';

/** no 0/O, 1/I/L: a code read aloud in a lecture hall or copied from a slide survives */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const newJoinCode = () => Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export const courseInput = z.object({
  title: z.string().trim().min(1, 'enter a title').max(120),
  description: z.string().max(2000).default(''),
  timeZone: z
    .string()
    .default('UTC')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown time zone (use an IANA name such as Europe/Berlin)'),
});

const slugify = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'course';

/** An instructor creates a course and becomes its instructor; it opens with a fresh join code. */
export async function createCourse(user: SessionUser, input: z.infer<typeof courseInput>) {
  for (let i = 0; ; i++) {
    try {
      return await db.course.create({
        data: {
          slug: `${slugify(input.title)}-${newJoinCode().slice(0, 4).toLowerCase()}`,
          title: input.title,
          description: input.description,
          timeZone: input.timeZone,
          joinCode: newJoinCode(),
          enrollments: { create: { userId: user.id, role: 'instructor' } },
        },
      });
    } catch (err) {
      // a slug or code collision (1 in ~10^12): draw again
      if (i < 3 && err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') continue;
      throw err;
    }
  }
}

/** The courses a user is in. Students are always in the default course; staff see the courses they teach (admins: all). */
export async function coursesFor(user: SessionUser) {
  if (user.role === 'admin') {
    const all = await db.course.findMany({ orderBy: { createdAt: 'asc' } });
    return all.map((c) => ({ ...c, myRole: 'instructor' as const }));
  }
  const rows = await db.enrollment.findMany({ where: { userId: user.id }, include: { course: true }, orderBy: { createdAt: 'asc' } });
  const mine = rows.map((r) => ({ ...r.course, myRole: r.role === 'instructor' ? ('instructor' as const) : ('student' as const) }));
  if (!hasRole(user.role, 'instructor') && !mine.some((c) => c.slug === DEFAULT_COURSE_SLUG)) {
    const def = await db.course.findUnique({ where: { slug: DEFAULT_COURSE_SLUG } });
    if (def) mine.unshift({ ...def, myRole: 'student' });
  }
  return mine;
}

/** What a course page shows its staff: join code, roster size, sets. */
export async function courseForStaff(user: SessionUser, courseId: string) {
  const course = await staffCourse(user, courseId);
  const [students, instructors, sets] = await Promise.all([
    db.enrollment.count({ where: { courseId, role: 'student' } }),
    db.enrollment.findMany({ where: { courseId, role: 'instructor' }, select: { user: { select: { name: true, email: true } } } }),
    db.problemSet.findMany({ where: { courseId }, orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }], include: { _count: { select: { items: true } } } }),
  ]);
  return { course, students, instructors: instructors.map((i) => i.user), sets };
}

export async function rotateJoinCode(user: SessionUser, courseId: string, open: boolean) {
  await staffCourse(user, courseId);
  return db.course.update({ where: { id: courseId }, data: { joinCode: open ? newJoinCode() : null }, select: { joinCode: true } });
}

/** A student joins with a code (typed in, or from the invitation link /join/<code>). Joining twice is harmless. */
export async function joinCourse(user: SessionUser, code: string) {
  const course = await db.course.findUnique({ where: { joinCode: code.trim().toUpperCase() } });
  if (!course) throw notFound('No course has this join code. Check it with your instructor.');
  await db.enrollment.upsert({
    where: { userId_courseId: { userId: user.id, courseId: course.id } },
    update: {},
    create: { userId: user.id, courseId: course.id, role: 'student' },
  });
  return { id: course.id, title: course.title };
}
