/** The set policy's arithmetic (lib/data/instructor-policy.ts), the one place the gradebook, CSV and student pages read. */
import { describe, expect, it } from 'vitest';
import { gradeItem, hiddenFeedbackOpen, type Attempt, type SetPolicy } from '../../lib/data/instructor-policy';

const T = (h: number) => new Date(Date.UTC(2026, 10, 20, h));
const policy = (p: Partial<SetPolicy> = {}): SetPolicy => ({ openAt: T(0), dueAt: T(12), lateUntil: null, latePercent: 0, maxAttempts: null, attemptPenaltyPercent: 0, ...p });
let n = 0;
const at = (h: number, score: number | null, maxScore = 4): Attempt => ({ id: `a${n++}`, receivedAt: T(h), score, maxScore, passed: score === maxScore });

describe('gradeItem', () => {
  it('scales the best on-time score to the item points', () => {
    const g = gradeItem(policy(), 10, [at(1, 1), at(2, 3)]);
    expect(g).toMatchObject({ attempts: 2, credit: 7.5, raw: 7.5, passed: false });
  });

  it('late work earns the late percentage until lateUntil, nothing after it', () => {
    const p = policy({ lateUntil: T(24), latePercent: 50 });
    expect(gradeItem(p, 10, [at(13, 4)])).toMatchObject({ credit: 5, raw: 10, notes: ['late ×50%'] });
    expect(gradeItem(p, 10, [at(25, 4)])).toMatchObject({ credit: 0, raw: 10, notes: ['after the deadline: no credit'] });
    // the best credit wins: a partial on-time attempt beats a full late one at 50% when it is worth more
    expect(gradeItem(p, 10, [at(11, 3), at(13, 4)]).credit).toBe(7.5);
  });

  it('exactly at the due date is on time (received-at ≤ due)', () => {
    expect(gradeItem(policy(), 10, [at(12, 4)]).credit).toBe(10);
  });

  it('attempts past the limit and before the opening do not count', () => {
    const g = gradeItem(policy({ openAt: T(1), maxAttempts: 2 }), 10, [at(0, 4), at(2, 0), at(3, 1), at(4, 4)]);
    expect(g.attempts).toBe(3);
    expect(g.credit).toBe(2.5);
    expect(g.scored.map((s) => s.notes[0] ?? '')).toEqual(['before the set opened', '', '', 'over the limit of 2 attempts']);
  });

  it('a per-attempt penalty shrinks later attempts, never below zero', () => {
    const g = gradeItem(policy({ attemptPenaltyPercent: 40 }), 10, [at(1, 0), at(2, 0), at(3, 0), at(4, 4)]);
    expect(g.scored.map((s) => s.credit)).toEqual([0, 0, 0, 0]);
    expect(gradeItem(policy({ attemptPenaltyPercent: 25 }), 10, [at(1, 0), at(2, 4)])).toMatchObject({ credit: 7.5, notes: ['attempt 2: −25%'] });
  });

  it('a submission still being graded is listed but not counted', () => {
    expect(gradeItem(policy(), 10, [at(1, null)])).toMatchObject({ attempts: 0, credit: 0 });
  });
});

describe('hidden-check feedback', () => {
  it("'after_due' opens only once the due date has passed", () => {
    expect(hiddenFeedbackOpen({ hiddenFeedback: 'after_due', dueAt: T(12) }, T(11))).toBe(false);
    expect(hiddenFeedbackOpen({ hiddenFeedback: 'after_due', dueAt: T(12) }, T(13))).toBe(true);
    expect(hiddenFeedbackOpen({ hiddenFeedback: 'always', dueAt: T(12) }, T(11))).toBe(true);
  });
});
