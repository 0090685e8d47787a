/**
 * The TypeScript the editor type-checks against: the same shape the grader transpiles.
 *
 * A student's file is one ES module; the exercise's `types.d.ts` (e.g. `type Vec = number[]`)
 * is added as an extra lib so its names complete, hover and type-check without an import.
 */
import type { Monaco } from './monaco-slim';

export function configureTypeScript(monaco: Monaco): void {
  const ts = monaco.typescript;
  ts.typescriptDefaults.setCompilerOptions({
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    strict: true,
    noImplicitAny: true,
    allowNonTsExtensions: true,
    // The student's code runs in a sandbox without the DOM: do not suggest `document` or `window`.
    lib: ['es2020'],
  });
  ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  // Models are synced to the worker as they are created, so completions work on the first keystroke.
  ts.typescriptDefaults.setEagerModelSync(true);
}

const EXTRA_LIB_PATH = 'file:///exercise/types.d.ts';
let extraLib: { dispose(): void } | null = null;

/** Replace the exercise's ambient types (one exercise per page, so one extra lib at a time). */
export function setExerciseTypes(monaco: Monaco, typesDts: string | null | undefined): void {
  extraLib?.dispose();
  extraLib = null;
  if (typesDts) {
    extraLib = monaco.typescript.typescriptDefaults.addExtraLib(typesDts, EXTRA_LIB_PATH);
  }
}
