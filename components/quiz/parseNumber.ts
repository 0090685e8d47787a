/**
 * What a student may type as a number: `0.25`, `-3`, `1e-3`, `2.5E+4`, `.5`, with spaces around.
 * A comma decimal separator (`0,25`) is accepted too, since many students write it that way.
 * Returns null for an empty field, NaN for anything else.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/^([+-]?\d*),(\d+)$/, '$1.$2').replace(/^\u2212/, '-');
  if (t === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}
