import { randomInt } from 'node:crypto';
import { db } from '../db/client';
import type { Verdict } from '../../grader/contract';
import { conflict } from '../http/errors';
import { Prisma } from '../../generated/prisma/client';
import { databaseKind } from '../db/url';

const stillGrading = () => conflict('Your previous submission of this exercise is still being graded.');

/**
 * The grading queue lives in the Submission table, so it survives crashes and is shared by every app
 * instance on one database. A job is claimed with a lease (owner + expiry); the verdict is written only
 * by the lease holder, in one transaction with the progress update, so a result is recorded exactly once.
 */
export const LEASE_MS = 30_000;
export const MAX_TRIES = 3;

export async function enqueueSubmission(input: { userId: string; exerciseId: string; code: string; courseId?: string | null }) {
  // one queued or running job per user and exercise: a double click must not grade twice
  const pending = await db.submission.findFirst({
    // live jobs only: a queued regrade of an old submission must not block a new attempt
    where: { userId: input.userId, exerciseId: input.exerciseId, status: { in: ['queued', 'running'] }, priority: 0 },
    select: { id: true },
  });
  if (pending) throw stillGrading();
  try {
    return await db.submission.create({
      data: { ...input, status: 'queued', seed: randomInt(1, 2 ** 31 - 1) },
      select: { id: true, status: true, receivedAt: true },
    });
  } catch (err) {
    // the partial unique index (migration 0001) catches the race the read above cannot
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw stillGrading();
    throw err;
  }
}

export type ClaimedJob = { id: string; exerciseId: string; code: string; seed: number; userId: string; tries: number };

export async function claimNext(owner: string): Promise<ClaimedJob | null> {
  return databaseKind() === 'postgresql' ? claimNextSkipLocked(owner) : claimNextPortable(owner);
}

/**
 * PostgreSQL, several instances: one statement picks the oldest live job and claims it. FOR UPDATE SKIP
 * LOCKED lets concurrent claimers pass over a row another one is claiming instead of waiting on its lock
 * or racing for it, so N instances claim N different jobs at once. Timestamps come from the database
 * clock in UTC (how Prisma stores DateTime), so no JS Date crosses the raw query.
 */
