/**
 * Misconception matching: when a submission fails, run each mutant (a known-wrong solution) through
 * the failing checks' probes on the host, same cases and seeds. If the student's outputs match one
 * mutant's on EVERY failing case, the verdict names that mutant's misconception. Cheap, and only on
 * failure. Matching uses the check's tolerance ('close'), or 1e-6 for exact and custom judges, whose
 * tolerance says nothing about closeness.
 */
import type { CodeCheck, Verdict } from './contract';
import type { CodeExercise } from './exercise';
import { runProbeOnHost } from './host-run';
import { checkTolerance, compare } from './judge';
import type { RawCase } from './sandbox';

const CUSTOM_MATCH_TOL = 1e-6;

function matchTolerance(check: CodeCheck): number {
  if (!check.judge || check.judge.kind === 'close') return Math.max(checkTolerance(check).value, 1e-12);
  return CUSTOM_MATCH_TOL;
}

export async function matchMisconception(
  ex: CodeExercise,
  failing: { index: number; set: { cases: unknown[]; caseSeeds: number[] }; got: RawCase[] }[],
): Promise<Verdict['misconception']> {
  // checks judged without the reference (training runs) are too slow to replay per mutant
  failing = failing.filter((f) => ex.checks[f.index].needsReference !== false);
  if (!failing.length) return null;
  for (const mutant of ex.mutants) {
    let matches = true;
    for (const f of failing) {
      const check = ex.checks[f.index];
      const tol = matchTolerance(check);
      for (let k = 0; k < f.set.cases.length && matches; k++) {
        const g = f.got[k];
        if (!g?.ok) {
          matches = false;
          break;
        }
        const m = await runProbeOnHost(check.probe, mutant.exports, f.set.cases[k] as never, f.set.caseSeeds[k]);
        const c = m.ok ? compare(m.v, g.v, tol) : null;
        if (!c || c.structural || c.mismatchCount > 0) matches = false;
      }
      if (!matches) break;
    }
    if (matches) return { mutant: mutant.file, label: mutant.label };
  }
  return null;
}
