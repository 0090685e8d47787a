/**
 * Tells Monaco where its web workers are. Without this, Monaco tries to fetch them by URL
 * (and @monaco-editor/react would load all of Monaco from a CDN).
 *
 * `new Worker(new URL('<package path>', import.meta.url))` is the form bundlers recognise: the
 * worker and everything it imports become a separate chunk served from our own origin.
 * The TypeScript worker carries the compiler and the lib.d.ts files (≈ 12 MB raw), but it only
 * loads when a TypeScript model is opened, never on the first paint.
 */
export function installMonacoEnvironment(): void {
  if ((self as any).MonacoEnvironment) return;
  (self as any).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      if (label === 'typescript' || label === 'javascript') {
        return new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), {
          type: 'module',
          name: 'ts.worker',
        });
      }
      return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), {
        type: 'module',
        name: 'editor.worker',
      });
    },
  };
}
