/**
 * Loads the local Monaco once per page and points @monaco-editor/react at it.
 *
 * Everything here is reached through dynamic `import()` from a client effect, so the exercise page
 * renders (statement, buttons, a plain-text placeholder) before a single byte of Monaco arrives.
 * `loader.config({ monaco })` must run before any <Editor> mounts: otherwise @monaco-editor/react
 * injects a <script> from cdn.jsdelivr.net.
 */
import type { Monaco } from './monaco-slim';
import { configureTypeScript } from './typescript-setup';

let loading: Promise<Monaco> | null = null;

export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    const [{ installMonacoEnvironment }, { monaco }, { loader }] = await Promise.all([
      import('./environment'),
      import('./monaco-slim'),
      import('@monaco-editor/react'),
    ]);
    installMonacoEnvironment();
    loader.config({ monaco: monaco as any });
    configureTypeScript(monaco);
    return monaco;
  })();
  // A failed chunk download should not poison every later attempt (e.g. after a network blip).
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
