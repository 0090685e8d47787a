'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { api } from '../api';

interface Stale {
  exerciseId: string;
  title: string;
  hash: string;
  stale: number;
  runningRunId: string | null;
}
interface Progress {
  id: string;
  total: number;
  done: number;
  changed: number;
  finished: boolean;
}

/** Submissions judged by an older version of an exercise's checks, and a bulk regrade with a progress bar. */
export function RegradePanel({ courseId, initial }: { courseId: string; initial: Stale[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  const [runs, setRuns] = useState<Record<string, Progress>>({});
  const [error, setError] = useState('');
  const pending = Object.values(runs).filter((r) => !r.finished);

  useEffect(() => {
    for (const r of initial) if (r.runningRunId) void api<Progress>(`/api/instructor/regrades/${r.runningRunId}`).then((p) => setRuns((s) => ({ ...s, [r.exerciseId]: p })));
  }, [initial]);

  useEffect(() => {
    if (!pending.length) return;
    const t = setTimeout(async () => {
      for (const [exerciseId, run] of Object.entries(runs)) {
        if (run.finished) continue;
        const p = await api<Progress>(`/api/instructor/regrades/${run.id}`).catch(() => run);
        setRuns((s) => ({ ...s, [exerciseId]: p }));
        if (p.finished) {
          setRows(await api<Stale[]>(`/api/instructor/courses/${courseId}/regrades`));
          router.refresh();
        }
      }
    }, 1000);
    return () => clearTimeout(t);
  }, [runs, pending.length, courseId, router]);

  async function start(exerciseId: string) {
    setError('');
    try {
      const p = await api<Progress>(`/api/instructor/courses/${courseId}/regrades`, { method: 'POST', body: { exerciseId } });
      setRuns((s) => ({ ...s, [exerciseId]: p }));
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!rows.length) return <p className="muted">No code exercise in this course&apos;s sets yet.</p>;
  return (
    <div>
      <table className="progress-table">
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Current version</th>
            <th scope="col">Judged by an older version</th>
            <th scope="col">Regrade</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const run = runs[r.exerciseId];
            return (
              <tr key={r.exerciseId}>
                <td>{r.title}</td>
                <td>
                  <code>{r.hash.slice(0, 10)}</code>
                </td>
                <td data-testid={`stale-${r.exerciseId}`}>{r.stale}</td>
                <td>
                  {run ? (
                    <span role="status" data-testid={`regrade-${r.exerciseId}`}>
                      <progress max={run.total} value={run.done} /> {run.done}/{run.total} regraded
                      {run.finished ? ` · done, ${run.changed} score${run.changed === 1 ? '' : 's'} changed` : ''}
                    </span>
                  ) : (
                    <button type="button" disabled={r.stale === 0} onClick={() => start(r.exerciseId)}>
                      Regrade {r.stale}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
