/**
 * Numerical gradients: the oracle every backward pass in this course is checked against.
 *
 * Centered differences, (f(x+h) − f(x−h)) / 2h, with h = 1e-5 as in CS231n's `gradient_check.py`:
 * the error is O(h²) instead of O(h) for the one-sided formula, and float64 keeps ~1e-10 accuracy
 * for smooth functions of moderate size. Like CS231n, x is changed IN PLACE and restored, so `f` is
 * a closure that reads x (that is what lets one helper serve vectors, matrices and layer caches).
 *
 * No imports on purpose: the grader may bundle this file into the sandbox unchanged.
 */

type Vec = number[];
type Mat = number[][];
type Nested = number | Nested[];

/** Visit every scalar entry of a vector or matrix as (get, set) so one loop handles both shapes. */
function eachEntry(x: Vec | Mat, visit: (get: () => number, set: (v: number) => void) => void): void {
  for (let i = 0; i < x.length; i++) {
    const row = x[i];
    if (Array.isArray(row)) {
      for (let j = 0; j < row.length; j++) visit(() => row[j], (v) => (row[j] = v));
    } else {
      const xs = x as Vec;
      visit(() => xs[i], (v) => (xs[i] = v));
    }
  }
}

/** An all-zero array with the shape of x (vector or matrix). */
function zerosLike(x: Vec | Mat): Vec | Mat {
  return (x as Nested[]).map((row) => (Array.isArray(row) ? (row as number[]).map(() => 0) : 0)) as Vec | Mat;
}

/** Flatten a number or any nesting of arrays of numbers into one list (row-major). */
function flatten(a: unknown, out: number[] = []): number[] {
  if (Array.isArray(a)) for (const v of a) flatten(v, out);
  else out.push(a as number);
  return out;
}

/**
 * ∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h for every entry i of x (vector or matrix).
 * Returns an array with x's shape; x is left exactly as it was.
 */
export function numGrad(f: () => number, x: Vec | Mat, h = 1e-5): Vec | Mat {
  const grad = zerosLike(x);
  const grads: ((v: number) => void)[] = [];
  eachEntry(grad, (_get, set) => grads.push(set));
  let k = 0;
  eachEntry(x, (get, set) => {
    const old = get();
    set(old + h);
    const fPlus = f();
    set(old - h);
    const fMinus = f();
    set(old); // restore exactly: later entries and the caller must see the original x
    grads[k++]((fPlus - fMinus) / (2 * h));
  });
  return grad;
}

/**
 * Gradient of an array-valued f with respect to x, contracted with an upstream gradient dout:
 * Σ_k (f(x+h·e_i)_k − f(x−h·e_i)_k) · dout_k / 2h. This is "upstream × local" computed numerically,
 * the check CS231n runs on every layer (`eval_numerical_gradient_array`).
 */
export function numGradArray(f: () => Vec | Mat, x: Vec | Mat, dout: Vec | Mat, h = 1e-5): Vec | Mat {
  const d = flatten(dout);
  const grad = zerosLike(x);
  const grads: ((v: number) => void)[] = [];
  eachEntry(grad, (_get, set) => grads.push(set));
  let k = 0;
  eachEntry(x, (get, set) => {
    const old = get();
    set(old + h);
    const fPlus = flatten(f()); // flatten copies, so f may return the same buffer each time
    set(old - h);
    const fMinus = flatten(f());
    set(old);
    let s = 0;
    for (let m = 0; m < d.length; m++) s += (fPlus[m] - fMinus[m]) * d[m];
    grads[k++](s / (2 * h));
  });
  return grad;
}

/**
 * CS231n's rel_error: max over entries of |a − b| / max(1e-8, |a| + |b|). The 1e-8 floor keeps two
 * (near-)zero entries from counting as a large relative error. Shapes must match; a mismatch, or a
 * NaN anywhere, gives Infinity so that a comparison `< tol` fails instead of silently passing.
 */
export function relError(a: number | Vec | Mat, b: number | Vec | Mat): number {
  const fa = flatten(a);
  const fb = flatten(b);
  if (fa.length !== fb.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < fa.length; i++) {
    const e = Math.abs(fa[i] - fb[i]) / Math.max(1e-8, Math.abs(fa[i]) + Math.abs(fb[i]));
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst;
}

/**
 * Relative error for gradient checks: relError, except that each entry's denominator is at least 1% of
 * the largest magnitude in either array. A centered difference carries an ABSOLUTE error of about
 * 1e-16·|f|/h; on an entry that is nearly 0 by cancellation that becomes a large RELATIVE error although
 * nothing is wrong. Measured against the gradient's own scale, a correct gradient scores ~1e-8 or less,
 * while a wrong one (a missing term, a swapped input) still scores ~1e-2 or more.
 */
export function gradError(analytic: number | Vec | Mat, numeric: number | Vec | Mat): number {
  const fa = flatten(analytic);
  const fn = flatten(numeric);
  if (fa.length !== fn.length) return Infinity;
  let scale = 0;
  for (let i = 0; i < fa.length; i++) scale = Math.max(scale, Math.abs(fa[i]), Math.abs(fn[i]));
  let worst = 0;
  for (let i = 0; i < fa.length; i++) {
    const e = Math.abs(fa[i] - fn[i]) / Math.max(1e-8, Math.abs(fa[i]) + Math.abs(fn[i]), 0.01 * scale);
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst;
}
