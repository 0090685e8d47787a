import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { setsForStudent } from '@/lib/data/problem-sets';
import { formatInZone } from '@/components/instructor/zoned-time';
import { signInPath } from '@/components/auth/callbackUrl';

export const metadata: Metadata = { title: 'Problem sets' };

/** What is due when, across the student's courses. */
export default async function SetsPage() {
  const user = await currentUser();
  if (!user) redirect(signInPath('/sets'));
  const sets = await setsForStudent(user);
  return (
    <div className="page">
      <h1>Problem sets</h1>
      {!sets.length && (
        <p className="muted">
          No problem set yet. <Link href="/courses">Join a course</Link> with the code your instructor gave you.
        </p>
      )}
      <table className="progress-table">
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col">Course</th>
            <th scope="col">Opens</th>
            <th scope="col">Due</th>
            <th scope="col">Your score</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id}>
              <td>
                <Link href={`/sets/${s.id}`}>{s.title}</Link>
              </td>
              <td>{s.course}</td>
              <td>{formatInZone(s.openAt, s.timeZone)}</td>
              <td>{formatInZone(s.dueAt, s.timeZone)}</td>
              <td>
                {Math.round(s.earned * 100) / 100} / {s.points}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
