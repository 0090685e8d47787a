/** A vector of numbers: one score per class. */
type Vec = number[];
/** A matrix stored as rows: Mat[i][j] is row i, column j. */
type Mat = number[][];
/** The 2-layer net's parameters: W1 is D×H, b1 has H entries, W2 is H×C, b2 has C entries. */
type Model = { W1: Mat; b1: Vec; W2: Mat; b2: Vec };
/** Adam's state for ONE parameter (flattened): first and second moments and the step count. */
type AdamState = { m: Vec; v: Vec; t: number };
/** How the checks call train(): hidden units, Adam steps, learning rate, examples per step, L2 strength. */
type TrainOptions = { hidden: number; steps: number; lr: number; batchSize: number; reg: number };
