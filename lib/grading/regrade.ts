/**
 * Bulk regrade after an exercise's checks change (issue 5). A submission records the content hash of the
 * exercise version that judged it; the ones judged by an older hash than the synced one are "stale".
 *
 * A regrade re-queues those submissions in the ordinary grading queue (lib/grading/queue.ts) with
 * REGRADE_PRIORITY, so live submissions (priority 0) always go first, and the crash-safe lease machinery
 * grades them exactly once with their original seed. Each submission's old status, hash and score are kept
 * in a RegradeItem: the gradebook reads the new score from the submission, the student detail shows the
 * change. Received-at never changes, so deadlines judge a regraded submission as before.
 *
 * The queue's completeJob also bumps the student's Progress as if this were a new attempt; when an item
 * finishes, its Progress row is rebuilt from the submissions instead (a regrade is not an attempt).
 */
import { db } from '../db/client';
import { badRequest, notFound } from '../http/errors';
import type { SessionUser } from '../session';
import { rosterIds, staffCourse } from '../data/instructor-access';
import { kickRunner } from './runner';
import { FINAL_STATUSES } from './status';

export const REGRADE_PRIORITY = 10;

async function staleWhere(courseId: string, exerciseId: string, currentHash: string) {
  const course = await db.course.findUniqueOrThrow({ where: { id: courseId } });
  return {
    userId: { in: await rosterIds(course) },
    exerciseId,
    status: { in: [...FINAL_STATUSES] },
    OR: [{ exerciseHash: null }, { exerciseHash: { not: currentHash } }],
  };
}

/** Per code exercise used in the course's sets: how many of the roster's submissions an older version judged. */
export async function staleByExercise(user: SessionUser, courseId: string) {
  await staffCourse(user, courseId);
  const items = await db.problemSetItem.findMany({
    where: { set: { courseId }, exercise: { kind: 'code' } },
    select: { exerciseId: true, exercise: { select: { title: true, hash: true, available: true } } },
    distinct: ['exerciseId'],
  });
  const out = [];
  for (const i of items) {
    const stale = i.exercise.hash ? await db.submission.count({ where: await staleWhere(courseId, i.exerciseId, i.exercise.hash) }) : 0;
    const running = await db.regradeRun.findFirst({ where: { courseId, exerciseId: i.exerciseId, finishedAt: null }, select: { id: true } });
    out.push({ exerciseId: i.exerciseId, title: i.exercise.title, hash: i.exercise.hash, available: i.exercise.available, stale, runningRunId: running?.id ?? null });
  }
  return out;
}

/** Re-queues every stale submission of the roster at low priority; returns the run to poll. */
export async function startRegrade(user: SessionUser, courseId: string, exerciseId: string) {
  await staffCourse(user, courseId);
  const exercise = await db.exercise.findUnique({ where: { id: exerciseId } });
  if (!exercise || exercise.kind !== 'code') throw notFound('No such code exercise.');
  if (!exercise.available) throw badRequest('This exercise is not available (its last sync was refused): fix it before regrading.');
  const where = await staleWhere(courseId, exerciseId, exercise.hash);
  const run = await db.$transaction(async (tx) => {
    const stale = await tx.submission.findMany({ where, select: { id: true, status: true, exerciseHash: true, score: true, passed: true } });
    if (!stale.length) throw badRequest('No submission of this exercise was judged by an older version.');
    const r = await tx.regradeRun.create({ data: { courseId, exerciseId, toHash: exercise.hash, requestedById: user.id } });
    for (const s of stale) {
      // conditional: a submission that is being graded right now is left alone
      const { count } = await tx.submission.updateMany({
        where: { id: s.id, status: { in: [...FINAL_STATUSES] } },
        data: { status: 'queued', priority: REGRADE_PRIORITY, tries: 0, leaseOwner: null, leaseUntil: null },
      });
      if (count)
        await tx.regradeItem.create({ data: { runId: r.id, submissionId: s.id, oldHash: s.exerciseHash, oldStatus: s.status, oldScore: s.score, oldPassed: s.passed } });
    }
    return r;
  });
  kickRunner();
  return regradeProgress(user, run.id);
}

/** Rebuilds a student's Progress for one exercise from their graded submissions (a regrade is not an attempt). */
async function rebuildProgress(userId: string, exerciseId: string) {
  const subs = await db.submission.findMany({ where: { userId, exerciseId, status: 'graded' }, select: { score: true, maxScore: true, passed: true, receivedAt: true } });
  if (!subs.length) return;
  await db.progress.updateMany({
    where: { userId, exerciseId },
    data: {
      attempts: subs.length,
      bestScore: Math.max(...subs.map((s) => s.score ?? 0)),
      maxScore: subs[subs.length - 1].maxScore ?? 0,
      passed: subs.some((s) => s.passed),
    },
  });
}

/**
 * Progress of a run, for the instructor's progress bar. Reading it also records finished items (new score,
 * done time) and fixes their Progress rows; the run is finished when every item is.
 */
export async function regradeProgress(user: SessionUser, runId: string) {
  const run = await db.regradeRun.findUnique({ where: { id: runId } });
  if (!run) throw notFound('No such regrade.');
  await staffCourse(user, run.courseId).catch(() => {
    throw notFound('No such regrade.');
  });
  const open = await db.regradeItem.findMany({
    where: { runId, doneAt: null },
    select: { id: true, submission: { select: { userId: true, exerciseId: true, status: true, score: true, passed: true, gradedAt: true } } },
  });
  for (const it of open) {
    const s = it.submission;
    if ((s.status !== 'graded' && s.status !== 'failed') || !s.gradedAt || s.gradedAt < run.createdAt) continue;
    await db.regradeItem.update({ where: { id: it.id }, data: { newScore: s.score, newPassed: s.passed, doneAt: new Date() } });
    await rebuildProgress(s.userId, s.exerciseId);
  }
  const items = await db.regradeItem.findMany({ where: { runId }, select: { oldScore: true, newScore: true, doneAt: true } });
  const done = items.filter((i) => i.doneAt).length;
  if (done === items.length && !run.finishedAt) await db.regradeRun.update({ where: { id: runId }, data: { finishedAt: new Date() } });
  return {
    id: run.id,
    courseId: run.courseId,
    exerciseId: run.exerciseId,
    total: items.length,
    done,
    changed: items.filter((i) => i.doneAt && i.newScore !== i.oldScore).length,
    finished: done === items.length,
  };
}
