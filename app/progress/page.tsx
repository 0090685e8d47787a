/** `/progress`: per section and per item, best score, attempts, passed and last activity; then totals. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { progressFor } from '@/lib/data/course';
import { ProgressBar } from '@/components/ProgressBar';
import { itemHref, sectionTotals } from '@/components/course/CourseSections';
import { formatScore, formatWhen, trimNumber } from '@/components/workbench/format';
import { signInPath } from '@/components/auth/callbackUrl';

export const metadata: Metadata = { title: 'Progress' };

export default async function ProgressPage() {
  const user = await currentUser();
  if (!user) redirect(signInPath('/progress'));
  const { sections } = await progressFor(user.id);
  const all = sections.flatMap((s) => s.items);
  const total = sectionTotals(all);
  const attempts = all.reduce((a, i) => a + i.attempts, 0);

  return (
    <div className="page">
      <h1>Your progress</h1>
      <section className="totals" aria-label="Totals">
        <ProgressBar value={total.earned} max={total.max} label="Course progress" />
        <p>
          <strong>{formatScore(total.earned, total.max)}</strong> points · <strong>{total.passed}</strong> of {all.length} items passed ·{' '}
          {attempts} {attempts === 1 ? 'attempt' : 'attempts'}
        </p>
      </section>
      {sections
        .filter((s) => s.items.length > 0)
        .map((s) => {
          const t = sectionTotals(s.items);
          return (
            <section key={s.number} className="progress-section" aria-labelledby={`p-section-${s.number}`}>
              <h2 id={`p-section-${s.number}`}>
                <span className="section-number">{s.number}</span> {s.title}{' '}
                <span className="muted small">
                  {formatScore(t.earned, t.max)} pts · {t.passed}/{s.items.length} passed
                </span>
              </h2>
              <table className="progress-table">
                <thead>
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Best score</th>
                    <th scope="col">Max</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Passed</th>
                    <th scope="col">Last activity</th>
                  </tr>
                </thead>
                <tbody>
                  {s.items.map((i) => (
                    <tr key={i.id} data-item={i.id}>
                      <th scope="row">
                        <Link href={itemHref(i)}>{i.title}</Link>
                      </th>
                      <td>{i.kind === 'quiz' ? 'Quiz' : 'Code'}</td>
                      <td>{i.bestScore === null ? '—' : trimNumber(i.bestScore)}</td>
                      <td>{i.maxScore}</td>
                      <td>{i.attempts}</td>
                      <td>{i.passed ? <span className="pass-mark">✓ yes</span> : 'no'}</td>
                      <td>{formatWhen(i.lastAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
    </div>
  );
}
