// The reference, built on lib/nn's information measures.
export { entropy, crossEntropy, kl } from '../../lib/nn/losses';
