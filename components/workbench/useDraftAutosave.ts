'use client';
/**
 * Autosaves the editor's code as the student's draft: ~800 ms after they stop typing, at once when
 * the editor loses focus, and with a keepalive request when the page is hidden or closed — so a
 * reload, a closed laptop or another machine finds the same code.
 *
 * One save is in flight at a time; edits made meanwhile are saved right after it. A save is skipped
 * when the code is what the server already has.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';

export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

const DEBOUNCE_MS = 800;

export function useDraftAutosave(exerciseId: string, code: string, initiallySaved: string | null) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const url = `/api/exercises/${encodeURIComponent(exerciseId)}/draft`;
  // What the server holds (null: no draft yet, the editor shows the starter).
  const savedRef = useRef<string | null>(initiallySaved);
  const codeRef = useRef(code);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  codeRef.current = code;

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      await inFlight.current;
    }
    const snapshot = codeRef.current;
    if (snapshot === savedRef.current) {
      setState((s) => (s === 'unsaved' ? 'saved' : s));
      return;
    }
    setState('saving');
    const p = api(url, { method: 'PUT', body: { code: snapshot } })
      .then(() => {
        savedRef.current = snapshot;
        setError(null);
        setState(codeRef.current === snapshot ? 'saved' : 'unsaved');
      })
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setState('error');
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = p;
    await p;
    // Typed while saving: save again (debounced like any other edit).
    if (codeRef.current !== savedRef.current && !timer.current) {
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    }
  }, [url]);

  // Debounce every change.
  useEffect(() => {
    if (code === savedRef.current) return;
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [code, save]);

  // Leaving the page: a normal fetch may be cancelled, a keepalive one is delivered.
  useEffect(() => {
    const flushOnLeave = () => {
      if (codeRef.current === savedRef.current) return;
      void api(url, { method: 'PUT', body: { code: codeRef.current }, keepalive: true }).then(
        () => {
          savedRef.current = codeRef.current;
        },
        () => {},
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushOnLeave();
    };
    window.addEventListener('beforeunload', flushOnLeave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flushOnLeave);
      document.removeEventListener('visibilitychange', onVisibility);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [url]);

  return { state, error, flush: save };
}

export function saveStateText(state: SaveState, error: string | null): string {
  switch (state) {
    case 'idle':
      return '';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved: ${error ?? 'unknown error'}`;
  }
}
