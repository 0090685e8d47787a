'use client';
/** The student's submissions for one exercise, newest first; choosing one shows its verdict and code. */
import { formatScore, formatWhen } from './format';

export interface AttemptSummary {
  id: string;
  status: string;
  receivedAt: string;
  score: number | null;
  maxScore: number | null;
  passed: boolean | null;
}

const STATUS_LABEL: Record<string, string> = {
  queued: 'waiting',
  running: 'grading',
  graded: 'graded',
  failed: 'grader error',
};

export function AttemptHistory({
  attempts,
  selectedId,
  onSelect,
  error,
}: {
  attempts: AttemptSummary[] | null;
  selectedId: string | null;
  onSelect(id: string): void;
  error?: string | null;
}) {
  return (
    <section className="history" aria-labelledby="history-title">
      <h3 id="history-title">Your attempts</h3>
      {error && <p className="error-text">{error}</p>}
      {attempts === null && !error && <p className="muted">Loading…</p>}
      {attempts !== null && attempts.length === 0 && <p className="muted">No submissions yet. Run checks the public cases; Submit records an attempt.</p>}
      {attempts !== null && attempts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Submitted</th>
              <th scope="col">Status</th>
              <th scope="col">Score</th>
              <th scope="col">
                <span className="sr-only">View</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a, i) => {
              const n = attempts.length - i;
              return (
                <tr key={a.id} aria-current={a.id === selectedId ? 'true' : undefined}>
                  <td>{n}</td>
                  <td>
                    <time dateTime={a.receivedAt} suppressHydrationWarning>
                      {formatWhen(a.receivedAt)}
                    </time>
                  </td>
                  <td>
                    {STATUS_LABEL[a.status] ?? a.status}
                    {a.passed && <span className="pass-mark"> ✓ passed</span>}
                  </td>
                  <td>{formatScore(a.score, a.maxScore)}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(a.id)} aria-label={`View attempt ${n}`}>
                      View
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
