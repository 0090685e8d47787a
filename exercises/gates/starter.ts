/** add gate: out = x + y. backward(dout) returns [dx, dy]. */
export class AddGate {
  forward(x: number, y: number): number {
    throw new Error('not implemented: AddGate.forward (exercise 5.1)');
  }
  backward(dout: number): [number, number] {
    throw new Error('not implemented: AddGate.backward (exercise 5.1)');
  }
}

/** mul gate: out = x · y. Remember what backward will need. backward(dout) returns [dx, dy]. */
export class MulGate {
  forward(x: number, y: number): number {
    throw new Error('not implemented: MulGate.forward (exercise 5.1)');
  }
  backward(dout: number): [number, number] {
    throw new Error('not implemented: MulGate.backward (exercise 5.1)');
  }
}

/** max gate: out = max(x, y). backward(dout) returns [dx, dy]. */
export class MaxGate {
  forward(x: number, y: number): number {
    throw new Error('not implemented: MaxGate.forward (exercise 5.1)');
  }
  backward(dout: number): [number, number] {
    throw new Error('not implemented: MaxGate.backward (exercise 5.1)');
  }
}

/** copy (fan-out) gate: forward(x) returns [x, x]; backward(dout1, dout2) returns dx. */
export class CopyGate {
  forward(x: number): [number, number] {
    throw new Error('not implemented: CopyGate.forward (exercise 5.1)');
  }
  backward(dout1: number, dout2: number): number {
    throw new Error('not implemented: CopyGate.backward (exercise 5.1)');
  }
}

/**
 * f = 2·(x·y + max(z, w)), forward and backward, built from the gates above.
 * circuit(3, -4, 2, -1) → { f: -20, dx: -8, dy: 6, dz: 2, dw: 0 }
 */
export function circuit(x: number, y: number, z: number, w: number): { f: number; dx: number; dy: number; dz: number; dw: number } {
  throw new Error('not implemented: circuit (exercise 5.1)');
}
