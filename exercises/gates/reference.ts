// The reference solution, written as a student would submit it, built on lib/nn.
export { AddGate, MulGate, MaxGate, CopyGate, circuit } from '../../lib/nn/gates';
