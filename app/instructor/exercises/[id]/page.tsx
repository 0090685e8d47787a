import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { PreviewRunner } from '@/components/instructor/PreviewRunner';
import { requireStaff } from '../../require-staff';

/** Instructor preview: the statement as students will see it, and the reference and mutants through the grader. */
export default async function ExercisePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/instructor/exercises/${id}`);
  const e = await db.exercise.findUnique({ where: { id }, select: { id: true, title: true, kind: true, hash: true, available: true, problem: true, statementHtml: true } });
  if (!e) notFound();
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/instructor">Instructor</Link> /
      </p>
      <h1>
        Preview: {e.title} <span className="muted small">({e.id}, version {e.hash.slice(0, 10) || '—'})</span>
      </h1>
      <p>{e.available ? 'Offered to students.' : 'Not offered to students.'}</p>
      {e.problem && (
        <pre className="error-text" role="alert">
          The last sync refused this exercise:{'\n'}
          {e.problem}
        </pre>
      )}
      <section className="statement prose" dangerouslySetInnerHTML={{ __html: e.statementHtml }} />
      {e.kind === 'code' && <PreviewRunner exerciseId={e.id} />}
    </div>
  );
}
