export function dropoutForward(x: number[], keepProb: number, mode: 'train' | 'test', mask?: number[]) {
  if (mode === 'test') return { out: x.slice(), cache: { mask: x.map(() => 1), keepProb: 1 } };
  const m = mask ?? x.map(() => (Math.random() < keepProb ? 1 : 0));
  return { out: x.map((v, i) => (v * m[i]) / keepProb), cache: { mask: m, keepProb } };
}

export function dropoutBackward(dout: number[], cache: { mask: number[]; keepProb: number }): number[] {
  return dout.map((d) => (Math.random() < cache.keepProb ? d / cache.keepProb : 0));
}
