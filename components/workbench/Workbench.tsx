'use client';
/**
 * The exercise workbench: editor, Run / Submit / Reset, the grading state, results and attempt history.
 * The statement is rendered by the server page beside it; this is everything interactive.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Verdict } from '@/grader/contract';
import { api } from '../api';
import { CodeEditor } from './CodeEditor';
import { ResultsPanel } from './ResultsPanel';
import { AttemptHistory, type AttemptSummary } from './AttemptHistory';
import { saveStateText, useDraftAutosave } from './useDraftAutosave';
import { useGrading, type SubmissionView } from './useGrading';
import { formatWhen } from './format';

export interface WorkbenchExercise {
  id: string;
  starter: string | null;
  typesDts: string | null;
  publicChecks: { name: string; points: number }[];
  maxScore: number;
}

type Shown =
  | { kind: 'verdict'; verdict: Verdict; title?: string }
  | { kind: 'attempt'; view: SubmissionView; number: number };

export function Workbench({ exercise, initialCode, hasDraft }: { exercise: WorkbenchExercise; initialCode: string; hasDraft: boolean }) {
  const [code, setCode] = useState(initialCode);
  const [shown, setShown] = useState<Shown | null>(null);
  const [attempts, setAttempts] = useState<AttemptSummary[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  const draft = useDraftAutosave(exercise.id, code, hasDraft ? initialCode : null);

  const loadHistory = useCallback(async () => {
    try {
      setAttempts(await api<AttemptSummary[]>(`/api/exercises/${encodeURIComponent(exercise.id)}/submissions`));
      setHistoryError(null);
    } catch (e) {
      setHistoryError(e instanceof Error ? e.message : String(e));
    }
  }, [exercise.id]);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  const grading = useGrading(exercise.id, loadHistory);

  const onRun = async () => {
    const verdict = await grading.run(code);
    if (verdict) setShown({ kind: 'verdict', verdict });
  };

  const onSubmit = async () => {
    void draft.flush();
    const view = await grading.submit(code);
    await loadHistory();
    if (view?.verdict) setShown({ kind: 'verdict', verdict: view.verdict });
  };

  const onReset = () => {
    if (exercise.starter === null) return;
    if (!window.confirm('Replace your code with the starter code? Your current code will be lost (earlier submissions keep theirs).')) return;
    setCode(exercise.starter);
  };

  const onSelectAttempt = async (id: string) => {
    try {
      const view = await api<SubmissionView>(`/api/submissions/${encodeURIComponent(id)}`);
      const index = attempts?.findIndex((a) => a.id === id) ?? -1;
      setShown({ kind: 'attempt', view, number: attempts && index >= 0 ? attempts.length - index : 0 });
    } catch (e) {
      setHistoryError(e instanceof Error ? e.message : String(e));
    }
  };

  const statusText = grading.busy === 'run' ? 'Running the public checks…' : grading.busy === 'submit' ? 'Grading…' : '';

  return (
    <div className="workbench">
      <div className="toolbar">
        <button type="button" onClick={onRun} disabled={grading.busy !== null}>
          Run
        </button>
        <button type="button" className="primary" onClick={onSubmit} disabled={grading.busy !== null}>
          Submit
        </button>
        <button type="button" className="quiet" onClick={onReset} disabled={exercise.starter === null || grading.busy !== null}>
          Reset to starter
        </button>
        <span className={`save-state save-${draft.state}`} aria-live="polite">
          {saveStateText(draft.state, draft.error)}
        </span>
      </div>

      <CodeEditor exerciseId={exercise.id} value={code} onChange={setCode} onBlur={() => void draft.flush()} typesDts={exercise.typesDts} />

      <div role="status" className={statusText ? 'grading-status is-busy' : 'grading-status'}>
        {statusText && (
          <>
            <span className="spinner" aria-hidden="true" /> {statusText}
          </>
        )}
      </div>
      {grading.error && (
        <p className="error-text" role="alert">
          {grading.error}
        </p>
      )}

      {shown === null && (
        <p className="muted">
          Run checks your code against {exercise.publicChecks.length} public {exercise.publicChecks.length === 1 ? 'check' : 'checks'}; Submit
          runs every check (including hidden ones) and records an attempt worth up to {exercise.maxScore} points.
        </p>
      )}
      {shown?.kind === 'verdict' && <ResultsPanel verdict={shown.verdict} title={shown.title} />}
      {shown?.kind === 'attempt' && <AttemptView view={shown.view} number={shown.number} onLoadCode={setCode} />}

      <AttemptHistory
        attempts={attempts}
        selectedId={shown?.kind === 'attempt' ? shown.view.id : null}
        onSelect={(id) => void onSelectAttempt(id)}
        error={historyError}
      />
    </div>
  );
}

function AttemptView({ view, number, onLoadCode }: { view: SubmissionView; number: number; onLoadCode(code: string): void }) {
  const title = `Attempt ${number || ''} · ${formatWhen(view.receivedAt)}`.replace('  ', ' ');
  return (
    <div className="attempt-view">
      {view.verdict ? <ResultsPanel verdict={view.verdict} title={title} /> : <p className="muted">{title}: not graded yet ({view.status}).</p>}
      {view.code !== undefined && (
        <details className="attempt-code">
          <summary>Code of this attempt</summary>
          <pre>{view.code}</pre>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              if (window.confirm('Load this attempt’s code into the editor? Your current code will be replaced.')) onLoadCode(view.code ?? '');
            }}
          >
            Load into the editor
          </button>
        </details>
      )}
    </div>
  );
}
