import { db } from '../db/client';
import { notFound } from '../http/errors';
import type { SessionUser } from '../session';
import type { QuizResult, Verdict } from '../../grader/contract';
import { rosterIds, staffSet } from './instructor-access';
import { gradeItem, type ItemGrade } from './instructor-policy';
import { attemptsOf, policyOf } from './problem-sets';

export interface GradebookCell {
  attempts: number;
  credit: number;
  raw: number;
  passed: boolean;
  lastAt: string | null;
  notes: string[];
}

const cell = (g: ItemGrade): GradebookCell => ({
  attempts: g.attempts,
  credit: g.credit,
  raw: g.raw,
  passed: g.passed,
  lastAt: g.lastAt?.toISOString() ?? null,
  notes: g.notes,
});

/** Students × items of one set, with the set's policy applied to every cell (see instructor-policy.ts). */
export async function gradebook(user: SessionUser, setId: string) {
  const set = await staffSet(user, setId);
  const course = await db.course.findUniqueOrThrow({ where: { id: set.courseId } });
  const items = await db.problemSetItem.findMany({ where: { setId }, orderBy: { position: 'asc' }, include: { exercise: { select: { title: true, kind: true } } } });
  const ids = await rosterIds(course);
  const students = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true }, orderBy: { name: 'asc' } });
  const attempts = await attemptsOf(ids, items.map((i) => i.exerciseId));
  const policy = policyOf(set);
  const rows = students.map((s) => {
    const cells = items.map((i) => cell(gradeItem(policy, i.points, attempts.get(`${s.id}:${i.exerciseId}`) ?? [])));
    return { student: s, cells, total: Math.round(cells.reduce((a, c) => a + c.credit, 0) * 1000) / 1000 };
  });
  return {
    set: { id: set.id, title: set.title, courseId: course.id, course: course.title, timeZone: course.timeZone, ...policy, hiddenFeedback: set.hiddenFeedback, published: set.published },
    items: items.map((i) => ({ exerciseId: i.exerciseId, title: i.exercise.title, kind: i.exercise.kind, points: i.points })),
    maxTotal: items.reduce((a, i) => a + i.points, 0),
    rows,
  };
}

/** A spreadsheet cell: quoted, and never read as a formula (CSV injection: =, +, -, @ start a formula). */
function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The gradebook as CSV: UTF-8 with a BOM (Excel then reads names with accents correctly), CRLF line ends,
 * one row per student; per item its credit after the policy, the attempts counted and the policy notes.
 */
export async function gradebookCsv(user: SessionUser, setId: string): Promise<{ filename: string; csv: string }> {
  const g = await gradebook(user, setId);
  const header = ['Email', 'Name'];
  for (const i of g.items) header.push(`${i.exerciseId} (${i.points} pts)`, `${i.exerciseId} attempts`, `${i.exerciseId} policy`);
  header.push('Total', 'Max');
  const lines = [header];
  for (const r of g.rows) {
    const line: (string | number)[] = [r.student.email, r.student.name];
    r.cells.forEach((c) => line.push(c.credit, c.attempts, c.notes.join('; ')));
    line.push(r.total, g.maxTotal);
    lines.push(line as string[]);
  }
  const csv = '\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
  const slug = g.set.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'set';
  return { filename: `gradebook-${slug}.csv`, csv };
}

