import { db } from '../db/client';
import { hasRole } from '../auth/roles';
import type { SessionUser } from '../session';
import type { Verdict } from '../../grader/contract';

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
 * One submission, for its owner or for staff. Anyone else gets null (→ 404), and so does a submission that
 * does not exist, so ids cannot be probed.
 */
export async function submissionFor(viewer: SessionUser, id: string) {
  const s = await db.submission.findUnique({ where: { id } });
  if (!s) return null;
  if (s.userId !== viewer.id && !hasRole(viewer.role, 'instructor')) return null;
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
    verdict: s.verdict ? (JSON.parse(s.verdict) as Verdict) : null,
  };
}
