import { db } from '../db/client';
import { hasRole } from '../auth/roles';
import type { SessionUser } from '../session';
import type { Verdict } from '../../grader/contract';
import { DEFAULT_COURSE_SLUG } from './instructor-access';
import { hiddenFeedbackAllowed } from './problem-sets';

export interface SubmissionSummary {
  id: string;
  status: string;
  receivedAt: string;
  gradedAt: string | null;
  score: number | null;
  maxScore: number | null;
  passed: boolean | null;
}

export async function submissionsFor(userId: string, exerciseId: string): Promise<SubmissionSummary[]> {
  const rows = await db.submission.findMany({
    where: { userId, exerciseId },
    orderBy: { receivedAt: 'desc' },
    take: 100,
    select: { id: true, status: true, receivedAt: true, gradedAt: true, score: true, maxScore: true, passed: true },
  });
  return rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString(), gradedAt: r.gradedAt?.toISOString() ?? null }));
}

/**
 * Staff see a student's work only through a course they teach: an admin sees everyone; an instructor sees
 * the students of courses they are enrolled in as instructor (the default course has every student).
 */
async function staffMaySee(viewer: SessionUser, studentId: string): Promise<boolean> {
  if (viewer.role === 'admin') return true;
  if (!hasRole(viewer.role, 'instructor')) return false;
  const taught = await db.enrollment.findMany({
    where: { userId: viewer.id, role: 'instructor' },
    select: { courseId: true, course: { select: { slug: true } } },
  });
  if (taught.some((t) => t.course.slug === DEFAULT_COURSE_SLUG)) return true;
  const shared = await db.enrollment.findFirst({
    where: { userId: studentId, role: 'student', courseId: { in: taught.map((t) => t.courseId) } },
    select: { id: true },
  });
  return !!shared;
}

/**
 * Before a problem set's due date, when its instructor chose "hidden-check feedback after the due date",
 * the student sees their score and the public checks, but not which hidden checks failed or why.
 */
function withholdHidden(v: Verdict): Verdict {
  const hidden = v.checks.filter((c) => c.visibility === 'hidden').length;
  return {
    ...v,
    checks: v.checks.filter((c) => c.visibility === 'public'),
    misconception: null,
    message: hidden ? `${v.message ? `${v.message} ` : ''}The ${hidden} hidden checks' results are shown after the due date.` : v.message,
  };
}

/**
 * One submission, for its owner or for staff who may see that student. Anyone else gets null (→ 404), and
 * so does a submission that does not exist, so ids cannot be probed.
 */
export async function submissionFor(viewer: SessionUser, id: string) {
  const s = await db.submission.findUnique({ where: { id } });
  if (!s) return null;
  const own = s.userId === viewer.id;
  if (!own && !(await staffMaySee(viewer, s.userId))) return null;
  let verdict = s.verdict ? (JSON.parse(s.verdict) as Verdict) : null;
  if (verdict && own && !hasRole(viewer.role, 'instructor') && !(await hiddenFeedbackAllowed(viewer.id, s.exerciseId))) {
    verdict = withholdHidden(verdict);
  }
  return {
    id: s.id,
    exerciseId: s.exerciseId,
    status: s.status,
    receivedAt: s.receivedAt.toISOString(),
    gradedAt: s.gradedAt?.toISOString() ?? null,
    code: s.code,
    score: s.score,
    maxScore: s.maxScore,
    passed: s.passed,
    verdict,
  };
}
