import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { HttpError } from '@/lib/http/errors';
import { setForStudent } from '@/lib/data/problem-sets';
import { formatInZone } from '@/components/instructor/zoned-time';
import { signInPath } from '@/components/auth/callbackUrl';

export default async function StudentSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(signInPath(`/sets/${id}`));
  const s = await setForStudent(user, id).catch((err) => {
    if (err instanceof HttpError && err.status === 404) notFound();
    throw err;
  });
  const tz = s.course.timeZone;
  const p = s.policy;
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/sets">Problem sets</Link> / {s.course.title}
      </p>
      <h1>{s.title}</h1>
      {s.description && <p>{s.description}</p>}
      <ul>
        <li>Opens: {formatInZone(p.openAt, tz)}</li>
        <li>Due: {formatInZone(p.dueAt, tz)} (judged on when the server receives your submission, not when grading ends)</li>
        <li>{p.lateUntil ? `Late work until ${formatInZone(p.lateUntil, tz)} earns ${p.latePercent}% of its score.` : 'Work received after the due date earns no credit.'}</li>
        <li>
          {p.maxAttempts ? `${p.maxAttempts} attempts count per item.` : 'Unlimited attempts.'}
          {p.attemptPenaltyPercent ? ` Each attempt after the first loses ${p.attemptPenaltyPercent}%.` : ''} Your best attempt counts.
        </li>
        {p.hiddenFeedback === 'after_due' && <li>Results of hidden checks are shown after the due date{s.hiddenFeedbackOpen ? ' (now)' : ''}.</li>}
      </ul>
      {!s.open && <p>This set is not open yet.</p>}
      <table className="progress-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Score</th>
            <th scope="col">Attempts</th>
          </tr>
        </thead>
        <tbody>
          {s.items.map((i) => (
            <tr key={i.exerciseId}>
              <td>
                {s.open && i.available ? <Link href={`/${i.kind === 'quiz' ? 'quizzes' : 'exercises'}/${i.exerciseId}`}>{i.title}</Link> : i.title}
                <div className="muted small">{i.summary}</div>
              </td>
              <td>
                {i.credit} / {i.points}
                {i.notes.length ? <div className="small">{i.notes.join('; ')}</div> : null}
              </td>
              <td>
                {i.attempts}
                {p.maxAttempts ? ` of ${p.maxAttempts}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
