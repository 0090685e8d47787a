/**
 * A scalar that remembers how it was computed, so that backward() can fill in .grad of every Value
 * it depends on (micrograd-style reverse-mode autodiff).
 *
 *   const x = new Value(3);
 *   const y = x.mul(x).add(x);   // y = x² + x
 *   y.backward();                 // x.grad === 7
 */
export class Value {
  data: number;
  grad = 0;

  constructor(data: number) {
    this.data = data;
  }

  /** this + other (other: a Value or a plain number) */
  add(other: Value | number): Value {
    throw new Error('not implemented: Value.add (exercise 5.2)');
  }

  /** this · other (other: a Value or a plain number) */
  mul(other: Value | number): Value {
    throw new Error('not implemented: Value.mul (exercise 5.2)');
  }

  /** this^k for a plain number k */
  pow(k: number): Value {
    throw new Error('not implemented: Value.pow (exercise 5.2)');
  }

  /** max(0, this) */
  relu(): Value {
    throw new Error('not implemented: Value.relu (exercise 5.2)');
  }

  /** tanh(this) */
  tanh(): Value {
    throw new Error('not implemented: Value.tanh (exercise 5.2)');
  }

  /** e^this */
  exp(): Value {
    throw new Error('not implemented: Value.exp (exercise 5.2)');
  }

  /** set this.grad = 1, then push gradients back through the graph in reverse topological order */
  backward(): void {
    throw new Error('not implemented: Value.backward (exercise 5.2)');
  }
}
