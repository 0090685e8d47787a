// The reference solution, written as a student would submit it, built on lib/nn.
export { affineForward, affineBackward, reluForward, reluBackward } from '../../lib/nn/layers';
