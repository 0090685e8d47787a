/**
 * The gates of a computational graph (CS231n optimization-2 notes), each with its forward and its
 * backward side by side. A gate remembers what its backward needs during forward (its inputs, or
 * its output for σ); backward receives the upstream gradient dout and returns one gradient per input:
 * upstream × local.
 */
import { sigmoid } from './activations';

/** add: out = x + y. Local derivatives are 1, so the gradient is distributed unchanged. */
export class AddGate {
  forward(x: number, y: number): number {
    return x + y;
  }
  backward(dout: number): [number, number] {
    return [dout, dout];
  }
}

/** mul: out = x·y. ∂out/∂x = y and ∂out/∂y = x: the gate "swaps" its inputs, so it must keep them. */
export class MulGate {
  private x = 0;
  private y = 0;
  forward(x: number, y: number): number {
    this.x = x;
    this.y = y;
    return x * y;
  }
  backward(dout: number): [number, number] {
    return [this.y * dout, this.x * dout];
  }
}

/** max: out = max(x, y). The gradient is routed to the input that won; the other gets 0 (ties: x). */
export class MaxGate {
  private xWins = true;
  forward(x: number, y: number): number {
    this.xWins = x >= y;
    return this.xWins ? x : y;
  }
  backward(dout: number): [number, number] {
    return this.xWins ? [dout, 0] : [0, dout];
  }
}

/** copy (fan-out): one value used twice. Its backward SUMS the gradients coming back from both uses. */
export class CopyGate {
  forward(x: number): [number, number] {
    return [x, x];
  }
  backward(dout1: number, dout2: number): number {
    return dout1 + dout2;
  }
}

/** a whole sigmoid as one coarse gate: dσ/da = σ(a)(1 − σ(a)), computed from the stored output */
export class SigmoidGate {
  private out = 0;
  forward(a: number): number {
    this.out = sigmoid(a);
    return this.out;
  }
  backward(dout: number): number {
    return this.out * (1 - this.out) * dout;
  }
}

/**
 * The lecture's circuit f = 2·(x·y + max(z, w)), computed gate by gate. At (3, −4, 2, −1):
 * f = −20, ∂f/∂x = −8, ∂f/∂y = 6, ∂f/∂z = 2, ∂f/∂w = 0.
 */
export function circuit(x: number, y: number, z: number, w: number) {
  const mul = new MulGate();
  const max = new MaxGate();
  const add = new AddGate();
  const times2 = new MulGate();
  const xy = mul.forward(x, y);
  const m = max.forward(z, w);
  const s = add.forward(xy, m);
  const f = times2.forward(s, 2);
  const [ds] = times2.backward(1);
  const [dxy, dm] = add.backward(ds);
  const [dx, dy] = mul.backward(dxy);
  const [dz, dw] = max.backward(dm);
  return { f, dx, dy, dz, dw };
}

/**
 * A 2-input sigmoid neuron f = σ(w0·x0 + w1·x1 + w2) with the whole σ as one gate (CS231n's example:
 * w = [2, −3, −3], x = [−1, −2] gives f = 0.73, dx = [0.39, −0.59], dw = [−0.20, −0.39, 0.20]).
 */
export function sigmoidNeuron(w: number[], x: number[]): { f: number; dw: number[]; dx: number[] } {
  const gate = new SigmoidGate();
  const f = gate.forward(w[0] * x[0] + w[1] * x[1] + w[2]);
  const da = gate.backward(1);
  return { f, dw: [x[0] * da, x[1] * da, da], dx: [w[0] * da, w[1] * da] };
}
