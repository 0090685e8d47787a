/**
 * A scalar autograd engine in the style of micrograd (karpathy/micrograd, engine.py).
 *
 * Every Value remembers the Values it was computed from and a closure `backwardStep` that pushes its
 * own gradient to them with the chain rule: child.grad += local derivative × this.grad. Gradients
 * ACCUMULATE (+=) because a value used twice (a fork in the graph) receives gradient from both uses.
 * `backward()` visits nodes in reverse topological order so a node's gradient is complete before it
 * is passed on. Only add, mul, pow, max, tanh and exp have their own backward rule; neg, sub, div and
 * relu are built from them, so they need none.
 */

type Operand = Value | number;
const lift = (v: Operand): Value => (v instanceof Value ? v : new Value(v));

export class Value {
  data: number;
  grad = 0;
  /** the Values this one was computed from (empty for leaves) */
  readonly parents: Value[];
  /** the operation that produced this value, for drawing the graph ('' for leaves) */
  readonly op: string;
  label: string;
  private backwardStep: () => void = () => {};

  constructor(data: number, parents: Value[] = [], op = '', label = '') {
    this.data = data;
    this.parents = parents;
    this.op = op;
    this.label = label;
  }

  /** a + b: the add gate distributes the upstream gradient unchanged */
  add(other: Operand): Value {
    const o = lift(other);
    const out = new Value(this.data + o.data, [this, o], '+');
    out.backwardStep = () => {
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }

  /** a · b: the mul gate swaps its inputs (each gets upstream × the other input) */
  mul(other: Operand): Value {
    const o = lift(other);
    const out = new Value(this.data * o.data, [this, o], '*');
    out.backwardStep = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }

  /** a^k for a constant exponent k: d/da = k·a^(k−1) */
  pow(k: number): Value {
    const out = new Value(this.data ** k, [this], `^${k}`);
    out.backwardStep = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }

  /** max(a, b): the max gate routes the gradient to the larger input (to a on a tie) */
  max(other: Operand): Value {
    const o = lift(other);
    const aWins = this.data >= o.data;
    const out = new Value(aWins ? this.data : o.data, [this, o], 'max');
    out.backwardStep = () => {
      if (aWins) this.grad += out.grad;
      else o.grad += out.grad;
    };
    return out;
  }

  /** tanh(a): d/da = 1 − tanh(a)² (reuses the output, as a coarse "tanh gate" would) */
  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], 'tanh');
    out.backwardStep = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  /** e^a: its own derivative */
  exp(): Value {
    const e = Math.exp(this.data);
    const out = new Value(e, [this], 'exp');
    out.backwardStep = () => {
      this.grad += e * out.grad;
    };
    return out;
  }

  /* derived operations: built from primitives, so their gradients come for free */
  /** max(0, a), as a max gate against the constant 0 */
  relu(): Value {
    return this.max(0);
  }
  neg(): Value {
    return this.mul(-1);
  }
  sub(other: Operand): Value {
    return this.add(lift(other).neg());
  }
  div(other: Operand): Value {
    return this.mul(lift(other).pow(-1));
  }

  /**
   * Fill .grad of every Value this one depends on with ∂this/∂value. Seeds this.grad = 1 (the output's
   * gradient with respect to itself). Gradients are added to what is already there, as in micrograd:
   * call zeroGrad() first to run backward a second time.
   */
  backward(): void {
    const order = this.topologicalOrder();
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].backwardStep();
  }

  /** set .grad = 0 on this Value and everything it depends on */
  zeroGrad(): void {
    for (const v of this.topologicalOrder()) v.grad = 0;
  }

  /** every Value reachable from this one, each once, parents before children (depth-first post-order) */
  topologicalOrder(): Value[] {
    const order: Value[] = [];
    const seen = new Set<Value>();
    const visit = (v: Value) => {
      if (seen.has(v)) return;
      seen.add(v);
      for (const p of v.parents) visit(p);
      order.push(v);
    };
    visit(this);
    return order;
  }

  toString(): string {
    return `Value(data=${this.data}, grad=${this.grad})`;
  }
}
