'use client';
import { useState } from 'react';
import { api } from '../api';
import type { Verdict } from '../../grader/contract';

interface Run {
  name: string;
  role: 'reference' | 'mutant';
  misconception?: string;
  asExpected: boolean;
  verdict: Verdict;
}

/** Runs the reference and every mutant through the real grader and shows each verdict. */
export function PreviewRunner({ exerciseId }: { exerciseId: string }) {
  const [runs, setRuns] = useState<Run[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function run() {
    setBusy(true);
    setError('');
    try {
      setRuns((await api<{ runs: Run[] }>(`/api/instructor/exercises/${exerciseId}/preview`, { method: 'POST', body: {} })).runs);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="preview-runs">
      <h2 id="preview-runs">Reference and mutants through the grader</h2>
      <button type="button" onClick={run} disabled={busy}>
        {busy ? 'Grading…' : 'Run reference and mutants'}
      </button>
      {error && <p className="error-text">{error}</p>}
      {runs && (
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Solution</th>
              <th scope="col">Verdict</th>
              <th scope="col">Failing checks</th>
              <th scope="col">Named misconception</th>
              <th scope="col">As validation expects</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.name} data-testid={`preview-${r.name}`}>
                <td>
                  {r.name}
                  {r.misconception && <div className="muted small">{r.misconception}</div>}
                </td>
                <td>
                  {r.verdict.passed ? 'passed' : 'failed'} {r.verdict.score}/{r.verdict.maxScore} ({r.verdict.status})
                </td>
                <td>
                  {r.verdict.checks
                    .filter((c) => !c.passed)
                    .map((c) => c.name)
                    .join('; ') || '—'}
                </td>
                <td>{r.verdict.misconception?.label ?? '—'}</td>
                <td className={r.asExpected ? 'is-pass' : 'is-fail'}>{r.asExpected ? 'yes' : 'NO'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
