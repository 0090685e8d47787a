import { defineChecks, type JudgeInput, type JudgeOutcome } from '../../grader/contract';
import { gradError, relError } from '../../lib/nn/numgrad';
import type { Rng } from '../../lib/nn/rng';

type Op = [string, number, number];

/** one op on plain numbers, as the Value graph computes it */
function applyOp(name: string, a: number, b: number): number {
  return name === 'add' ? a + b : name === 'mul' ? a * b : name === 'tanh' ? Math.tanh(a) : name === 'relu' ? Math.max(0, a)
    : name === 'pow2' ? a * a : name === 'pow3' ? a * a * a : Math.exp(a);
}

/** every node's value on plain numbers: the leaves, then one per op */
function evalNodes(leaves: number[], ops: Op[]): number[] {
  const vals = leaves.slice();
  for (const [name, i, j] of ops) vals.push(applyOp(name, vals[i], vals[j]));
  return vals;
}

/** the output: the last node plus the sum of everything else (so every node matters) */
const evalOut = (leaves: number[], ops: Op[]) => evalNodes(leaves, ops).reduce((s, v) => s + v, 0);

/**
 * A random expression graph: leaves, then ops that each read one or two EARLIER nodes (chosen at
 * random, so nodes are reused: forks and diamonds). Evaluated here on plain numbers to reject graphs
 * that blow up or sit within 1e-3 of a relu kink, and to take the centered differences of the output
 * with respect to each leaf (h = 1e-5) once, on the host: the probe then builds the student's graph
 * once instead of 2 × 3 more times per graph, in the sandbox and again for the reference. A
 * submission reaches that comparison only after its forward value matched the reference to 1e-9,
 * i.e. when its forward computes this same expression.
 */
function randomGraph(rng: Rng): { leaves: number[]; ops: Op[]; num: number[] } {
  for (;;) {
    const leaves = rng.randnVec(3).map((v) => Math.round(v * 100) / 100);
    const ops: Op[] = [];
    let ok = true;
    for (let k = 0; k < 8; k++) {
      const name = rng.pick(['add', 'mul', 'mul', 'tanh', 'relu', 'pow2', 'pow3', 'exp']);
      const i = rng.int(0, leaves.length + k - 1);
      const j = rng.int(0, leaves.length + k - 1);
      ops.push([name, i, j]);
    }
    const vals = evalNodes(leaves, ops);
    for (const [name, i] of ops) if (name === 'relu' && Math.abs(vals[i]) < 1e-3) ok = false;
    const out = vals.reduce((s, v) => s + v, 0);
    if (ok && vals.every((v) => Math.abs(v) < 50) && Math.abs(out) < 500) {
      const h = 1e-5;
      const num = leaves.map((v, i) => {
        const plus = leaves.slice();
        const minus = leaves.slice();
        plus[i] = v + h;
        minus[i] = v - h;
        return (evalOut(plus, ops) - evalOut(minus, ops)) / (2 * h);
      });
      return { leaves, ops, num };
    }
  }
}

/** forward value vs the reference, then leaf gradients vs the centered differences of that forward (args.num) and vs the reference */
function leafGradJudge({ got, expected, args }: JudgeInput): JudgeOutcome {
  const g = got as { out?: number; grads?: number[] } | null;
  const e = expected as { out: number; grads: number[] };
  const num = (args as { num: number[] }).num;
  if (!g || !Array.isArray(g.grads)) return { passed: false, message: 'the probe could not read .grad of the leaves' };
  const fwd = relError(g.out ?? NaN, e.out);
  if (!(fwd < 1e-9)) return { passed: false, relError: fwd, message: `the forward value is ${g.out}, expected ${e.out}` };
  const vsNum = gradError(g.grads, num);
  if (!(vsNum < 1e-6)) return { passed: false, relError: vsNum, message: `leaf gradients differ from the numerical gradient of the graph's output, whose value your forward pass computes correctly (relative error ${vsNum.toExponential(2)})` };
  const vsRef = gradError(g.grads, e.grads);
  if (!(vsRef < 1e-9)) return { passed: false, relError: vsRef, message: `leaf gradients differ from the reference (relative error ${vsRef.toExponential(2)})` };
  return { passed: true, relError: Math.max(vsNum, vsRef) };
}

