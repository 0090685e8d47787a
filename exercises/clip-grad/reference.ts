// The reference solution, written as a student would submit it, built on lib/nn.
export { clipByGlobalNorm, clipByValue } from '../../lib/nn/clip';
