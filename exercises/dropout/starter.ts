/**
 * Inverted dropout. Train: keep unit i with probability keepProb (use `mask` when given, else
 * Math.random() < keepProb) and output x_i·m_i/keepProb. Test: return a copy of x.
 * Example: x = [1,2,3,4,5], keepProb 0.8, mask [1,0,1,1,0] → [1.25, 0, 3.75, 5, 0].
 */
export function dropoutForward(x: Vec, keepProb: number, mode: 'train' | 'test', mask?: Vec): { out: Vec; cache: unknown } {
  throw new Error('not implemented: dropoutForward (exercise 10.2)');
}

/** dx_i = dout_i · m_i / keepProb, with the mask of the forward pass (from the cache). */
export function dropoutBackward(dout: Vec, cache: any): Vec {
  throw new Error('not implemented: dropoutBackward (exercise 10.2)');
}