export default defineChecks({
  checks: [
    {
      name: 'y = x·x + x at x = 3: y = 12 and x.grad = 7 (gradients add up at a fork)',
      visibility: 'public',
      points: 2,
      cases: [[3]],
      probe: (S, a) => {
        const x = new S.Value(a[0]);
        const y = x.mul(x).add(x);
        y.backward();
        return { y: y.data, dx: x.grad, dy: y.grad };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Use += in every backward step: x is used three times and each use contributes.',
    },
    {
      name: "micrograd's sanity check: y = −20 and dy/dx = 46 at x = −4",
      visibility: 'public',
      points: 2,
      cases: [[-4]],
      probe: (S, a) => {
        const x = new S.Value(a[0]);
        const z = x.mul(2).add(2).add(x);
        const q = z.relu().add(z.mul(x));
        const h = z.mul(z).relu();
        const y = h.add(q).add(q.mul(x));
        y.backward();
        return { y: y.data, dx: x.grad };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'z, q are used several times: the graph has forks. Visit nodes in reverse topological order, each exactly once.',
    },
    {
      name: 'each op alone: value and gradient of add, mul, pow, relu, tanh, exp at −1, 0.123 and 2',
      visibility: 'public',
      points: 2,
      cases: [[-1], [0.123], [2]],
      probe: (S, a) => {
        const out: Record<string, number[]> = {};
        const ops: Record<string, (v: any) => any> = {
          add: (v) => v.add(1.5),
          mul: (v) => v.mul(-2.5),
          pow3: (v) => v.pow(3),
          powNeg2: (v) => v.pow(-2),
          relu: (v) => v.relu(),
          tanh: (v) => v.tanh(),
          exp: (v) => v.exp(),
        };
        for (const k of Object.keys(ops)) {
          const x = new S.Value(a[0]);
          const y = ops[k](x);
          y.backward();
          out[k] = [y.data, x.grad];
        }
        return out;
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Local derivatives: add 1, mul the other operand, pow k·a^(k−1), relu 1 if a > 0, tanh 1 − t², exp e^a.',
    },
    {
      name: "micrograd's test_more_ops: g = 24.70408163265306, dg/da = 138.8338…, dg/db = 645.5772…",
      visibility: 'hidden',
      points: 2,
      cases: [[-4, 2]],
      probe: (S, args) => {
        const a = new S.Value(args[0]);
        const b = new S.Value(args[1]);
        const neg = (v: any) => v.mul(-1);
        let c = a.add(b);
        let d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(new S.Value(1).add(c).add(neg(a)));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(d.mul(3).add(b.add(neg(a)).relu()));
        const e = c.add(neg(d));
        const f = e.pow(2);
        let g = f.mul(0.5);
        g = g.add(f.pow(-1).mul(10));
        g.backward();
        return { g: g.data, da: a.grad, db: b.grad };
      },
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'a diamond: d = (2a)·(a + 1) gives dd/da = 4a + 2',
      visibility: 'hidden',
      points: 1,
      cases: [[1.5], [-0.7]],
      probe: (S, args) => {
        const a = new S.Value(args[0]);
        const d = a.mul(2).mul(a.add(1));
        d.backward();
        return { d: d.data, da: a.grad };
      },
      judge: { kind: 'close', tol: 'forward' },
      hint: 'Every node must be processed once, after all nodes that use it have passed their gradient back.',
    },
    {
      name: 'random expression graphs with shared nodes: leaf gradients match centered differences and the reference',
      visibility: 'hidden',
      points: 3,
      cases: (rng) => Array.from({ length: 6 }, () => randomGraph(rng)),
      probe: (S, args) => {
        const build = (leafNodes: any[]) => {
          const nodes = leafNodes.slice();
          for (const [name, i, j] of args.ops as [string, number, number][]) {
            const a = nodes[i];
            const b = nodes[j];
            nodes.push(
              name === 'add' ? a.add(b) : name === 'mul' ? a.mul(b) : name === 'tanh' ? a.tanh() : name === 'relu' ? a.relu()
                : name === 'pow2' ? a.pow(2) : name === 'pow3' ? a.pow(3) : a.exp(),
            );
          }
          let out = nodes[nodes.length - 1];
          for (let k = 0; k < nodes.length - 1; k++) out = out.add(nodes[k]);
          return out;
        };
        const leaves = (args.leaves as number[]).map((v) => new S.Value(v));
        const out = build(leaves);
        out.backward();
        // the centered differences (args.num) were taken on the host, where the cases are drawn
        return { out: out.data, grads: leaves.map((l: any) => l.grad) };
      },
      judge: { kind: 'custom', fn: leafGradJudge },
    },
    {
      name: 'plain numbers work as operands of add and mul',
      visibility: 'hidden',
      points: 1,
      cases: [[0.8]],
      probe: (S, args) => {
        const x = new S.Value(args[0]);
        const y = x.mul(3).add(-1).mul(x);
        y.backward();
        return { y: y.data, dx: x.grad };
      },
      judge: { kind: 'close', tol: 'forward' },
    },
    {
      name: 'a value that does not influence the output keeps grad 0; the output gets grad 1',
      visibility: 'hidden',
      points: 1,
      cases: [[-2, 5]],
      probe: (S, args) => {
        const a = new S.Value(args[0]);
        const b = new S.Value(args[1]);
        const y = a.relu().mul(b).add(b); // relu(−2) = 0: a's gradient is blocked
        y.backward();
        return { y: y.data, da: a.grad, db: b.grad, dy: y.grad };
      },
      judge: { kind: 'close', tol: 'forward' },
    },
  ],
});
