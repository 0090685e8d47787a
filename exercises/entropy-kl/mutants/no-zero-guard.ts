export const entropy = (p: number[]) => -p.reduce((s, v) => s + v * Math.log(v), 0);
export const crossEntropy = (p: number[], q: number[]) => -p.reduce((s, v, i) => s + v * Math.log(q[i]), 0);
export const kl = (p: number[], q: number[]) => p.reduce((s, v, i) => s + v * Math.log(v / q[i]), 0);
