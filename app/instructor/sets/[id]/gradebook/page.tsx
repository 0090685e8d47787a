import Link from 'next/link';
import { gradebook, itemStats } from '@/lib/data/gradebook';
import { formatInZone } from '@/components/instructor/zoned-time';
import { orNotFound, requireStaff } from '../../../require-staff';

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaff(`/instructor/sets/${id}/gradebook`);
  const g = await orNotFound(gradebook(user, id));
  const stats = await itemStats(user, id);
  const tz = g.set.timeZone;
  const policy = [
    g.set.dueAt ? `due ${formatInZone(g.set.dueAt, tz)}` : 'no due date',
    g.set.lateUntil ? `late work until ${formatInZone(g.set.lateUntil, tz)} for ${g.set.latePercent}%` : 'no late work',
    g.set.maxAttempts ? `${g.set.maxAttempts} attempts` : 'unlimited attempts',
    g.set.attemptPenaltyPercent ? `−${g.set.attemptPenaltyPercent}% per extra attempt` : null,
  ].filter(Boolean);
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/instructor">Instructor</Link> / <Link href={`/instructor/courses/${g.set.courseId}`}>{g.set.course}</Link> /{' '}
        <Link href={`/instructor/sets/${g.set.id}`}>{g.set.title}</Link> /
      </p>
      <h1>Gradebook: {g.set.title}</h1>
      <p>Policy: {policy.join(' · ')}. Deadlines are judged on when the server received a submission.</p>
      <p>
        <a href={`/api/instructor/sets/${g.set.id}/gradebook/csv`} download>
          Download CSV
        </a>
      </p>
      <table className="progress-table" aria-label="Gradebook">
        <thead>
          <tr>
            <th scope="col">Student</th>
            {g.items.map((i) => (
              <th scope="col" key={i.exerciseId}>
                {i.title} <span className="muted">({i.points} pts)</span>
              </th>
            ))}
            <th scope="col">Total / {g.maxTotal}</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <tr key={r.student.id} data-testid={`row-${r.student.email}`}>
              <th scope="row">
                <Link href={`/instructor/sets/${g.set.id}/students/${r.student.id}`}>{r.student.name}</Link>
                <div className="muted small">{r.student.email}</div>
              </th>
              {r.cells.map((c, i) => (
                <td key={g.items[i].exerciseId} data-testid={`cell-${r.student.email}-${g.items[i].exerciseId}`}>
                  {c.attempts ? (
                    <>
                      <strong>{c.credit}</strong>
                      {c.raw !== c.credit && <span className="muted"> (raw {c.raw})</span>}
                      <div className="small">
                        {c.attempts} attempt{c.attempts === 1 ? '' : 's'}
                        {c.notes.length ? ` · ${c.notes.join('; ')}` : ''}
                      </div>
                      <div className="muted small">last {formatInZone(c.lastAt, tz)}</div>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              ))}
              <td data-testid={`total-${r.student.email}`}>{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="stats">
        <h2 id="stats">Where the class struggles</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Passed / tried</th>
              <th scope="col">Mean attempts to pass</th>
              <th scope="col">Most common failing check</th>
              <th scope="col">Most common misconception</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <tr key={s.exerciseId}>
                <td>{s.title}</td>
                <td>
                  {s.passed} / {s.students}
                </td>
                <td>{s.meanAttemptsToPass ?? '—'}</td>
                <td>{s.topFailingCheck ? `${s.topFailingCheck.name} (${s.topFailingCheck.count}×)` : '—'}</td>
                <td>{s.topMisconception ? `${s.topMisconception.label} (${s.topMisconception.count}×)` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
