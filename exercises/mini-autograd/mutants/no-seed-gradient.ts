// backward never sets the output gradient to 1, so every gradient stays 0.
export class Value {
  data: number;
  grad = 0;
  prev: Value[];
  _backward: () => void = () => {};
  constructor(data: number, prev: Value[] = []) {
    this.data = data;
    this.prev = prev;
  }
  add(other: Value | number): Value {
    const o = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data + o.data, [this, o]);
    out._backward = () => {
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }
  mul(other: Value | number): Value {
    const o = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data * o.data, [this, o]);
    out._backward = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }
  pow(k: number): Value {
    const out = new Value(this.data ** k, [this]);
    out._backward = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }
  relu(): Value {
    const out = new Value(this.data > 0 ? this.data : 0, [this]);
    out._backward = () => {
      this.grad += (out.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }
  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = new Value(t, [this]);
    out._backward = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }
  exp(): Value {
    const out = new Value(Math.exp(this.data), [this]);
    out._backward = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }
  backward(): void {
    const topo: Value[] = [];
    const visited = new Set<Value>();
    const build = (v: Value) => {
      if (visited.has(v)) return;
      visited.add(v);
      for (const p of v.prev) build(p);
      topo.push(v);
    };
    build(this);
    for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();
  }
}
