import Link from 'next/link';
import { courseForStaff } from '@/lib/data/courses';
import { staleByExercise } from '@/lib/grading/regrade';
import { JoinCodeBox } from '@/components/instructor/JoinCodeBox';
import { RegradePanel } from '@/components/instructor/RegradePanel';
import { formatInZone } from '@/components/instructor/zoned-time';
import { orNotFound, requireStaff } from '../../require-staff';

export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaff(`/instructor/courses/${id}`);
  const { course, students, instructors, sets } = await orNotFound(courseForStaff(user, id));
  const stale = await staleByExercise(user, id);
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/instructor">Instructor</Link> /
      </p>
      <h1>{course.title}</h1>
      <p>
        {students} {students === 1 ? 'student' : 'students'} · instructors: {instructors.map((i) => i.name).join(', ') || '—'} · dates shown in {course.timeZone}
      </p>
      <section aria-labelledby="joining">
        <h2 id="joining">Joining</h2>
        <JoinCodeBox courseId={course.id} initial={course.joinCode} />
      </section>
      <section aria-labelledby="sets">
        <h2 id="sets">Problem sets</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Set</th>
              <th scope="col">Items</th>
              <th scope="col">Opens</th>
              <th scope="col">Due</th>
              <th scope="col">State</th>
              <th scope="col">Gradebook</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/instructor/sets/${s.id}`}>{s.title}</Link>
                </td>
                <td>{s._count.items}</td>
                <td>{formatInZone(s.openAt, course.timeZone)}</td>
                <td>{formatInZone(s.dueAt, course.timeZone)}</td>
                <td>{s.published ? 'published' : 'draft'}</td>
                <td>
                  <Link href={`/instructor/sets/${s.id}/gradebook`}>gradebook</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <Link href={`/instructor/courses/${course.id}/sets/new`}>New problem set</Link>
        </p>
      </section>
      <section aria-labelledby="regrade">
        <h2 id="regrade">Regrade after a check change</h2>
        <RegradePanel courseId={course.id} initial={stale} />
      </section>
    </div>
  );
}
