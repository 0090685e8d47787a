/**
 * A quiz: the statement and the student's own randomized variant (same seed on every visit), then
 * earlier responses. Prompts, choice labels and past explanations are rendered to HTML here on the
 * server, so math arrives typeset.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { exerciseForStudent, SECTION_TITLES } from '@/lib/data/course';
import { quizResponsesFor, quizVariantFor } from '@/lib/data/quiz';
import { renderMarkdown } from '@/lib/markdown';
import { unwrapParagraph } from '@/components/markdownHtml';
import { QuizForm } from '@/components/quiz/QuizForm';
import type { PastResponse, ShownQuestion } from '@/components/quiz/types';
import { signInPath } from '@/components/auth/callbackUrl';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const e = await exerciseForStudent(id).catch(() => null);
  return { title: e?.title ?? 'Quiz' };
}

export default async function QuizPage({ params }: Props) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(signInPath(`/quizzes/${encodeURIComponent(id)}`));
  const quiz = await exerciseForStudent(id);
  if (!quiz) notFound();
  if (quiz.kind !== 'quiz') redirect(`/exercises/${encodeURIComponent(id)}`);
  const [variant, responses] = await Promise.all([quizVariantFor(user.id, quiz.id), quizResponsesFor(user.id, quiz.id)]);
  if (!variant) notFound();

  const questions: ShownQuestion[] = await Promise.all(
    variant.questions.map(async (q) =>
      q.kind === 'numeric'
        ? { id: q.id, kind: 'numeric' as const, points: q.points, promptHtml: await renderMarkdown(q.prompt) }
        : {
            id: q.id,
            kind: 'choice' as const,
            points: q.points,
            promptHtml: await renderMarkdown(q.prompt),
            choices: await Promise.all(q.choices.map(async (c) => ({ id: c.id, labelHtml: unwrapParagraph(await renderMarkdown(c.label)) }))),
          },
    ),
  );
  const past: PastResponse[] = await Promise.all(
    responses.map(async (r) => ({
      ...r,
      explanationHtml: Object.fromEntries(await Promise.all(r.result.questions.map(async (q) => [q.id, await renderMarkdown(q.explanation)] as const))),
    })),
  );
  const introHtml = variant.intro ? await renderMarkdown(variant.intro) : null;

  return (
    <div className="page quiz-page">
      <p className="crumbs small">
        <Link href="/">Course</Link> › Section {quiz.section}: {SECTION_TITLES[quiz.section]}
      </p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: quiz.statementHtml }} />
      {introHtml && <div className="prose" dangerouslySetInnerHTML={{ __html: introHtml }} />}
      <p className="muted small">
        These numbers are yours: every student gets their own variant. Numeric answers are accepted within a small tolerance; you may
        write them like <code>0.25</code> or <code>1e-3</code>.
      </p>
      <QuizForm quizId={quiz.id} questions={questions} past={past} />
    </div>
  );
}
