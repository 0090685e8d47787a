import Link from 'next/link';
import { staffCourse } from '@/lib/data/instructor-access';
import { catalogForStaff } from '@/lib/data/problem-sets';
import { SetEditor } from '@/components/instructor/SetEditor';
import { orNotFound, requireStaff } from '../../../../require-staff';

export default async function NewSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaff(`/instructor/courses/${id}/sets/new`);
  const course = await orNotFound(staffCourse(user, id));
  const catalog = await catalogForStaff();
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/instructor">Instructor</Link> / <Link href={`/instructor/courses/${course.id}`}>{course.title}</Link> /
      </p>
      <h1>New problem set</h1>
      <SetEditor courseId={course.id} timeZone={course.timeZone} catalog={catalog} />
    </div>
  );
}
