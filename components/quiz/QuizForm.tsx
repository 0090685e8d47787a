'use client';
/**
 * The student's own variant of a quiz: one input per question (a number, or one of several choices),
 * graded on the server. The result appears below the form; earlier responses are listed after it.
 */
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { QuizResult } from '@/grader/contract';
import { api } from '../api';
import { formatScore, formatWhen } from '../workbench/format';
import { parseNumber } from './parseNumber';
import { QuizResultView } from './QuizResultView';
import type { PastResponse, ShownQuestion } from './types';

export function QuizForm({ quizId, questions, past }: { quizId: string; questions: ShownQuestion[]; past: PastResponse[] }) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<QuizResult | null>(null);

  const set = (id: string, v: string) => {
    setValues((old) => ({ ...old, [id]: v }));
    setInvalid((old) => {
      const { [id]: _, ...rest } = old;
      return rest;
    });
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const answers: Record<string, string | number | null> = {};
    const problems: Record<string, string> = {};
    for (const q of questions) {
      const raw = values[q.id] ?? '';
      if (q.kind === 'numeric') {
        const x = parseNumber(raw);
        if (Number.isNaN(x)) problems[q.id] = 'Enter a number, such as 0.25, -3 or 1e-3.';
        answers[q.id] = Number.isNaN(x) ? null : x;
      } else {
        answers[q.id] = raw === '' ? null : raw;
      }
    }
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api<QuizResult>(`/api/quizzes/${encodeURIComponent(quizId)}/responses`, { method: 'POST', body: { answers } });
      setResult(r);
      // Re-render the server part so "Earlier responses" includes this one.
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form className="quiz" onSubmit={onSubmit} noValidate aria-label="Quiz">
        <ol className="questions">
          {questions.map((q, i) => (
            <li key={q.id} className="question">
              {q.kind === 'numeric' ? (
                <NumericQuestion q={q} n={i + 1} value={values[q.id] ?? ''} onChange={(v) => set(q.id, v)} problem={invalid[q.id]} />
              ) : (
                <ChoiceQuestion q={q} n={i + 1} value={values[q.id] ?? ''} onChange={(v) => set(q.id, v)} />
              )}
            </li>
          ))}
        </ol>
        <div className="toolbar">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Checking…' : 'Submit answers'}
          </button>
          <span role="status">{busy ? 'Grading…' : ''}</span>
        </div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </form>

      {result && <QuizResultView result={result} questions={questions} title="Your result" />}

      {past.length > 0 && (
        <section className="past-responses" aria-labelledby="past-title">
          <h2 id="past-title">Earlier responses</h2>
          <ol reversed className="past-list">
            {past.map((p) => (
              <li key={p.id}>
                <details>
                  <summary>
                    <time dateTime={p.createdAt} suppressHydrationWarning>
                      {formatWhen(p.createdAt)}
                    </time>{' '}
                    · Score {formatScore(p.score, p.maxScore)}
                  </summary>
                  <QuizResultView result={p.result} questions={questions} explanationHtml={p.explanationHtml} title="Result" />
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function NumericQuestion({
  q,
  n,
  value,
  onChange,
  problem,
}: {
  q: Extract<ShownQuestion, { kind: 'numeric' }>;
  n: number;
  value: string;
  onChange(v: string): void;
  problem?: string;
}) {
  const inputId = `q-${q.id}`;
  return (
    <>
      <div className="prompt" id={`${inputId}-prompt`}>
        <span className="q-number">Question {n}</span> <span className="muted">({q.points} {q.points === 1 ? 'point' : 'points'})</span>
        <div dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
      </div>
      <label htmlFor={inputId} className="answer-label">
        Answer to question {n}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${inputId}-prompt${problem ? ` ${inputId}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        placeholder="e.g. 0.25 or 1e-3"
      />
      {problem && (
        <p id={`${inputId}-problem`} className="error-text">
          {problem}
        </p>
      )}
    </>
  );
}

function ChoiceQuestion({
  q,
  n,
  value,
  onChange,
}: {
  q: Extract<ShownQuestion, { kind: 'choice' }>;
  n: number;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <fieldset role="radiogroup" aria-label={`Answer to question ${n}`} aria-describedby={`q-${q.id}-prompt`}>
      <legend className="prompt" id={`q-${q.id}-prompt`}>
        <span className="q-number">Question {n}</span> <span className="muted">({q.points} {q.points === 1 ? 'point' : 'points'})</span>
        <div dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
      </legend>
      {q.choices.map((c) => (
        <label key={c.id} className="choice">
          <input type="radio" name={`q-${q.id}`} value={c.id} checked={value === c.id} onChange={() => onChange(c.id)} />
          <span dangerouslySetInnerHTML={{ __html: c.labelHtml }} />
        </label>
      ))}
    </fieldset>
  );
}
