import { z } from 'zod';
import { db } from '../db/client';
import { badRequest, notFound } from '../http/errors';
import type { SessionUser } from '../session';
import { DEFAULT_COURSE_SLUG, isMember, staffCourse, staffSet } from './instructor-access';
import { gradeItem, hiddenFeedbackOpen, type Attempt, type SetPolicy } from './instructor-policy';

const when = z.iso.datetime({ offset: true }).nullable().default(null);

/** What an instructor edits. Dates are ISO instants (the UI converts from the course's time zone). */
export const setInput = z
  .object({
    title: z.string().trim().min(1, 'enter a title').max(120),
    description: z.string().max(5000).default(''),
    openAt: when,
    dueAt: when,
    lateUntil: when,
    latePercent: z.number().min(0).max(100).default(0),
    maxAttempts: z.number().int().min(1).max(1000).nullable().default(null),
    attemptPenaltyPercent: z.number().min(0).max(100).default(0),
    hiddenFeedback: z.enum(['always', 'after_due']).default('always'),
    /** in the order students see them */
    items: z
      .array(z.object({ exerciseId: z.string().min(1).max(100), points: z.number().min(0).max(1000) }))
      .max(100)
      .default([]),
  })
  .superRefine((s, ctx) => {
    const t = (x: string) => new Date(x).getTime();
    if (s.openAt && s.dueAt && t(s.dueAt) <= t(s.openAt)) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'the due date must be after the open date' });
    if (s.lateUntil && !s.dueAt) ctx.addIssue({ code: 'custom', path: ['lateUntil'], message: 'late work needs a due date' });
    if (s.lateUntil && s.dueAt && t(s.lateUntil) <= t(s.dueAt)) ctx.addIssue({ code: 'custom', path: ['lateUntil'], message: 'the late deadline must be after the due date' });
    if (new Set(s.items.map((i) => i.exerciseId)).size !== s.items.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'an item appears twice' });
  });
export type SetInput = z.infer<typeof setInput>;

const toDate = (s: string | null) => (s ? new Date(s) : null);

async function checkItems(items: SetInput['items']) {
  if (!items.length) return;
  const found = await db.exercise.findMany({ where: { id: { in: items.map((i) => i.exerciseId) } }, select: { id: true } });
  const known = new Set(found.map((f) => f.id));
  const missing = items.find((i) => !known.has(i.exerciseId));
  if (missing) throw badRequest(`Unknown exercise "${missing.exerciseId}".`);
}

function setData(input: SetInput) {
  return {
    title: input.title,
    description: input.description,
    openAt: toDate(input.openAt),
    dueAt: toDate(input.dueAt),
    lateUntil: toDate(input.lateUntil),
    latePercent: input.lateUntil ? input.latePercent : 0,
    maxAttempts: input.maxAttempts,
    attemptPenaltyPercent: input.attemptPenaltyPercent,
    hiddenFeedback: input.hiddenFeedback,
  };
}

export async function createSet(user: SessionUser, courseId: string, input: SetInput) {
  await staffCourse(user, courseId);
  await checkItems(input.items);
  return db.problemSet.create({
    data: { courseId, ...setData(input), items: { create: input.items.map((it, position) => ({ ...it, position })) } },
    select: { id: true },
  });
}

/** Replaces the set's settings and its item list (order = array order) in one transaction. */
export async function updateSet(user: SessionUser, setId: string, input: SetInput) {
  await staffSet(user, setId);
  await checkItems(input.items);
  await db.$transaction([
    db.problemSetItem.deleteMany({ where: { setId } }),
    db.problemSet.update({
      where: { id: setId },
      data: { ...setData(input), items: { create: input.items.map((it, position) => ({ ...it, position })) } },
    }),
  ]);
  return { id: setId };
}

export async function publishSet(user: SessionUser, setId: string, published: boolean) {
  const set = await staffSet(user, setId);
  if (published && !(await db.problemSetItem.count({ where: { setId } }))) throw badRequest('Add at least one exercise or quiz before publishing.');
  return db.problemSet.update({
    where: { id: setId },
    data: { published, publishedAt: published ? (set.publishedAt ?? new Date()) : set.publishedAt },
    select: { id: true, published: true },
  });
}

/** The set as its instructor edits it. */
export async function setForStaff(user: SessionUser, setId: string) {
  const set = await staffSet(user, setId);
  const [course, items] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: set.courseId }, select: { id: true, title: true, timeZone: true } }),
    db.problemSetItem.findMany({
      where: { setId },
      orderBy: { position: 'asc' },
      include: { exercise: { select: { title: true, kind: true, section: true, available: true, maxScore: true, hash: true } } },
    }),
  ]);
  return { set, course, items };
}

