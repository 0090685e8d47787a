/**
 * Host-side transpiling (worker process only: esbuild is never loaded by the web app).
 *  - student code: TypeScript → CommonJS with a source map, so runtime errors can be reported at the
 *    student's own line:column. Imports and require() are refused at compile time: the sandbox has no
 *    module system, and a clear "not allowed" beats a mysterious ReferenceError.
 *  - trusted code (reference, mutants): bundled, so their imports of lib/nn are inlined and the
 *    result can run inside the sandbox too (used by `nnlab validate`).
 */
import { build, buildSync, transformSync, type Message } from 'esbuild';
import { SourceMap } from 'node:module';
import type { Verdict } from './contract';

export type CompileError = NonNullable<Verdict['compileError']>;

export interface Transpiled {
  js: string;
  /** maps a 1-based line and column of `js` to the student's source, or null when unknown */
  mapPosition(line: number, column: number): { line: number; column: number } | null;
}

export type TranspileResult = { ok: true; module: Transpiled } | { ok: false; error: CompileError };

const SOURCE_NAME = 'solution.ts';
const CACHE_MAX = 256;
const cache = new Map<string, TranspileResult>();

function toCompileError(m: Message, fallback: string): CompileError {
  const loc = m.location;
  return {
    message: m.text || fallback,
    line: loc?.line ?? 0,
    column: loc ? loc.column + 1 : 0,
    lineText: loc?.lineText ?? '',
  };
}

/** Finds import/require in the student's code, with the location esbuild reports for it. */
async function findImport(code: string): Promise<CompileError | null> {
  const result = await build({
    stdin: { contents: code, loader: 'ts', sourcefile: SOURCE_NAME },
    bundle: true,
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-imports',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => ({
            errors: [{ text: `imports are not allowed: "${args.path}". Your module must be self-contained (Math and plain arrays are all you need).` }],
          }));
        },
      },
    ],
  }).catch((e: { errors?: Message[] }) => e);
  const errors = (result as { errors?: Message[] }).errors ?? [];
  return errors.length ? toCompileError(errors[0], 'imports are not allowed') : null;
}

export async function transpileStudent(code: string): Promise<TranspileResult> {
  const hit = cache.get(code);
  if (hit) return hit;
  let result: TranspileResult;
  try {
    const out = transformSync(code, { loader: 'ts', format: 'cjs', target: 'es2022', sourcemap: 'external', sourcefile: SOURCE_NAME });
    const importError = /\brequire\s*\(|\bimport\s*\(/.test(out.code) ? await findImport(code) : null;
    if (importError) result = { ok: false, error: importError };
    else {
      const map = new SourceMap(JSON.parse(out.map));
      result = {
        ok: true,
        module: {
          js: out.code,
          mapPosition(line, column) {
            const e = map.findEntry(line - 1, column - 1) as { originalLine?: number; originalColumn?: number };
            return e && typeof e.originalLine === 'number' ? { line: e.originalLine + 1, column: (e.originalColumn ?? 0) + 1 } : null;
          },
        },
      };
    }
  } catch (e) {
    const errors: Message[] = (e as { errors?: Message[] }).errors ?? [];
    result = { ok: false, error: errors.length ? toCompileError(errors[0], 'syntax error') : { message: String(e), line: 0, column: 0, lineText: '' } };
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(code, result);
  return result;
}

/** Bundles a trusted module (reference or mutant) with its lib/nn imports inlined, as CommonJS. */
export function bundleTrusted(entryPath: string): Transpiled {
  const out = buildSync({ entryPoints: [entryPath], bundle: true, format: 'cjs', platform: 'neutral', target: 'es2022', write: false, logLevel: 'silent' });
  return { js: out.outputFiles[0].text, mapPosition: () => null };
}
