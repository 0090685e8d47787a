/**
 * `nnlab new <id> [--section N] [--quiz]`: scaffolds an exercise folder in the contract's format (issue 5).
 * The code scaffold is a complete, tiny exercise (scale a vector) that `nnlab validate` accepts as it is:
 * the author replaces it piece by piece and re-validates after each step.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './limits';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function codeFiles(id: string, section: number): Record<string, string> {
  const meta = {
    title: `TODO title of ${id}`,
    section,
    kind: 'code',
    order: 99,
    summary: 'TODO one line for the course page.',
    entry: ['scale'],
    mutants: [{ file: 'off-by-one', misconception: 'TODO the misconception this wrong solution stands for' }],
    limits: { timeoutMs: DEFAULT_TIMEOUT_MS, memoryMb: DEFAULT_MEMORY_MB },
    tags: [],
  };
  return {
    'exercise.json': JSON.stringify(meta, null, 2) + '\n',
    'statement.md': `# TODO title\n\nWrite \`scale(x, a)\` that returns $a \\cdot x$ for a vector $x$.\n`,
    'types.d.ts': 'type Vec = number[];\n',
    'starter.ts': `/** a · x, entry by entry */\nexport function scale(x: Vec, a: number): Vec {\n  throw new Error('not implemented: scale (exercise ${id})');\n}\n`,
    'reference.ts': `// The reference solution, written as a student would submit it (it may import ../../lib/nn).\nexport function scale(x: number[], a: number): number[] {\n  return x.map((v) => a * v);\n}\n`,
    'mutants/off-by-one.ts': `// A known-wrong solution: every mutant must fail at least one check on every seed.\nexport function scale(x: number[], a: number): number[] {\n  return x.map((v) => (a + 1) * v);\n}\n`,
    'checks.ts': `import { defineChecks } from '../../grader/contract';

export default defineChecks({
  checks: [
    {
      name: 'scale([1, 2, 3], 2) is [2, 4, 6]',
      visibility: 'public',
      points: 1,
      cases: [[[1, 2, 3], 2]],
      probe: (S, args) => S.scale(args[0], args[1]),
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Multiply every entry by a.',
    },
    {
      name: 'random vectors and factors',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => Array.from({ length: 5 }, () => [rng.randnVec(4), rng.normal()]),
      probe: (S, args) => S.scale(args[0], args[1]),
    },
  ],
});
`,
  };
}

function quizFiles(id: string, section: number): Record<string, string> {
  const meta = { title: `TODO title of ${id}`, section, kind: 'quiz', order: 99, summary: 'TODO one line for the course page.', tags: [] };
  return {
    'exercise.json': JSON.stringify(meta, null, 2) + '\n',
    'statement.md': '# TODO title\n\nAnswer the questions below; each student gets their own numbers.\n',
    'quiz.ts': `import { defineQuiz } from '../../grader/contract';

export default defineQuiz({
  generate(rng) {
    const a = rng.int(1, 9);
    return {
      questions: [
        {
          id: 'double',
          kind: 'numeric',
          prompt: \`What is $2 \\\\cdot \${a}$?\`,
          answer: 2 * a,
          tolerance: { abs: 1e-9 },
          explanation: \`$2 \\\\cdot \${a} = \${2 * a}$.\`,
        },
      ],
    };
  },
});
`,
  };
}

export async function scaffoldExercise(exercisesDir: string, argv: string[]): Promise<number> {
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--section');
  const sectionAt = argv.indexOf('--section');
  const section = sectionAt >= 0 ? Number(argv[sectionAt + 1]) : 0;
  const id = positional[0];
  if (positional.length !== 1 || !id || !ID.test(id)) {
    console.error('usage: nnlab new <id> [--section N] [--quiz]   (id: lower-case words joined by dashes, e.g. leaky-relu)');
    return 2;
  }
  if (!Number.isInteger(section) || section < 0 || section > 11) {
    console.error('nnlab new: --section must be an integer from 0 to 11 (see the course outline)');
    return 2;
  }
  const dir = path.join(exercisesDir, id);
  if (await stat(dir).then(() => true, () => false)) {
    console.error(`nnlab new: ${dir} already exists; choose another id`);
    return 2;
  }
  const files = argv.includes('--quiz') ? quizFiles(id, section) : codeFiles(id, section);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  console.log(`created ${path.relative(process.cwd(), dir) || dir}/ (${Object.keys(files).join(', ')})`);
  console.log(`next: edit the files, then run  npm run nnlab -- validate ${id}`);
  return 0;
}
