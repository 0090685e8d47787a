/**
 * Running a probe on the host against trusted exports (the reference, a mutant): the expected values.
 * Uses the same harness code and the same per-case seeds as the isolate, and the same serialiser, so
 * expected and got are encoded identically. Math.random is swapped for the seeded stream only for
 * the duration of the probe (workers run one job at a time).
 */
import type { Exports, Json, Probe } from './contract';
import { createRng } from '../lib/nn/rng';
import { captureBuiltins } from './kit/builtins';
import { createHarnessFactory } from './kit/harness';
import { createSerialiser, RESULT_CAPS } from './kit/serialise';
import type { RawCase } from './sandbox';

const builtins = captureBuiltins(globalThis);
const serialise = createSerialiser(builtins);
let seededRandom = createRng(1);
const harnessFor = createHarnessFactory(builtins, createRng, (seed) => {
  seededRandom = createRng(seed);
});

export async function runProbeOnHost(probe: Probe, exports: Exports, args: Json, caseSeed: number): Promise<RawCase> {
  const realRandom = Math.random;
  Math.random = () => seededRandom.next();
  try {
    const H = harnessFor(caseSeed);
    let v: any = probe(exports, structuredClone(args), H);
    if (v && typeof v.then === 'function') v = await v;
    return { ok: true, v: JSON.parse(serialise(v, RESULT_CAPS)) as Json };
  } catch (e) {
    const big = e && typeof e === 'object' && 'nnlabTooLarge' in e;
    return { ok: false, m: big ? `the returned value ${(e as { nnlabTooLarge: string }).nnlabTooLarge}` : String((e as Error)?.message ?? e), s: String((e as Error)?.stack ?? '') };
  } finally {
    Math.random = realRandom;
  }
}
