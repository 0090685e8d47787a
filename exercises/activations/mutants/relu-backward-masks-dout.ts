export const sigmoid = (x: number[]) => x.map((v) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v))));
export const tanh = (x: number[]) => x.map(Math.tanh);
export const relu = (x: number[]) => x.map((v) => Math.max(0, v));
export const leakyRelu = (x: number[], alpha = 0.01) => x.map((v) => (v > 0 ? v : alpha * v));
export const sigmoidBackward = (dout: number[], x: number[]) => { const s = sigmoid(x); return dout.map((d, i) => d * s[i] * (1 - s[i])); };
export const tanhBackward = (dout: number[], x: number[]) => dout.map((d, i) => d * (1 - Math.tanh(x[i]) ** 2));
export const reluBackward = (dout: number[], x: number[]) => dout.map((d) => (d > 0 ? d : 0));
export const leakyReluBackward = (dout: number[], x: number[], alpha = 0.01) => dout.map((d, i) => (x[i] > 0 ? d : alpha * d));
