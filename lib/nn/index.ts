/**
 * lib/nn: the reference neural-network library the grader trusts. Pure TypeScript, no dependencies, no I/O.
 *
 * Modules are re-exported as namespaces (several define a `reluBackward` or a `Cache` of their own), so a
 * caller writes `nn.layers.affineForward(...)` or imports a module directly: `from 'lib/nn/softmax'`.
 */
export * as tensor from './tensor';
export * as rng from './rng';
export * as activations from './activations';
export * as softmax from './softmax';
export * as losses from './losses';
export * as svm from './svm';
export * as numgrad from './numgrad';
export * as value from './value';
export * as gates from './gates';
export * as layers from './layers';
export * as mlpForward from './mlp-forward';
export * as clip from './clip';
export * as optim from './optim';
export * as init from './init';
export * as batchnorm from './batchnorm';
export * as dropout from './dropout';
export * as regularization from './regularization';
export * as search from './search';
export * as mlp from './mlp';
