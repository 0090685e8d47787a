import Link from 'next/link';
import { catalogForStaff, setForStaff } from '@/lib/data/problem-sets';
import { SetEditor, type SetValues } from '@/components/instructor/SetEditor';
import { PublishButton } from '@/components/instructor/PublishButton';
import { orNotFound, requireStaff } from '../../require-staff';

export default async function SetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaff(`/instructor/sets/${id}`);
  const { set, course, items } = await orNotFound(setForStaff(user, id));
  const catalog = await catalogForStaff();
  const initial: SetValues = {
    title: set.title,
    description: set.description,
    openAt: set.openAt?.toISOString() ?? null,
    dueAt: set.dueAt?.toISOString() ?? null,
    lateUntil: set.lateUntil?.toISOString() ?? null,
    latePercent: set.latePercent,
    maxAttempts: set.maxAttempts,
    attemptPenaltyPercent: set.attemptPenaltyPercent,
    hiddenFeedback: set.hiddenFeedback === 'after_due' ? 'after_due' : 'always',
    items: items.map((i) => ({ exerciseId: i.exerciseId, points: i.points })),
  };
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/instructor">Instructor</Link> / <Link href={`/instructor/courses/${course.id}`}>{course.title}</Link> /
      </p>
      <h1>{set.title}</h1>
      <p>
        {set.published ? 'Published: students see it.' : 'Draft: students do not see it yet.'} <PublishButton setId={set.id} published={set.published} /> ·{' '}
        <Link href={`/instructor/sets/${set.id}/gradebook`}>Gradebook</Link>
      </p>
      <SetEditor courseId={course.id} timeZone={course.timeZone} catalog={catalog} setId={set.id} initial={initial} />
    </div>
  );
}
