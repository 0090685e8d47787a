'use client';
/** Per question: correct or not, what was given, the right answer and why; then the score. */
import type { QuizResult } from '@/grader/contract';
import { Markdown } from '../Markdown';
import { formatScore } from '../workbench/format';
import type { ShownQuestion } from './types';

export function QuizResultView({
  result,
  questions,
  explanationHtml,
  title,
}: {
  result: QuizResult;
  questions: ShownQuestion[];
  explanationHtml?: Record<string, string>;
  title: string;
}) {
  const correct = result.questions.filter((q) => q.correct).length;
  return (
    <section className="results quiz-result" aria-label={title}>
      <header className={`results-summary ${result.score >= result.maxScore ? 'is-pass' : 'is-fail'}`}>
        <h3>{title}</h3>
        <p>
          <strong>
            {correct} of {result.questions.length} correct
          </strong>{' '}
          · Score {formatScore(result.score, result.maxScore)}
        </p>
      </header>
      <ol className="checks">
        {result.questions.map((q, i) => {
          const shown = questions.find((s) => s.id === q.id);
          const asHtml = (v: string | number) => (shown?.kind === 'choice' ? choiceLabel(shown, String(v)) : escapeHtml(String(v)));
          const answerText = asHtml(q.answer);
          const givenText = q.given === null || q.given === '' ? '<em>no answer</em>' : asHtml(q.given);
          return (
            <li key={q.id} className={`check ${q.correct ? "is-pass" : "is-fail"}`} data-question={q.id} data-correct={q.correct} data-answer={String(q.answer)}>
              <div className="check-head">
                <span className="check-mark" aria-hidden="true">
                  {q.correct ? '✓' : '✗'}
                </span>
                <span className="check-name">Question {i + 1}</span>
                <span className="check-status">{q.correct ? 'correct' : 'incorrect'}</span>
                <span className="check-points">{formatScore(q.points, shown?.points ?? null)} pts</span>
              </div>
              <dl className="evidence">
                <div>
                  <dt>Your answer</dt>
                  <dd dangerouslySetInnerHTML={{ __html: givenText }} />
                </div>
                <div>
                  <dt>Right answer</dt>
                  <dd dangerouslySetInnerHTML={{ __html: answerText }} />
                </div>
              </dl>
              <Markdown className="explanation" md={q.explanation} html={explanationHtml?.[q.id]} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Choice labels are server-rendered HTML; anything else is escaped before it is shown as HTML. */
function choiceLabel(q: Extract<ShownQuestion, { kind: 'choice' }>, id: string): string {
  return q.choices.find((c) => c.id === id)?.labelHtml ?? escapeHtml(id);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
