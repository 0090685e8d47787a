import type { Harness, Json } from '../contract';
import type { Rng } from '../../lib/nn/rng';
import type { Builtins } from './builtins';

/**
 * The helpers probes receive as H. The same code runs in both realms (bundled into the isolate's
 * prelude, imported on the host), so a probe computes the same thing against the student and the
 * reference. Only captured builtins and plain loops: student code that redefines Array.prototype.*
 * or Math.* cannot change how a gradient is estimated or a value copied.
 */
export function createHarnessFactory(
  b: Builtins,
  createRng: (seed: number) => Rng,
  /** reseeds the Math.random the probed code sees */
  seedMathRandom: (seed: number) => void,
) {
  const isMatrix = (x: unknown[]): boolean => x.length > 0 && b.isArray(x[0]);

  const numGradVec = (f: () => number, v: number[], h: number): number[] => {
    const g: number[] = [];
    for (let i = 0; i < v.length; i++) {
      const old = v[i];
      v[i] = old + h;
      const fp = +f();
      v[i] = old - h;
      const fm = +f();
      v[i] = old;
      g[i] = (fp - fm) / (2 * h);
    }
    return g;
  };

  /** Σ a·b over matching nested arrays (read right after each call: a forward may reuse its buffers) */
  const dotFlat = (a: any, d: any): number => {
    if (b.isArray(a) || b.isView(a)) {
      let s = 0;
      const n = a.length;
      for (let i = 0; i < n; i++) s += dotFlat(a[i], d == null ? undefined : d[i]);
      return s;
    }
    return +a * +d;
  };

  const numGradArrayVec = (f: () => Json, v: number[], dout: Json, h: number): number[] => {
    const g: number[] = [];
    for (let i = 0; i < v.length; i++) {
      const old = v[i];
      v[i] = old + h;
      const fp = dotFlat(f(), dout);
      v[i] = old - h;
      const fm = dotFlat(f(), dout);
      v[i] = old;
      g[i] = (fp - fm) / (2 * h);
    }
    return g;
  };

  const clone = <T>(x: T): T => {
    if (x === null || typeof x !== 'object') return x;
    if (b.isArray(x)) {
      const out: unknown[] = [];
      for (let i = 0; i < x.length; i++) out[i] = clone(x[i]);
      return out as T;
    }
    const out: Record<string, unknown> = {};
    const ks = b.keys(x as object);
    for (let i = 0; i < ks.length; i++) out[ks[i]] = clone((x as any)[ks[i]]);
    return out as T;
  };

  /** a fresh harness for one case: its rng and the Math.random sequence both start from caseSeed */
  return function harnessFor(caseSeed: number): Harness {
    // a different stream from H.rng, so a probe's random inputs and the code's own draws are independent
    seedMathRandom((caseSeed ^ 0x9e3779b9) >>> 0);
    return {
      numGrad(f, x, h = 1e-5) {
        if (isMatrix(x)) {
          const g: number[][] = [];
          for (let i = 0; i < x.length; i++) g[i] = numGradVec(f, (x as number[][])[i], h);
          return g;
        }
        return numGradVec(f, x as number[], h);
      },
      numGradArray(f, x, dout, h = 1e-5) {
        if (isMatrix(x)) {
          const g: number[][] = [];
          for (let i = 0; i < x.length; i++) g[i] = numGradArrayVec(f, (x as number[][])[i], dout, h);
          return g;
        }
        return numGradArrayVec(f, x as number[], dout, h);
      },
      clone,
      rng: createRng(caseSeed),
      newRng: (seed: number) => createRng(seed >>> 0),
      seedMathRandom,
    };
  };
}
