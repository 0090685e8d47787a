import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A size budget you can see (tinygrad's line-count CI step): README.md's "Size budget" table names a line
 * budget for lib/nn and grader/. Code lines are counted without blank lines and comments. Growing past the
 * budget fails this test until the budget is raised on purpose, in the README, with a reason in the commit.
 */
const ROOT = path.resolve(__dirname, '..');

function codeLines(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) n += codeLines(p);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      n += readFileSync(p, 'utf8')
        .split('\n')
        .filter((l) => !/^\s*$/.test(l) && !/^\s*(\/\/|\*|\/\*)/.test(l)).length;
    }
  }
  return n;
}

function budgets(): Map<string, number> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Size budget$/m)[1] ?? '';
  const rows = [...section.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([\d,]+)\s*\|/gm)];
  return new Map(rows.map((r) => [r[1].replace(/\/$/, ''), Number(r[2].replace(/,/g, ''))]));
}

describe('size budget', () => {
  const table = budgets();
  it('README.md has a budget for lib/nn and grader', () => {
    expect([...table.keys()].sort()).toEqual(['grader', 'lib/nn']);
  });
  it.each([...table])('%s stays within its budget of %i code lines', (dir, budget) => {
    expect(codeLines(path.join(ROOT, dir))).toBeLessThanOrEqual(budget);
  });
});
