/**
 * The CS231n spiral (neural-networks-case-study): K arms of N points each in 2-D. Point i of arm k sits
 * at radius r = i/(N−1) and angle t = 4k + 4·r + noise·N(0, 1), so the arms wind around each other and
 * no straight line separates them: a linear classifier gets about 50 %, a small MLP nearly 100 %.
 */
import { createRng } from '../nn/rng';

export interface Points2D {
  X: number[][];
  y: number[];
}

export function spiral(seed: number, perClass = 100, classes = 3, noise = 0.2): Points2D {
  const rng = createRng(seed);
  const X: number[][] = [];
  const y: number[] = [];
  for (let k = 0; k < classes; k++)
    for (let i = 0; i < perClass; i++) {
      const r = perClass === 1 ? 0 : i / (perClass - 1);
      // 4 radians between arms for K = 3 (as in CS231n); scaled so that K arms always share the circle
      const t = (k * 4 * 3) / classes + 4 * r + noise * rng.normal();
      X.push([r * Math.sin(t), r * Math.cos(t)]);
      y.push(k);
    }
  return { X, y };
}
