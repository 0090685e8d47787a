/**
 * How a problem set's policy turns attempts into credit (pure: the gradebook, the CSV and the student's
 * set page all use this, so they can never disagree).
 *
 *   credit(attempt k) = points × (score / maxScore) × penalty(k) × lateness(receivedAt)
 *   penalty(k)        = max(0, 1 − attemptPenaltyPercent/100 · (k − 1))
 *   lateness(t)       = 1 before or at dueAt; latePercent/100 until lateUntil; 0 after that
 * Attempts received before openAt do not count; attempts past maxAttempts are kept but earn 0.
 * The item's grade is the best credit over its attempts. Times are the server's received-at, never the
 * time grading finished.
 */
export interface SetPolicy {
  openAt: Date | null;
  dueAt: Date | null;
  lateUntil: Date | null;
  latePercent: number;
  maxAttempts: number | null;
  attemptPenaltyPercent: number;
}

export interface Attempt {
  id: string;
  receivedAt: Date;
  /** null while queued/running */
  score: number | null;
  maxScore: number | null;
  passed: boolean | null;
}

export interface ScoredAttempt extends Attempt {
  /** 1-based among the attempts that count; null for attempts before openAt */
  number: number | null;
  credit: number;
  /** why the credit is less than the raw score, e.g. "late ×50%", "attempt 3: −20%", "over the limit of 2" */
  notes: string[];
}

export interface ItemGrade {
  attempts: number;
  /** best credit after the policy, in the item's points */
  credit: number;
  /** best raw score scaled to the item's points, before the policy */
  raw: number;
  passed: boolean;
  lastAt: Date | null;
  /** notes of the attempt that gave the best credit */
  notes: string[];
  scored: ScoredAttempt[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function latenessFactor(p: SetPolicy, at: Date): { factor: number; note?: string } {
  if (!p.dueAt || at <= p.dueAt) return { factor: 1 };
  if (p.lateUntil && at <= p.lateUntil) return { factor: p.latePercent / 100, note: `late ×${p.latePercent}%` };
  return { factor: 0, note: 'after the deadline: no credit' };
}

export function gradeItem(p: SetPolicy, points: number, attempts: Attempt[]): ItemGrade {
  const sorted = [...attempts].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  let n = 0;
  const scored: ScoredAttempt[] = sorted.map((a) => {
    if (p.openAt && a.receivedAt < p.openAt) return { ...a, number: null, credit: 0, notes: ['before the set opened'] };
    if (a.score === null) return { ...a, number: null, credit: 0, notes: ['not graded yet'] };
    const k = ++n;
    const notes: string[] = [];
    const fraction = a.maxScore ? a.score / a.maxScore : 0;
    if (p.maxAttempts !== null && k > p.maxAttempts) return { ...a, number: k, credit: 0, notes: [`over the limit of ${p.maxAttempts} attempts`] };
    const penalty = Math.max(0, 1 - (p.attemptPenaltyPercent / 100) * (k - 1));
    if (penalty < 1) notes.push(`attempt ${k}: −${round((1 - penalty) * 100)}%`);
    const late = latenessFactor(p, a.receivedAt);
    if (late.note) notes.push(late.note);
    return { ...a, number: k, credit: round(points * fraction * penalty * late.factor), notes };
  });
  const counted = scored.filter((s) => s.number !== null);
  const best = counted.reduce<ScoredAttempt | null>((b, s) => (!b || s.credit > b.credit ? s : b), null);
  const raw = counted.reduce((m, s) => Math.max(m, s.maxScore ? (points * (s.score ?? 0)) / s.maxScore : 0), 0);
  return {
    attempts: counted.length,
    credit: best?.credit ?? 0,
    raw: round(raw),
    passed: counted.some((s) => s.passed),
    lastAt: sorted.length ? sorted[sorted.length - 1].receivedAt : null,
    notes: best?.notes ?? [],
    scored,
  };
}

/** 'after_due' hides hidden-check outcomes until the due date has passed */
export function hiddenFeedbackOpen(set: { hiddenFeedback: string; dueAt: Date | null }, now = new Date()): boolean {
  return set.hiddenFeedback !== 'after_due' || !set.dueAt || now > set.dueAt;
}
