type Act = 'sigmoid' | 'tanh' | 'relu' | 'leaky';

/**
 * For the net h_l = act(h_{l−1}·W_l) (l = 1..L, no biases, h_0 = X) and the upstream gradient
 * dL/dh_L = G, return [‖dL/dW_1‖, …, ‖dL/dW_L‖] (Frobenius norms, first layer first).
 * Leaky ReLU has slope 0.01 for negative inputs.
 */
export function backpropNorms(act: Act, Ws: Mat[], X: Mat, G: Mat): number[] {
  throw new Error('not implemented: backpropNorms (exercise 6.2)');
}

/**
 * The experiment: draw X (N×width) and G (N×width) from N(0, 1), each W_l (width×width) from
 * N(0, initStd²), using randn() for standard normal numbers; return backpropNorms(...).
 */
export function layerGradNorms(act: Act, initStd: number, depth = 10, width = 50, N = 16, randn: () => number = Math.random): number[] {
  throw new Error('not implemented: layerGradNorms (exercise 6.2)');
}
