import type { ToleranceName } from '../contract';

/**
 * Every tolerance the checks may use, named once. Values are maximum relative errors in the CS231n
 * sense, max |x − y| / max(1e-8, |x| + |y|) over all entries.
 */
export const TOLERANCES: Readonly<Record<ToleranceName, number>> = Object.freeze({
  exact: 0, // integers, indices, shapes
  forward: 1e-9, // closed-form forward values (a few ulps of reordering allowed)
  grad: 1e-7, // smooth analytic vs centered-difference gradient (h = 1e-5 gives ~1e-10 error)
  gradKink: 1e-5, // gradients through ReLU / hinge / max: a kink inside ±h spoils a few entries
  network: 1e-4, // whole-network gradient checks: errors accumulate through layers
  loose: 1e-2, // property checks on random inputs
});

/** a named or numeric tolerance → its value; undefined means 'forward' (the default judge) */
export function toleranceValue(tol: ToleranceName | number | undefined): number {
  if (typeof tol === 'number') return tol;
  return TOLERANCES[tol ?? 'forward'];
}
