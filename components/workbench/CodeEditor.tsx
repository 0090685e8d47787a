'use client';
/**
 * The code editor: a plain textarea first, Monaco (local, TypeScript + IntelliSense) once loaded.
 *
 * The textarea is not decoration: it holds the same value and is editable, so a student on a slow
 * connection can start typing at once and nothing they type is lost when Monaco takes over.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { EditorProps } from '@monaco-editor/react';
import type { Monaco } from '@/lib/monaco/monaco-slim';


export interface CodeEditorProps {
  /** used for the model path, so each exercise keeps its own undo history and types */
  exerciseId: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** ambient declarations offered by the exercise (e.g. `type Vec = number[]`) */
  typesDts?: string | null;
  /** CSS height of the editor frame */
  height?: string;
}

type Loaded = { monaco: Monaco; Editor: ComponentType<EditorProps> };

export function CodeEditor({ exerciseId, value, onChange, onBlur, typesDts, height = '28rem' }: CodeEditorProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const onBlurRef = useRef(onBlur);
  onBlurRef.current = onBlur;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [{ loadMonaco }, { setExerciseTypes }] = await Promise.all([
          import('@/lib/monaco/load'),
          import('@/lib/monaco/typescript-setup'),
        ]);
        const monaco = await loadMonaco();
        const { default: Editor } = await import('@monaco-editor/react');
        setExerciseTypes(monaco, typesDts);
        if (!cancelled) setLoaded({ monaco, Editor });
      } catch (e) {
        // The textarea keeps working: the student can still Run and Submit.
        if (!cancelled) setLoadError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [typesDts]);

  if (!loaded) {
    return (
      <div className="editor-frame" style={{ height }} data-editor="plain">
        <textarea
          className="plain-editor"
          aria-label="Code editor"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => onBlurRef.current?.()}
        />
        <p className="editor-note" aria-live="polite">
          {loadError ? 'The rich editor could not load; this plain editor works for Run and Submit.' : 'Loading the editor…'}
        </p>
      </div>
    );
  }

  const { Editor } = loaded;
  return (
    <div className="editor-frame" style={{ height }} data-editor="monaco">
      <Editor
        height="100%"
        language="typescript"
        path={`file:///exercise/${encodeURIComponent(exerciseId)}/solution.ts`}
        value={value}
        onChange={(v) => onChange(v ?? '')}
        onMount={(editor) => {
          editor.onDidBlurEditorText(() => onBlurRef.current?.());
          // Accessible name for the hidden textarea Monaco types into.
          editor.updateOptions({ ariaLabel: 'Code editor' });
        }}
        loading={<div className="editor-note">Loading the editor…</div>}
        options={{
          fontSize: 14,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          tabSize: 2,
          automaticLayout: true,
          fixedOverflowWidgets: true,
          ariaLabel: 'Code editor',
        }}
      />
    </div>
  );
}
