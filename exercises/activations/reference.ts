// The reference, built on lib/nn's scalar activations.
import * as act from '../../lib/nn/activations';

export const sigmoid = (x: number[]): number[] => x.map(act.sigmoid);
export const tanh = (x: number[]): number[] => x.map(act.tanh);
export const relu = (x: number[]): number[] => x.map(act.relu);
export const leakyRelu = (x: number[], alpha = 0.01): number[] => x.map((v) => act.leakyRelu(v, alpha));

export const sigmoidBackward = (dout: number[], x: number[]): number[] => act.sigmoidBackward(dout, x);
export const tanhBackward = (dout: number[], x: number[]): number[] => act.tanhBackward(dout, x);
export const reluBackward = (dout: number[], x: number[]): number[] => act.reluBackward(dout, x);
export const leakyReluBackward = (dout: number[], x: number[], alpha = 0.01): number[] => act.leakyReluBackward(dout, x, alpha);
