/**
 * A verdict, as a student reads it: what happened overall, then each check with the evidence
 * (input, expected vs got, relative error), the hint, and the student's own error if one was thrown.
 * Pure rendering of a Verdict from grader/contract.ts; no state.
 */
import type { CheckResult, Verdict } from '@/grader/contract';
import { formatRelError, formatScore } from './format';

const STATUS_TEXT: Record<Verdict['status'], string> = {
  graded: 'Graded',
  compile_error: 'Your code does not compile',
  missing_export: 'A required function is missing',
  timeout: 'Time limit exceeded',
  memory: 'Memory limit exceeded',
  grader_error: 'The grader had a problem (not your fault)',
};

export function ResultsPanel({ verdict, title }: { verdict: Verdict; title?: string }) {
  const passedCount = verdict.checks.filter((c) => c.passed).length;
  const isRun = verdict.mode === 'run';
  return (
    <section className="results" aria-label={title ?? 'Results'} data-verdict-status={verdict.status} data-passed={verdict.passed}>
      <header className={`results-summary ${verdict.passed ? 'is-pass' : 'is-fail'}`}>
        <h3>{title ?? (isRun ? 'Run: public checks' : 'Submission result')}</h3>
        <p>
          {verdict.status === 'graded' ? (
            <>
              <strong>{verdict.passed ? 'All checks passed' : `${passedCount} of ${verdict.checks.length} checks passed`}</strong>
              {' · '}
              <span aria-label="Score">
                Score {formatScore(verdict.score, verdict.maxScore)}
              </span>
              {isRun && <span className="muted"> · Run checks the public checks only and is not an attempt.</span>}
            </>
          ) : (
            <strong>{STATUS_TEXT[verdict.status]}</strong>
          )}
        </p>
        {verdict.message && <p className="results-message">{verdict.message}</p>}
      </header>

      {verdict.misconception && (
        <p className="misconception" role="note">
          <strong>This looks like:</strong> {verdict.misconception.label}
        </p>
      )}

      {verdict.compileError && <CompileError error={verdict.compileError} />}

      {verdict.checks.length > 0 && (
        <ol className="checks">
          {verdict.checks.map((c, i) => (
            <CheckItem key={i} check={c} />
          ))}
        </ol>
      )}

      {verdict.console.length > 0 && (
        <details className="console" open>
          <summary>Console output ({verdict.console.length} {verdict.console.length === 1 ? 'line' : 'lines'})</summary>
          <pre>{verdict.console.join('\n')}</pre>
        </details>
      )}
    </section>
  );
}

function CompileError({ error }: { error: NonNullable<Verdict['compileError']> }) {
  // A caret under the column makes "line 3, column 14" findable at a glance.
  const caret = ' '.repeat(Math.max(0, error.column - 1)) + '^';
  return (
    <div className="compile-error">
      <p>
        <strong>
          Line {error.line}, column {error.column}:
        </strong>{' '}
        {error.message}
      </p>
      {error.lineText && (
        <pre aria-label="The line with the error">
          {error.lineText}
          {'\n'}
          {caret}
        </pre>
      )}
    </div>
  );
}

function CheckItem({ check }: { check: CheckResult }) {
  return (
    <li className={`check ${check.passed ? 'is-pass' : 'is-fail'}`} data-check-passed={check.passed}>
      <div className="check-head">
        <span className="check-mark" aria-hidden="true">
          {check.passed ? '✓' : '✗'}
        </span>
        <span className="check-name">{check.name}</span>
        <span className="check-status">{check.passed ? 'passed' : 'failed'}</span>
        <span className="check-points">
          {formatScore(check.points, check.maxPoints)} {check.maxPoints === 1 ? 'pt' : 'pts'}
        </span>
        {check.visibility === 'hidden' && <span className="tag">hidden</span>}
      </div>
      {check.message && <p className="check-message">{check.message}</p>}
      {(check.input !== undefined || check.expected !== undefined || check.got !== undefined || check.relError !== undefined) && (
        <dl className="evidence">
          {check.input !== undefined && <Evidence label="Input" value={check.input} />}
          {check.expected !== undefined && <Evidence label="Expected" value={check.expected} />}
          {check.got !== undefined && <Evidence label="Got" value={check.got} />}
          {check.relError !== undefined && <Evidence label="Relative error" value={formatRelError(check.relError)} />}
        </dl>
      )}
      {check.error && (
        <div className="check-error">
          <span>Your code threw:</span>
          <pre>{check.error}</pre>
        </div>
      )}
      {check.hint && !check.passed && (
        <p className="hint">
          <strong>Hint:</strong> {check.hint}
        </p>
      )}
    </li>
  );
}

function Evidence({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <code>{value}</code>
      </dd>
    </div>
  );
}
