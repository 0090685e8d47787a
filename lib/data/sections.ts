/** The lecture's sections, 0–11 (../shared/course/OUTLINE.md); index = section number. */
export const SECTION_TITLES: readonly string[] = [
  'Images as vectors',
  'Multilayer perceptrons',
  'Activation functions',
  'Softmax, cross-entropy, entropy and KL',
  'Cross-entropy vs. multiclass SVM loss',
  'Computational graphs and backpropagation',
  'Vanishing and exploding gradients',
  'Momentum and adaptive optimizers',
  'Weight initialization',
  'Batch normalization',
  'Overfitting, L2 and dropout',
  'Hyperparameter search',
];
