// The reference solution: the pieces come from lib/nn (the same ones the earlier exercises teach),
// wired into a 2-layer network by wiring.ts (a student writes that wiring in this same file).
import { affineForward, affineBackward, reluForward, reluBackward } from '../../lib/nn/layers';
import { softmaxCrossEntropy } from '../../lib/nn/losses';
import { adamStep } from '../../lib/nn/optim';
import { wire } from './wiring';

export { affineForward, affineBackward, reluForward, reluBackward, adamStep };
export const softmaxCE = softmaxCrossEntropy;
export const { initModel, lossAndGrads, train, predict } = wire({ affineForward, affineBackward, reluForward, reluBackward, softmaxCE, adamStep });
