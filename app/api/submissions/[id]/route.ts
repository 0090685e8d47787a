import { z } from 'zod';
import { guard } from '@/lib/guard';
import { badRequest, notFound } from '@/lib/http/errors';
import { submissionFor } from '@/lib/data/submissions';
import { untilFinalOr } from '@/lib/grading/events';
import { isFinal } from '@/lib/grading/status';

/** the longest a request may wait for a result (below common proxy idle timeouts of 30–60 s) */
const MAX_WAIT_S = 25;
/** how often a waiting request re-reads the database (a result written by another app instance) */
const RECHECK_MS = 1_000;

const waitParam = z.coerce.number().int().min(0).max(MAX_WAIT_S);

/**
 * One submission as its owner (or staff) may see it. `?wait=N` (seconds, ≤ 25) holds the answer until
 * the submission has its final result or N seconds have passed: the browser's "Grading…" makes one
 * request instead of polling several times a second.
 */
export const GET = guard({ auth: 'student', params: z.object({ id: z.string().min(1).max(64) }) }, async ({ req, user, params }) => {
  const raw = new URL(req.url).searchParams.get('wait');
  const parsed = raw === null ? { success: true as const, data: 0 } : waitParam.safeParse(raw);
  if (!parsed.success) throw badRequest(`wait must be a whole number of seconds from 0 to ${MAX_WAIT_S}.`);
  const deadline = Date.now() + parsed.data * 1000;
  for (;;) {
    const sub = await submissionFor(user, params.id);
    if (!sub) throw notFound('No such submission.');
    const left = deadline - Date.now();
    if (isFinal(sub.status) || left <= 0 || req.signal.aborted) return sub;
    await untilFinalOr(params.id, Math.min(RECHECK_MS, left));
  }
});
