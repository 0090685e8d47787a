/** `/instructor`: staff only. The caller's courses, a new-course form, the synced exercises (with sync problems), latest submissions. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { instructorOverview } from '@/lib/data/instructor';
import { CreateCourseForm } from '@/components/instructor/CreateCourseForm';
import { requireStaff } from './require-staff';

export const metadata: Metadata = { title: 'Instructor' };

export default async function InstructorPage() {
  const user = await requireStaff('/instructor');
  const { courses, exercises, submissions } = await instructorOverview(user);
  return (
    <div className="page">
      <h1>Instructor</h1>
      <section aria-labelledby="courses">
        <h2 id="courses">Your courses</h2>
        {courses.length ? (
          <ul>
            {courses.map((c) => (
              <li key={c.id}>
                <Link href={`/instructor/courses/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No course yet.</p>
        )}
        <CreateCourseForm />
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest submissions of your students</h2>
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
        <p className="muted">
          The start-up sync validates every changed exercise; one that fails is not offered to students and its problem is shown here. Author new ones
          with <code>npm run nnlab -- new &lt;id&gt;</code> (see exercises/README.md).
        </p>
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
                <td>
                  <Link href={`/instructor/exercises/${e.id}`}>{e.id}</Link>
                </td>
                <td>{e.kind}</td>
                <td>{e.title}</td>
                <td>
                  <code>{e.hash.slice(0, 10) || '—'}</code>
                </td>
                <td>
                  {e.available ? 'yes' : 'no'}
                  {e.problem && <pre className="error-text small">{e.problem}</pre>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
