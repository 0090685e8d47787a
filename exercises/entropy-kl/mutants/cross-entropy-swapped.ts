export const entropy = (p: number[]) => p.reduce((s, v) => (v > 0 ? s - v * Math.log(v) : s), 0);
export const crossEntropy = (p: number[], q: number[]) => q.reduce((s, v, i) => (v > 0 ? s - v * Math.log(p[i]) : s), 0);
export const kl = (p: number[], q: number[]) => p.reduce((s, v, i) => (v > 0 ? s + v * Math.log(v / q[i]) : s), 0);
