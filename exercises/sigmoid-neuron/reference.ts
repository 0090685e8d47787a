// The reference solution, written as a student would submit it, built on lib/nn:
// the staged version lets lib/nn's autograd Value run the primitive gates; the fused one uses the σ gate.
import { sigmoidNeuron } from '../../lib/nn/gates';
import { Value } from '../../lib/nn/value';

export function neuronStaged(w: number[], x: number[]) {
  const W = w.map((v) => new Value(v));
  const X = x.map((v) => new Value(v));
  const a = W[0].mul(X[0]).add(W[1].mul(X[1])).add(W[2]);
  const f = a.neg().exp().add(1).pow(-1); // 1 / (1 + e^{−a}), one primitive gate at a time
  f.backward();
  return { f: f.data, dw: W.map((v) => v.grad), dx: X.map((v) => v.grad) };
}

export function neuronFused(w: number[], x: number[]) {
  return sigmoidNeuron(w, x);
}
