import { createHash } from 'node:crypto';
import { db } from '../db/client';
import { grader } from '../grading/grader';
import { recordProgress } from '../grading/queue';
import type { QuizResult, QuizVariant } from '../../grader/contract';

/** Each student gets their own variant of a quiz, the same one every visit: the seed comes from (user, quiz). */
export function quizSeed(userId: string, quizId: string): number {
  return createHash('sha256').update(`${userId}\u0000${quizId}`).digest().readUInt32BE(0) >>> 1;
}

async function availableQuiz(quizId: string) {
  return db.exercise.findFirst({ where: { id: quizId, kind: 'quiz', available: true }, select: { id: true } });
}

export async function quizVariantFor(userId: string, quizId: string): Promise<QuizVariant | null> {
  if (!(await availableQuiz(quizId))) return null;
  return grader().quizVariant(quizId, quizSeed(userId, quizId));
}

export async function submitQuiz(userId: string, quizId: string, answers: Record<string, string | number | null>): Promise<QuizResult | null> {
  if (!(await availableQuiz(quizId))) return null;
  const seed = quizSeed(userId, quizId);
  const result = await grader().quizGrade(quizId, seed, answers);
  await db.$transaction(async (tx) => {
    await tx.quizResponse.create({
      data: { userId, quizId, seed, answers: JSON.stringify(answers), score: result.score, maxScore: result.maxScore, result: JSON.stringify(result) },
    });
    await recordProgress(tx, userId, quizId, result.score, result.maxScore, result.score >= result.maxScore);
  });
  return result;
}

export async function quizResponsesFor(userId: string, quizId: string) {
  const rows = await db.quizResponse.findMany({ where: { userId, quizId }, orderBy: { createdAt: 'desc' }, take: 50 });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString(), score: r.score, maxScore: r.maxScore, result: JSON.parse(r.result) as QuizResult }));
}
