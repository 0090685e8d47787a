/**
 * An exercise: the statement (Markdown + KaTeX, rendered on the server when the course was synced)
 * beside the workbench (editor, Run, Submit, results, attempts). The editor starts from the
 * student's saved draft, or the starter code when there is none.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { draftFor, exerciseForStudent, SECTION_TITLES } from '@/lib/data/course';
import { Workbench } from '@/components/workbench/Workbench';
import { signInPath } from '@/components/auth/callbackUrl';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const e = await exerciseForStudent(id).catch(() => null);
  return { title: e?.title ?? 'Exercise' };
}

export default async function ExercisePage({ params }: Props) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(signInPath(`/exercises/${encodeURIComponent(id)}`));
  const exercise = await exerciseForStudent(id);
  if (!exercise) notFound();
  if (exercise.kind === 'quiz') redirect(`/quizzes/${encodeURIComponent(id)}`);
  const draft = await draftFor(user.id, exercise.id);

  return (
    <div className="exercise-layout">
      <article className="statement" aria-label="Statement">
        <p className="crumbs small">
          <Link href="/">Course</Link> › Section {exercise.section}: {SECTION_TITLES[exercise.section]}
        </p>
        <div className="prose" dangerouslySetInnerHTML={{ __html: exercise.statementHtml }} />
        {exercise.publicChecks.length > 0 && (
          <section className="public-checks" aria-labelledby="public-checks-title">
            <h2 id="public-checks-title">Public checks</h2>
            <ul>
              {exercise.publicChecks.map((c) => (
                <li key={c.name}>
                  {c.name} <span className="muted">({c.points} {c.points === 1 ? 'pt' : 'pts'})</span>
                </li>
              ))}
            </ul>
            <p className="muted small">Submit also runs hidden checks. Total: {exercise.maxScore} points.</p>
          </section>
        )}
      </article>
      <Workbench
        exercise={{
          id: exercise.id,
          starter: exercise.starter,
          typesDts: exercise.typesDts,
          publicChecks: exercise.publicChecks,
          maxScore: exercise.maxScore,
        }}
        initialCode={draft?.code ?? exercise.starter ?? ''}
        hasDraft={draft !== null}
      />
    </div>
  );
}
