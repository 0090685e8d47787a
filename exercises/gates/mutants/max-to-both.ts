// The max gate sends the upstream gradient to both inputs.
export class AddGate {
  forward(x: number, y: number) {
    return x + y;
  }
  backward(dout: number): [number, number] {
    return [dout, dout];
  }
}
export class MulGate {
  x = 0;
  y = 0;
  forward(x: number, y: number) {
    this.x = x;
    this.y = y;
    return x * y;
  }
  backward(dout: number): [number, number] {
    return [this.y * dout, this.x * dout];
  }
}
export class MaxGate {
  x = 0;
  y = 0;
  forward(x: number, y: number) {
    this.x = x;
    this.y = y;
    return Math.max(x, y);
  }
  backward(dout: number): [number, number] {
    return [dout, dout];
  }
}
export class CopyGate {
  forward(x: number): [number, number] {
    return [x, x];
  }
  backward(dout1: number, dout2: number) {
    return dout1 + dout2;
  }
}
export function circuit(x: number, y: number, z: number, w: number) {
  const mul = new MulGate();
  const max = new MaxGate();
  const add = new AddGate();
  const xy = mul.forward(x, y);
  const m = max.forward(z, w);
  const s = add.forward(xy, m);
  const f = 2 * s;
  const ds = 2;
  const [dxy, dm] = add.backward(ds);
  const [dx, dy] = mul.backward(dxy);
  const [dz, dw] = max.backward(dm);
  return { f, dx, dy, dz, dw };
}
