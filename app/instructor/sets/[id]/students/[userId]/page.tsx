import Link from 'next/link';
import { studentDetail } from '@/lib/data/gradebook';
import { formatInZone } from '@/components/instructor/zoned-time';
import { orNotFound, requireStaff } from '../../../../require-staff';

export default async function StudentDetailPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const { id, userId } = await params;
  const user = await requireStaff(`/instructor/sets/${id}/students/${userId}`);
  const d = await orNotFound(studentDetail(user, id, userId));
  const tz = d.set.timeZone;
  return (
    <div className="page">
      <p className="crumbs">
        <Link href={`/instructor/sets/${d.set.id}/gradebook`}>Gradebook: {d.set.title}</Link> /
      </p>
      <h1>
        {d.student.name} <span className="muted small">{d.student.email}</span>
      </h1>
      {d.items.map((item) => (
        <section key={item.exerciseId} aria-label={item.title}>
          <h2>
            {item.title}: {item.grade.credit} / {item.points}
          </h2>
          {!item.attempts.length && <p className="muted">No attempt.</p>}
          {item.attempts.map((a) => (
            <details key={a.id} className="attempt-view">
              <summary>
                {a.number ? `Attempt ${a.number}` : 'Not counted'} · received {formatInZone(a.receivedAt, tz)} · {a.score ?? '—'}/{a.maxScore ?? '—'} → credit{' '}
                {a.credit}
                {a.notes.length ? ` (${a.notes.join('; ')})` : ''}
                {a.regrades.length ? ` · regraded: ${a.regrades.map((r) => `${r.oldScore ?? '—'} → ${r.newScore ?? '…'}`).join(', ')}` : ''}
              </summary>
              {a.code !== null && <pre className="attempt-code">{a.code}</pre>}
              {a.verdict && (
                <ul className="checks">
                  {a.verdict.checks.map((c) => (
                    <li key={c.name} className={c.passed ? 'is-pass' : 'is-fail'}>
                      {c.passed ? '✓' : '✗'} [{c.points}/{c.maxPoints}] {c.visibility === 'hidden' ? '(hidden) ' : ''}
                      {c.name}
                      {!c.passed && c.message ? ` — ${c.message}` : ''}
                    </li>
                  ))}
                  {a.verdict.misconception && <li>Looks like: {a.verdict.misconception.label}</li>}
                </ul>
              )}
              {a.exerciseHash && <p className="muted small">judged by version {a.exerciseHash.slice(0, 10)}</p>}
            </details>
          ))}
        </section>
      ))}
    </div>
  );
}
