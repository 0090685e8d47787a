/** The twelve sections of the lecture (OUTLINE.md): a title and one paragraph that says what the figures show. */
export interface SectionInfo {
  title: string;
  intro: string;
}

export const SECTIONS: SectionInfo[] = [
  { title: 'Pixel representation', intro: 'A network does not see an image, it sees a vector of numbers. Here is one of the 8×8 handwritten digits the capstone trains on, and the 64 numbers it becomes (one grey value per pixel; an RGB image has three per pixel, interleaved r, g, b).' },
  { title: 'The multilayer perceptron', intro: 'A linear classifier can only cut the plane with straight lines. On the spiral below no straight cut works; one hidden layer of ReLU units bends the boundary around the arms.' },
  { title: 'Activation functions', intro: 'Sigmoid squashes into (0, 1), tanh into (−1, 1) and is zero-centred, ReLU passes positives and blocks negatives, leaky ReLU lets a small slope through for negative inputs.' },
  { title: 'Softmax, entropy and cross-entropy', intro: 'Entropy measures uncertainty: 0 for a certain outcome, maximal for a uniform distribution (1 bit for a fair coin). Cross-entropy with a one-hot truth is the training loss.' },
  { title: 'Cross-entropy vs hinge loss', intro: 'With two classes, let the correct score lead the other by a margin m. The hinge (SVM) loss is satisfied at m = 1 and stops pushing; cross-entropy keeps pushing, ever more gently.' },
  { title: 'Computational graphs and backpropagation', intro: 'Backpropagation multiplies local gradients along the graph. Each sigmoid contributes at most 0.25, so the gradient reaching the first of n sigmoid layers is at most 0.25ⁿ.' },
  { title: 'Activation functions again: saturation and vanishing gradients', intro: 'Where sigmoid and tanh flatten out, their derivatives vanish; ReLU’s derivative is exactly 1 for every positive input, and leaky ReLU keeps a small slope on the other side.' },
  { title: 'Momentum and adaptive gradients', intro: 'On an ill-conditioned bowl (25× steeper in one direction) plain SGD zig-zags across the steep direction and crawls along the flat one. Momentum builds speed along the valley; AdaGrad, RMSProp and Adam rescale each coordinate.' },
  { title: 'Weight initialisation', intro: 'Push random inputs through 10 layers and look at the spread of each layer’s activations. Small weights make them collapse to 0, large ones saturate tanh at ±1 or explode ReLU; Xavier (1/N) suits tanh and He (2/N) suits ReLU.' },
  { title: 'Batch normalisation', intro: 'Batch norm subtracts the batch mean and divides by the batch standard deviation of each feature (then scales by γ and shifts by β): whatever the input’s location and scale, the output is centred with unit variance.' },
  { title: 'Overfitting, L2 and dropout', intro: 'A 2-layer net with 100 hidden units on only 60 noisy points: its training loss keeps falling while the loss on fresh points turns up, which is the moment to stop (or to regularise).' },
  { title: 'Hyperparameter search', intro: 'A learning rate between 10⁻⁶ and 1 drawn uniformly almost always lands in the top decade; drawn log-uniformly, every decade gets its share of the trials.' },
];
