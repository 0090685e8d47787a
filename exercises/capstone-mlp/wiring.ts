/**
 * The part of the capstone that wires pieces into a network: the loss of the assembled 2-layer net,
 * the training loop and the prediction. It takes the pieces as a parameter so that the reference and
 * each mutant (a known-wrong solution that swaps ONE piece) share the same wiring; a student writes
 * these three functions directly in their module, calling their own pieces.
 */
type Mat = number[][];
type Vec = number[];

export interface Model {
  W1: Mat; // D×H
  b1: Vec; // H
  W2: Mat; // H×C
  b2: Vec; // C
}
export interface AdamState {
  m: Vec;
  v: Vec;
  t: number;
}
export interface TrainOptions {
  hidden: number;
  steps: number;
  lr: number;
  /** examples per step; the full batch when it is ≥ N */
  batchSize: number;
  /** L2 strength λ (loss + ½λΣW², gradient + λW) on W1 and W2 */
  reg: number;
}
export interface Pieces {
  affineForward(x: Mat, W: Mat, b: Vec): { out: Mat; cache: any };
  affineBackward(dout: Mat, cache: any): { dx: Mat; dW: Mat; db: Vec };
  reluForward(x: Mat): { out: Mat; cache: any };
  reluBackward(dout: Mat, cache: any): Mat;
  softmaxCE(Z: Mat, y: number[]): { loss: number; dZ: Mat };
  adamStep(w: Vec, g: Vec, state: AdamState, lr?: number, beta1?: number, beta2?: number, eps?: number): Vec;
}

/** N(0, 1) from Math.random (Box–Muller); the grader seeds Math.random per attempt */
function randn(): number {
  const u = 1 - Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * Math.random());
}
const flat = (M: Mat): Vec => ([] as Vec).concat(...M);
const unflat = (v: Vec, cols: number): Mat => Array.from({ length: v.length / cols }, (_, i) => v.slice(i * cols, (i + 1) * cols));

type LossFn = (model: Model, X: Mat, y: number[], reg?: number) => { loss: number; grads: Model };

/** `loss` replaces the assembled loss inside train (a mutant whose bug sits in the loss itself) */
export function wire(p: Pieces, override: { loss?: LossFn } = {}) {
  /** He initialisation (std √(2/fanIn), right for ReLU layers) and zero biases */
  function initModel(D: number, H: number, C: number): Model {
    const he = (fanIn: number, fanOut: number) => Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => randn() * Math.sqrt(2 / fanIn)));
    return { W1: he(D, H), b1: new Array(H).fill(0), W2: he(H, C), b2: new Array(C).fill(0) };
  }

  /** scores = relu(X·W1 + b1)·W2 + b2; loss = mean CE + ½λ(ΣW1² + ΣW2²); grads by backprop through the same pieces */
  function lossAndGrads(model: Model, X: Mat, y: number[], reg = 0): { loss: number; grads: Model } {
    const a1 = p.affineForward(X, model.W1, model.b1);
    const h = p.reluForward(a1.out);
    const a2 = p.affineForward(h.out, model.W2, model.b2);
    const ce = p.softmaxCE(a2.out, y);
    const sq = (W: Mat) => W.reduce((s, row) => s + row.reduce((t, w) => t + w * w, 0), 0);
    const loss = ce.loss + 0.5 * reg * (sq(model.W1) + sq(model.W2));
    const g2 = p.affineBackward(ce.dZ, a2.cache);
    const g1 = p.affineBackward(p.reluBackward(g2.dx, h.cache), a1.cache);
    const addReg = (dW: Mat, W: Mat) => dW.map((row, i) => row.map((d, j) => d + reg * W[i][j]));
    return { loss, grads: { W1: addReg(g1.dW, model.W1), b1: g1.db, W2: addReg(g2.dW, model.W2), b2: g2.db } };
  }

  /** Adam on each parameter (one state per parameter), mini-batches drawn without replacement per epoch */
  function train(X: Mat, y: number[], opts: TrainOptions): { model: Model; losses: number[] } {
    const N = X.length, D = X[0].length, C = Math.max(...y) + 1;
    const model = initModel(D, opts.hidden, C);
    const keys = ['W1', 'b1', 'W2', 'b2'] as const;
    const states = keys.map((k) => {
      const n = k.startsWith('W') ? flat(model[k] as Mat).length : (model[k] as Vec).length;
      return { m: new Array(n).fill(0), v: new Array(n).fill(0), t: 0 };
    });
    const B = Math.min(opts.batchSize, N);
    let order = Array.from({ length: N }, (_, i) => i);
    let pos = N;
    const losses: number[] = [];
    for (let step = 0; step < opts.steps; step++) {
      if (pos + B > N) {
        // a new epoch: reshuffle (Fisher–Yates)
        for (let i = N - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        pos = 0;
      }
      const idx = order.slice(pos, pos + B);
      pos += B;
      const { loss, grads } = (override.loss ?? lossAndGrads)(model, idx.map((i) => X[i]), idx.map((i) => y[i]), opts.reg);
      losses.push(loss);
      keys.forEach((k, n) => {
        if (k === 'W1' || k === 'W2') {
          const cols = model[k][0].length;
          model[k] = unflat(p.adamStep(flat(model[k]), flat(grads[k]), states[n], opts.lr), cols);
        } else model[k] = p.adamStep(model[k], grads[k], states[n], opts.lr);
      });
    }
    return { model, losses };
  }

  /** the class with the highest score for each row of X */
  function predict(model: Model, X: Mat): number[] {
    const h = p.reluForward(p.affineForward(X, model.W1, model.b1).out);
    return p.affineForward(h.out, model.W2, model.b2).out.map((s) => s.indexOf(Math.max(...s)));
  }

  return { initModel, lossAndGrads, train, predict };
}