/** Where the class struggles, per item: attempts to pass, the most common failing check and misconception. */
export async function itemStats(user: SessionUser, setId: string) {
  const set = await staffSet(user, setId);
  const course = await db.course.findUniqueOrThrow({ where: { id: set.courseId } });
  const items = await db.problemSetItem.findMany({ where: { setId }, orderBy: { position: 'asc' }, include: { exercise: { select: { title: true, kind: true } } } });
  const ids = await rosterIds(course);
  const exerciseIds = items.map((i) => i.exerciseId);
  const [subs, quizzes] = await Promise.all([
    db.submission.findMany({
      where: { userId: { in: ids }, exerciseId: { in: exerciseIds }, status: 'graded', ...(set.openAt ? { receivedAt: { gte: set.openAt } } : {}) },
      orderBy: { receivedAt: 'asc' },
      select: { userId: true, exerciseId: true, passed: true, verdict: true },
    }),
    db.quizResponse.findMany({
      where: { userId: { in: ids }, quizId: { in: exerciseIds }, ...(set.openAt ? { createdAt: { gte: set.openAt } } : {}) },
      orderBy: { createdAt: 'asc' },
      select: { userId: true, quizId: true, score: true, maxScore: true, result: true },
    }),
  ]);
  return items.map((item) => {
    const failing = new Map<string, number>();
    const misconceptions = new Map<string, number>();
    const perStudent = new Map<string, { tries: number; passedAt: number | null }>();
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    const attempt = (userId: string, passed: boolean) => {
      const s = perStudent.get(userId) ?? { tries: 0, passedAt: null };
      s.tries++;
      if (passed && s.passedAt === null) s.passedAt = s.tries;
      perStudent.set(userId, s);
    };
    for (const s of subs.filter((x) => x.exerciseId === item.exerciseId)) {
      attempt(s.userId, !!s.passed);
      if (s.passed || !s.verdict) continue;
      const v = JSON.parse(s.verdict) as Verdict;
      for (const c of v.checks ?? []) if (!c.passed) bump(failing, c.name);
      if (v.misconception) bump(misconceptions, v.misconception.label);
    }
    for (const q of quizzes.filter((x) => x.quizId === item.exerciseId)) {
      attempt(q.userId, q.score >= q.maxScore);
      for (const question of (JSON.parse(q.result) as QuizResult).questions ?? []) if (!question.correct) bump(failing, `question ${question.id}`);
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0] ?? null;
    const passers = [...perStudent.values()].filter((s) => s.passedAt !== null);
    return {
      exerciseId: item.exerciseId,
      title: item.exercise.title,
      students: perStudent.size,
      passed: passers.length,
      meanAttemptsToPass: passers.length ? Math.round((passers.reduce((a, s) => a + s.passedAt!, 0) / passers.length) * 100) / 100 : null,
      topFailingCheck: top(failing) && { name: top(failing)![0], count: top(failing)![1] },
      topMisconception: top(misconceptions) && { label: top(misconceptions)![0], count: top(misconceptions)![1] },
    };
  });
}

/** One student's every attempt at the set's items, with code and verdict, and the policy's reading of each. */
export async function studentDetail(user: SessionUser, setId: string, studentId: string) {
  const set = await staffSet(user, setId);
  const course = await db.course.findUniqueOrThrow({ where: { id: set.courseId } });
  if (!(await rosterIds(course)).includes(studentId)) throw notFound('No such student in this course.');
  const student = await db.user.findUniqueOrThrow({ where: { id: studentId }, select: { id: true, name: true, email: true } });
  const items = await db.problemSetItem.findMany({ where: { setId }, orderBy: { position: 'asc' }, include: { exercise: { select: { title: true, kind: true } } } });
  const policy = policyOf(set);
  const attempts = await attemptsOf([studentId], items.map((i) => i.exerciseId));
  const subs = await db.submission.findMany({
    where: { userId: studentId, exerciseId: { in: items.map((i) => i.exerciseId) } },
    select: { id: true, code: true, verdict: true, status: true, exerciseHash: true, gradedAt: true, regrades: { select: { oldScore: true, newScore: true, doneAt: true } } },
  });
  const byId = new Map(subs.map((s) => [s.id, s]));
  return {
    student,
    set: { id: set.id, title: set.title, timeZone: course.timeZone, ...policy },
    items: items.map((i) => {
      const g = gradeItem(policy, i.points, attempts.get(`${studentId}:${i.exerciseId}`) ?? []);
      return {
        exerciseId: i.exerciseId,
        title: i.exercise.title,
        points: i.points,
        grade: cell(g),
        attempts: g.scored.map((a) => {
          const s = byId.get(a.id);
          const verdict = s?.verdict ? (JSON.parse(s.verdict) as Verdict) : null;
          return {
            id: a.id,
            number: a.number,
            receivedAt: a.receivedAt.toISOString(),
            gradedAt: s?.gradedAt?.toISOString() ?? null,
            score: a.score,
            maxScore: a.maxScore,
            credit: a.credit,
            notes: a.notes,
            status: s?.status ?? 'quiz',
            exerciseHash: s?.exerciseHash ?? null,
            code: s?.code ?? null,
            verdict,
            regrades: s?.regrades.map((r) => ({ oldScore: r.oldScore, newScore: r.newScore, doneAt: r.doneAt?.toISOString() ?? null })) ?? [],
          };
        }),
      };
    }),
  };
}
