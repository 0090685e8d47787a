/**
 * A slim Monaco: the editor core, the contributions that make IntelliSense and everyday editing
 * work, and the TypeScript language — nothing else.
 *
 * `import 'monaco-editor'` pulls in ~80 languages, the CSS/HTML/JSON services and an LSP client
 * (≈ 4.5 MB of main-thread JS). A student here only ever edits one TypeScript file, so we import
 * `editor.api` (the bare editor) and pick contributions by hand.
 *
 * Only ever import this module dynamically from the browser (see ./load.ts): it touches `window`.
 */
import * as api from 'monaco-editor/editor/editor.api';
import * as typescript from 'monaco-editor/languages/features/typescript/register';

// Syntax colouring for TypeScript (the Monarch grammar; loaded lazily by Monaco itself).
import 'monaco-editor/languages/definitions/typescript/register';

// monaco-editor 0.57 ships one `features/<name>/register` module per editor contribution,
// so a slim build can pick them by name. This list is `features/register.all` minus what a
// one-file exercise never uses (diff editor, colour picker, GPU, sticky scroll, codelens, dnd, …).
// Editing basics.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/find/browser/findController';

// IntelliSense: completions (with snippets), hovers, signature help, errors, quick fixes, go-to.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/semanticTokens/register';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens';

// Keyboard-only and screen-reader users: F1 command palette, Alt+F1 help, Ctrl+G go to line,
// Ctrl+M to let Tab leave the editor.
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/quickHelp/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/editor/common/standaloneStrings';

/** The Monaco namespace as @monaco-editor/react expects it, plus the top-level `typescript` API of 0.57. */
export const monaco = { ...api, typescript };
export type Monaco = typeof monaco;
