/** `/instructor`: staff only (anyone else gets the not-found page). The course as synced and the latest submissions. */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { hasRole } from '@/lib/auth/roles';
import { instructorOverview } from '@/lib/data/instructor';
import { signInPath } from '@/components/auth/callbackUrl';

export const metadata: Metadata = { title: 'Instructor' };

export default async function InstructorPage() {
  const user = await currentUser();
  if (!user) redirect(signInPath('/instructor'));
  if (!hasRole(user.role, 'instructor')) notFound();
  const { exercises, submissions, students } = await instructorOverview();
  return (
    <div className="page">
      <h1>Instructor</h1>
      <p>
        {students} {students === 1 ? 'student' : 'students'} · {exercises.filter((e) => e.available).length} items available
      </p>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest submissions</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Student</th>
              <th scope="col">Exercise</th>
              <th scope="col">Status</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((s) => (
              <tr key={s.id}>
                <td>{s.receivedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</td>
                <td>
                  {s.user.name} &lt;{s.user.email}&gt;
                </td>
                <td>{s.exerciseId}</td>
                <td>{s.status}</td>
                <td>{s.score === null ? '—' : `${s.score} / ${s.maxScore}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="items">
        <h2 id="items">Course items</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Id</th>
              <th scope="col">Kind</th>
              <th scope="col">Title</th>
              <th scope="col">Version</th>
              <th scope="col">Offered</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((e) => (
              <tr key={e.id}>
                <td>{e.section}</td>
                <td>{e.id}</td>
                <td>{e.kind}</td>
                <td>{e.title}</td>
                <td>
                  <code>{e.hash.slice(0, 10)}</code>
                </td>
                <td>{e.available ? 'yes' : 'no (failed sync)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