/** Every exercise and quiz an instructor can put in a set (available ones; refused ones show their problem). */
export async function catalogForStaff() {
  return db.exercise.findMany({
    orderBy: [{ section: 'asc' }, { order: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, kind: true, section: true, maxScore: true, available: true, problem: true, hash: true },
  });
}

export function policyOf(set: SetPolicy): SetPolicy {
  return {
    openAt: set.openAt,
    dueAt: set.dueAt,
    lateUntil: set.lateUntil,
    latePercent: set.latePercent,
    maxAttempts: set.maxAttempts,
    attemptPenaltyPercent: set.attemptPenaltyPercent,
  };
}

/** A user's attempts at the given items: graded code submissions and quiz responses, keyed by item. */
export async function attemptsOf(userIds: string[], exerciseIds: string[]): Promise<Map<string, Attempt[]>> {
  const [subs, quizzes] = await Promise.all([
    db.submission.findMany({
      where: { userId: { in: userIds }, exerciseId: { in: exerciseIds }, status: { not: 'failed' } },
      select: { id: true, userId: true, exerciseId: true, receivedAt: true, score: true, maxScore: true, passed: true, status: true },
    }),
    db.quizResponse.findMany({
      where: { userId: { in: userIds }, quizId: { in: exerciseIds } },
      select: { id: true, userId: true, quizId: true, createdAt: true, score: true, maxScore: true },
    }),
  ]);
  const out = new Map<string, Attempt[]>();
  const push = (key: string, a: Attempt) => (out.get(key) ?? out.set(key, []).get(key)!).push(a);
  for (const s of subs)
    push(`${s.userId}:${s.exerciseId}`, { id: s.id, receivedAt: s.receivedAt, score: s.status === 'graded' ? s.score : null, maxScore: s.maxScore, passed: s.passed });
  for (const q of quizzes) push(`${q.userId}:${q.quizId}`, { id: q.id, receivedAt: q.createdAt, score: q.score, maxScore: q.maxScore, passed: q.score >= q.maxScore });
  return out;
}

/** A student's published sets in every course they are in, with what is due when and their grade so far. */
export async function setsForStudent(user: SessionUser) {
  const enrolled = await db.enrollment.findMany({ where: { userId: user.id, role: 'student' }, select: { courseId: true } });
  const def = await db.course.findUnique({ where: { slug: DEFAULT_COURSE_SLUG }, select: { id: true } });
  const courseIds = [...new Set([...enrolled.map((e) => e.courseId), ...(def ? [def.id] : [])])];
  const sets = await db.problemSet.findMany({
    where: { courseId: { in: courseIds }, published: true },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    include: { course: { select: { title: true, timeZone: true } }, items: { select: { exerciseId: true, points: true } } },
  });
  const attempts = await attemptsOf([user.id], [...new Set(sets.flatMap((s) => s.items.map((i) => i.exerciseId)))]);
  return sets.map((s) => {
    const grades = s.items.map((i) => gradeItem(policyOf(s), i.points, attempts.get(`${user.id}:${i.exerciseId}`) ?? []));
    return {
      id: s.id,
      title: s.title,
      course: s.course.title,
      timeZone: s.course.timeZone,
      openAt: s.openAt,
      dueAt: s.dueAt,
      lateUntil: s.lateUntil,
      items: s.items.length,
      points: s.items.reduce((a, i) => a + i.points, 0),
      earned: grades.reduce((a, g) => a + g.credit, 0),
    };
  });
}

/** One published set as its student sees it: items, policy, their grade per item (404 for non-members and drafts). */
export async function setForStudent(user: SessionUser, setId: string, now = new Date()) {
  const set = await db.problemSet.findUnique({
    where: { id: setId },
    include: {
      course: true,
      items: { orderBy: { position: 'asc' }, include: { exercise: { select: { title: true, kind: true, summary: true, available: true } } } },
    },
  });
  if (!set || !set.published || !(await isMember(user.id, set.course))) throw notFound('No such problem set.');
  const attempts = await attemptsOf([user.id], set.items.map((i) => i.exerciseId));
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    course: { id: set.course.id, title: set.course.title, timeZone: set.course.timeZone },
    policy: { ...policyOf(set), hiddenFeedback: set.hiddenFeedback },
    hiddenFeedbackOpen: hiddenFeedbackOpen(set, now),
    open: !set.openAt || now >= set.openAt,
    items: set.items.map((i) => {
      const g = gradeItem(policyOf(set), i.points, attempts.get(`${user.id}:${i.exerciseId}`) ?? []);
      return {
        exerciseId: i.exerciseId,
        title: i.exercise.title,
        kind: i.exercise.kind,
        summary: i.exercise.summary,
        available: i.exercise.available,
        points: i.points,
        credit: g.credit,
        attempts: g.attempts,
        notes: g.notes,
        passed: g.passed,
      };
    }),
  };
}

/**
 * Whether a student may see the outcome of hidden checks on an exercise now: not while any published set
 * of theirs holding it says 'after_due' and is not yet past due. For the submission views (the workbench's
 * /api/submissions/<id> should call this and blank hidden checks when it answers false).
 */
export async function hiddenFeedbackAllowed(userId: string, exerciseId: string, now = new Date()): Promise<boolean> {
  const enrolled = await db.enrollment.findMany({ where: { userId }, select: { courseId: true } });
  const sets = await db.problemSet.findMany({
    where: {
      published: true,
      hiddenFeedback: 'after_due',
      items: { some: { exerciseId } },
      OR: [{ courseId: { in: enrolled.map((e) => e.courseId) } }, { course: { slug: DEFAULT_COURSE_SLUG } }],
    },
    select: { hiddenFeedback: true, dueAt: true },
  });
  return sets.every((s) => hiddenFeedbackOpen(s, now));
}
