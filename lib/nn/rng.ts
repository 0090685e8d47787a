/**
 * A seeded random number generator: the same seed gives the same sequence everywhere (host, isolate,
 * browser), which is what makes a grading reproducible. No imports, so the grader can bundle this file
 * into the sandbox prelude unchanged.
 *
 * mulberry32 for uniforms (32-bit state, passes BigCrush's common subsets; plenty for teaching), and
 * Box–Muller for normals (the spare value is cached, so two uniforms give two normals).
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform in [lo, hi) */
  uniform(lo: number, hi: number): number;
  /** standard normal N(0, 1) */
  normal(): number;
  /** integer in [lo, hi], both ends included */
  int(lo: number, hi: number): number;
  /** rows×cols matrix of N(0, std²) */
  randn(rows: number, cols: number, std?: number): number[][];
  /** vector of N(0, std²) */
  randnVec(n: number, std?: number): number[];
  pick<T>(xs: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // 1 - next() is in (0, 1], so the log is finite
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const randnVec = (n: number, std = 1): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(normal() * std);
    return out;
  };
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    randn: (rows, cols, std = 1) => {
      const out: number[][] = [];
      for (let i = 0; i < rows; i++) out.push(randnVec(cols, std));
      return out;
    },
    randnVec,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}

/** Mixes several integers into one 32-bit seed (e.g. attempt seed, check index, case index). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h ^= p >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}
