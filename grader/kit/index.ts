/**
 * The check kit for exercise authors: named tolerances and ready-made judges. Import from checks.ts:
 *   import { gradientJudge } from '../../grader/kit';
 */
import type { Json, JudgeInput, JudgeOutcome, ToleranceName } from '../contract';
import { compare } from '../judge';
import { toleranceValue, TOLERANCES } from './tolerances';
import { formatNumber } from '../display';

export { TOLERANCES, toleranceValue };

export type TaggedJudge = ((input: JudgeInput) => JudgeOutcome) & { tolerance: number };

/**
 * A gradient check. The probe returns `{ analytic, numeric }`: the student's backward and
 * H.numGrad / H.numGradArray of the student's OWN forward. Passes when analytic matches the numeric
 * gradient AND the reference's analytic gradient (expected.analytic), both within `tol`; the second
 * comparison is what makes it unforgeable (the numeric gradient is computed in the student's realm).
 * `nnlab validate` requires the reference to pass with 10× margin (its relative error ≤ tol / 10).
 */
export function gradientJudge(tol: ToleranceName | number = 'grad'): { kind: 'custom'; fn: TaggedJudge } {
  const value = toleranceValue(tol);
  const fn = (({ got, expected }: JudgeInput): JudgeOutcome => {
    const g = got as { analytic?: Json; numeric?: Json } | null;
    const e = expected as { analytic?: Json } | null;
    if (!g || typeof g !== 'object' || !('analytic' in g)) return { passed: false, message: 'the backward pass returned nothing to compare' };
    const own = compare(g.numeric ?? null, g.analytic ?? null, value);
    const ref = compare(e?.analytic ?? null, g.analytic ?? null, value);
    const relError = Math.max(own.worst, ref.worst);
    if (own.structural) return { passed: false, message: `gradient shape: ${own.structural}`, relError };
    if (ref.structural) return { passed: false, message: `gradient shape: ${ref.structural}`, relError };
    if (own.mismatchCount > 0) {
      const m = own.mismatches[0];
      return {
        passed: false,
        relError,
        message: `your backward disagrees with the numerical gradient of your own forward: worst entry ${m.path || 'value'} has relative error ${formatNumber(own.worst)} (tolerance ${formatNumber(value)}); numeric ${m.expected}, analytic ${m.got}`,
      };
    }
    if (ref.mismatchCount > 0) {
      const m = ref.mismatches[0];
      return {
        passed: false,
        relError,
        message: `your gradient is consistent with your forward, but not with the reference: ${m.path || 'value'} expected ${m.expected}, got ${m.got} (relative error ${formatNumber(ref.worst)}). Check the forward too.`,
      };
    }
    return { passed: true, relError };
  }) as TaggedJudge;
  fn.tolerance = value;
  return { kind: 'custom', fn };
}
