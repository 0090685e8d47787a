'use client';
/**
 * Run and Submit, as the browser sees them.
 *
 * Run answers with a verdict directly. Submit answers 202 with a submission id (the submission is
 * stored before grading starts); we then ask for it with `?wait=20`, which the server answers as soon
 * as the result is written (or after 20 s, and we ask again).
 */
import { useCallback, useRef, useState } from 'react';
import type { Verdict } from '@/grader/contract';
import { api } from '../api';
import { isFinal } from '@/lib/grading/status';

export interface SubmissionView {
  id: string;
  status: string;
  receivedAt: string;
  gradedAt: string | null;
  code?: string;
  verdict: Verdict | null;
}

/** seconds the server may hold one request while grading runs */
const WAIT_S = 20;
// A submission still queued after this long is left to the history list rather than polled forever.
const POLL_GIVE_UP_MS = 3 * 60_000;

export type Busy = null | 'run' | 'submit';

export function useGrading(exerciseId: string, onSubmitted?: () => void) {
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const busyRef = useRef<Busy>(null);
  const base = `/api/exercises/${encodeURIComponent(exerciseId)}`;

  const guardBusy = (kind: Exclude<Busy, null>) => {
    if (busyRef.current) return false;
    busyRef.current = kind;
    setBusy(kind);
    setError(null);
    return true;
  };
  const done = () => {
    busyRef.current = null;
    setBusy(null);
  };

  const run = useCallback(
    async (code: string): Promise<Verdict | null> => {
      if (!guardBusy('run')) return null;
      try {
        return await api<Verdict>(`${base}/run`, { method: 'POST', body: { code } });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return null;
      } finally {
        done();
      }
    },
    [base],
  );

  const submit = useCallback(
    async (code: string): Promise<SubmissionView | null> => {
      if (!guardBusy('submit')) return null;
      try {
        const created = await api<{ id: string; status: string }>(`${base}/submissions`, { method: 'POST', body: { code } });
        onSubmitted?.();
        const started = Date.now();
        for (;;) {
          const asked = Date.now();
          const view = await api<SubmissionView>(`/api/submissions/${encodeURIComponent(created.id)}?wait=${WAIT_S}`);
          if (isFinal(view.status)) return view;
          // a quick non-final answer (a proxy that cuts long requests short): do not spin
          if (Date.now() - asked < 250) await new Promise((r) => setTimeout(r, 500));
          if (Date.now() - started > POLL_GIVE_UP_MS) {
            setError('Grading is taking unusually long. Your submission is saved; its result will appear in your attempts.');
            return null;
          }
        }
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return null;
      } finally {
        done();
      }
    },
    [base, onSubmitted],
  );

  return { busy, error, run, submit };
}