async function claimNextSkipLocked(owner: string): Promise<ClaimedJob | null> {
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Submission"
       SET "status" = 'running',
           "leaseOwner" = ${owner},
           "leaseUntil" = (now() AT TIME ZONE 'UTC') + ${LEASE_MS}::int * interval '1 millisecond',
           "startedAt" = (now() AT TIME ZONE 'UTC'),
           "tries" = "tries" + 1
     WHERE "id" = (SELECT "id" FROM "Submission"
                    WHERE "status" = 'queued'
                    ORDER BY "priority" ASC, "receivedAt" ASC
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
       AND "status" = 'queued'
    RETURNING "id", "exerciseId", "code", "seed", "userId", "tries"`;
  const job = rows[0];
  return job ? { ...job, seed: Number(job.seed), tries: Number(job.tries) } : null;
}

/** SQLite (one writer at a time): read the oldest candidate, then claim it with a conditional update */
async function claimNextPortable(owner: string): Promise<ClaimedJob | null> {
  // a few tries: another instance may claim the same candidate between our read and our conditional update
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await db.submission.findFirst({
      where: { status: 'queued' },
      orderBy: [{ priority: 'asc' }, { receivedAt: 'asc' }],
      select: { id: true },
    });
    if (!candidate) return null;
    const now = new Date();
    const { count } = await db.submission.updateMany({
      where: { id: candidate.id, status: 'queued' },
      data: { status: 'running', leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS), startedAt: now, tries: { increment: 1 } },
    });
    if (count === 1) {
      return db.submission.findUnique({
        where: { id: candidate.id },
        select: { id: true, exerciseId: true, code: true, seed: true, userId: true, tries: true },
      });
    }
  }
  return null;
}

export async function renewLease(id: string, owner: string): Promise<boolean> {
  const { count } = await db.submission.updateMany({
    where: { id, status: 'running', leaseOwner: owner },
    data: { leaseUntil: new Date(Date.now() + LEASE_MS) },
  });
  return count === 1;
}

/** Writes the verdict and the progress in one transaction; a holder that lost its lease writes nothing. */
export async function completeJob(id: string, owner: string, verdict: Verdict): Promise<boolean> {
  const graderFault = verdict.status === 'grader_error';
  return db.$transaction(async (tx) => {
    const { count } = await tx.submission.updateMany({
      where: { id, status: 'running', leaseOwner: owner },
      data: {
        status: graderFault ? 'failed' : 'graded',
        gradedAt: new Date(),
        leaseOwner: null,
        leaseUntil: null,
        exerciseHash: verdict.exerciseHash,
        passed: graderFault ? null : verdict.passed,
        score: graderFault ? null : verdict.score,
        maxScore: verdict.maxScore,
        verdict: JSON.stringify(verdict),
      },
    });
    if (count !== 1) return false;
    // a grader fault is ours, not the student's: it never counts as an attempt
    if (graderFault) return true;
    const sub = await tx.submission.findUniqueOrThrow({ where: { id }, select: { userId: true, exerciseId: true, priority: true } });
    // a regrade (priority > 0) is not a new attempt: progress is recomputed, and the best score may go down
    if (sub.priority > 0) await recomputeProgress(tx, sub.userId, sub.exerciseId);
    else await recordProgress(tx, sub.userId, sub.exerciseId, verdict.score, verdict.maxScore, verdict.passed);
    return true;
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export async function recordProgress(tx: Tx, userId: string, exerciseId: string, score: number, maxScore: number, passed: boolean) {
  const existing = await tx.progress.findUnique({ where: { userId_exerciseId: { userId, exerciseId } } });
  if (!existing) {
    await tx.progress.create({ data: { userId, exerciseId, bestScore: score, maxScore, attempts: 1, passed, lastAt: new Date() } });
    return;
  }
  await tx.progress.update({
    where: { id: existing.id },
    data: {
      attempts: { increment: 1 },
      bestScore: Math.max(existing.bestScore, score),
      maxScore,
      passed: existing.passed || passed,
      lastAt: new Date(),
    },
  });
}

/** Progress from every graded submission, after a regrade changed one of them. */
async function recomputeProgress(tx: Tx, userId: string, exerciseId: string) {
  const subs = await tx.submission.findMany({
    where: { userId, exerciseId, status: 'graded' },
    select: { score: true, maxScore: true, passed: true, gradedAt: true },
  });
  if (!subs.length) return;
  const data = {
    bestScore: Math.max(...subs.map((s) => s.score ?? 0)),
    maxScore: subs[subs.length - 1].maxScore ?? 0,
    passed: subs.some((s) => s.passed),
    attempts: subs.length,
  };
  await tx.progress.upsert({
    where: { userId_exerciseId: { userId, exerciseId } },
    update: data,
    create: { userId, exerciseId, ...data, lastAt: new Date() },
  });
}

/** Gives a job back to the queue (the grader pool failed under it), or marks it failed after MAX_TRIES. */
export async function releaseJob(id: string, owner: string, reason: string): Promise<void> {
  const sub = await db.submission.findFirst({ where: { id, status: 'running', leaseOwner: owner }, select: { tries: true } });
  if (!sub) return;
  await db.submission.updateMany({
    where: { id, status: 'running', leaseOwner: owner },
    data: sub.tries >= MAX_TRIES ? failedData(reason) : { status: 'queued', leaseOwner: null, leaseUntil: null },
  });
}

/**
 * At start-up: jobs leased by a process on this host that no longer exists (it crashed or was killed)
 * go back to the queue at once, instead of waiting for their lease to run out.
 */
export async function requeueOrphans(host: string): Promise<number> {
  const running = await db.submission.findMany({
    where: { status: 'running', leaseOwner: { startsWith: `${host}:` } },
    select: { id: true, leaseOwner: true },
  });
  let n = 0;
  for (const job of running) {
    const pid = Number(job.leaseOwner!.split(':')[1]);
    // our own pid can only be an old owner's (a recycled pid): we have claimed nothing yet
    if (pid && pid !== process.pid && isAlive(pid)) continue;
    const { count } = await db.submission.updateMany({
      where: { id: job.id, status: 'running', leaseOwner: job.leaseOwner },
      data: { leaseUntil: new Date(0) }, // expired now: the regular sweep re-queues it (or fails it after MAX_TRIES)
    });
    n += count;
  }
  return n;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Jobs whose lease ran out (their instance died mid-grading) go back to the queue, or fail after MAX_TRIES. */
export async function requeueExpired(now = new Date()): Promise<number> {
  const expired = await db.submission.findMany({
    where: { status: 'running', leaseUntil: { lt: now } },
    select: { id: true, tries: true, leaseOwner: true },
  });
  let n = 0;
  for (const job of expired) {
    const { count } = await db.submission.updateMany({
      where: { id: job.id, status: 'running', leaseOwner: job.leaseOwner, leaseUntil: { lt: now } },
      data:
        job.tries >= MAX_TRIES
          ? failedData('The grader stopped while grading this submission, several times. Staff have been notified.')
          : { status: 'queued', leaseOwner: null, leaseUntil: null },
    });
    n += count;
  }
  return n;
}

function failedData(message: string) {
  return {
    status: 'failed',
    leaseOwner: null,
    leaseUntil: null,
    gradedAt: new Date(),
    verdict: JSON.stringify({ status: 'grader_error', message, checks: [], console: [], passed: false, score: 0, maxScore: 0 }),
  };
}
