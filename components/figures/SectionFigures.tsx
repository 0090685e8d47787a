/**
 * The figures of one section (server component): computes the data with lib/figures (lib/nn, fixed
 * seeds, memoised per process) and hands plain JSON to the recharts client components.
 */
import * as F from '@/lib/figures/data';
import { BarFigure } from './BarFigure';
import { DigitImage } from './DigitImage';
import { Figure } from './Figure';
import { LineFigure } from './LineFigure';
import { COLORS, REGION_COLORS } from './palette';
import { ScatterFigure, type PointGroup } from './ScatterFigure';
import css from './figures.module.css';

const CLASS_NAMES = ['class 0', 'class 1', 'class 2'];
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function boundaryGroups(b: F.Boundary, which: 'linear' | 'mlp'): PointGroup[] {
  const regions = CLASS_NAMES.map((name, c) => ({ name: `${name} region`, color: REGION_COLORS[c], points: b[which].grid.filter((p) => p.c === c), shape: 'square' as const, size: 9, legend: false }));
  const points = CLASS_NAMES.map((name, c) => ({ name, color: COLORS[c], points: b.points.filter((p) => p.c === c), size: 6 }));
  return [...regions, ...points];
}

function ActivationFigures({ derivatives }: { derivatives: 'both' | 'only' }) {
  const data = F.activationCurves();
  const fns = (
    <Figure title="Activation functions" caption="sigmoid ∈ (0, 1), tanh ∈ (−1, 1) and zero-centred, ReLU = max(0, x), leaky ReLU with slope 0.1 for x < 0 (0.01 in the course; 0.1 makes it visible).">
      <LineFigure data={data} xKey="x" xLabel="x" yLabel="f(x)" yDomain={[-1.5, 3]} series={[{ key: 'sigmoid', name: 'sigmoid' }, { key: 'tanh', name: 'tanh' }, { key: 'relu', name: 'ReLU' }, { key: 'leaky', name: 'leaky ReLU', dashed: true }]} />
    </Figure>
  );
  const ders = (
    <Figure title="Their derivatives" caption="σ′ peaks at 0.25 at x = 0 and tanh′ at 1; both vanish for |x| ≳ 5 (saturation). ReLU′ is 1 for x > 0 and 0 for x < 0; leaky ReLU′ keeps 0.1 there.">
      <LineFigure data={data} xKey="x" xLabel="x" yLabel="f′(x)" yDomain={[-0.05, 1.1]} series={[{ key: 'dSigmoid', name: 'sigmoid′' }, { key: 'dTanh', name: 'tanh′' }, { key: 'dRelu', name: 'ReLU′' }, { key: 'dLeaky', name: 'leaky ReLU′', dashed: true }]} />
    </Figure>
  );
  return derivatives === 'only' ? ders : <div className={css.pair}>{fns}{ders}</div>;
}

export function SectionFigures({ n }: { n: number }) {
  switch (n) {
    case 0: {
      const d = F.digitAsVector();
      return (
        <Figure title={`A handwritten ${d.label}: 8×8 pixels → a vector of 64 numbers`} caption="Left: the image (pixel values 0–16, darker is more ink). Right: the same numbers read row by row, which is all a fully-connected layer sees: each hidden unit has one weight per entry.">
          <div className={css.digit}>
            <DigitImage pixels={d.pixels} />
            <div style={{ flex: 1, minWidth: '20rem' }}>
              <BarFigure data={d.vector} xKey="index" xLabel="index in the vector (row·8 + column)" yLabel="value" series={[{ key: 'value', name: 'pixel value' }]} height={220} />
            </div>
          </div>
        </Figure>
      );
    }
    case 1: {
      const b = F.spiralBoundaries();
      const dom: [number, number] = [-1.1, 1.1];
      return (
        <div className={css.pair}>
          <Figure title={`Linear softmax classifier: ${pct(b.linear.accuracy)} train accuracy`} caption="Scores W·x + b: the regions are separated by straight lines, so each region takes a slice of every arm.">
            <ScatterFigure groups={boundaryGroups(b, 'linear')} xDomain={dom} yDomain={dom} xLabel="x₁" yLabel="x₂" />
          </Figure>
          <Figure title={`2-layer MLP (40 ReLU units): ${pct(b.mlp.accuracy)} train accuracy`} caption="W₂·max(0, W₁x + b₁) + b₂, trained with Adam on the same 300 points: the boundary bends around the arms.">
            <ScatterFigure groups={boundaryGroups(b, 'mlp')} xDomain={dom} yDomain={dom} xLabel="x₁" yLabel="x₂" />
          </Figure>
        </div>
      );
    }
    case 2:
      return <ActivationFigures derivatives="both" />;
    case 3:
      return (
        <Figure title="Entropy of a coin that lands heads with probability p" caption="H([p, 1 − p]) in bits: 0 when the outcome is certain (p = 0 or 1), maximal (1 bit = ln 2 nats) for the fair coin.">
          <LineFigure data={F.binaryEntropy()} xKey="p" xLabel="p" yLabel="H (bits)" series={[{ key: 'bits', name: 'H([p, 1 − p])' }]} />
        </Figure>
      );
    case 4:
      return (
        <Figure title="Loss against the margin of the correct class" caption="Two classes, scores [m, 0], true class 0. Hinge: max(0, 1 − m), exactly 0 once m ≥ 1. Cross-entropy: log(1 + e^−m), never 0, so it keeps pulling the scores apart. For a large negative m both grow linearly.">
          <LineFigure data={F.lossVsMargin()} xKey="margin" xLabel="margin m = s_correct − s_other" yLabel="loss" series={[{ key: 'crossEntropy', name: 'cross-entropy' }, { key: 'hinge', name: 'hinge (SVM, Δ = 1)' }]} />
        </Figure>
      );
    case 5:
      return (
        <Figure title="How much gradient survives n layers (upper bound of the product of local gradients)" caption="Log scale. Through n sigmoid gates the gradient is multiplied by at most 0.25ⁿ (10⁻⁹ after 15 layers); tanh′(1)ⁿ = 0.42ⁿ for a unit at x = 1; ReLU passes 1 for active units.">
          <LineFigure data={F.vanishingBound()} xKey="layers" xLabel="layers n" yLabel="gradient factor" logY series={[{ key: 'sigmoid', name: '0.25ⁿ (sigmoid, best case)' }, { key: 'tanhAt1', name: 'tanh′(1)ⁿ' }, { key: 'relu', name: 'ReLU (active)' }]} />
        </Figure>
      );
    case 6:
      return (
        <>
          <ActivationFigures derivatives="only" />
          <Figure title="Vanishing gradients through depth" caption="Log scale: the product of n local derivatives, each at most 0.25 for sigmoid.">
            <LineFigure data={F.vanishingBound()} xKey="layers" xLabel="layers n" yLabel="gradient factor" logY series={[{ key: 'sigmoid', name: '0.25ⁿ (sigmoid)' }, { key: 'tanhAt1', name: 'tanh′(1)ⁿ' }, { key: 'relu', name: 'ReLU (active)' }]} />
          </Figure>
        </>
      );
    case 7: {
      const o = F.optimizerPaths();
      const names: [keyof typeof o.paths, string][] = [['sgd', 'SGD (lr 0.075)'], ['momentum', 'momentum (lr 0.02, μ 0.9)'], ['adagrad', 'AdaGrad (lr 1)'], ['rmsprop', 'RMSProp (lr 0.1, ρ 0.99)'], ['adam', 'Adam (lr 0.3)']];
      const groups: PointGroup[] = [
        ...o.contours.map((c, i) => ({ name: `level ${i}`, color: '#c3ccd6', points: c, line: true, shape: 'none' as const, legend: false })),
        ...names.map(([k, name], i) => ({ name, color: COLORS[i], points: o.paths[k], line: true, size: 4 })),
        { name: 'minimum', color: '#000', points: [{ x: 0, y: 0 }], size: 8, legend: false },
      ];
      return (
        <Figure title="60 steps on f(w) = ½(w₀² + 25·w₁²) from (−4.5, 1.2)" caption="Grey: contour lines of the loss. SGD bounces across the narrow valley (w₁) and creeps along it (w₀); momentum accumulates speed along the valley; AdaGrad, RMSProp and Adam divide each coordinate’s step by its own gradient scale, so they head for the minimum (0, 0) more directly.">
          <ScatterFigure groups={groups} xDomain={[-5, 1.5]} yDomain={[-1.5, 1.5]} xLabel="w₀ (flat direction)" yLabel="w₁ (steep direction)" height={420} />
        </Figure>
      );
    }
    case 8: {
      const s = F.initStatistics();
      const series = [{ key: 'small', name: 'small N(0, 0.01²)' }, { key: 'large', name: 'large N(0, 1)' }, { key: 'xavier', name: 'Xavier (1/N)' }, { key: 'he', name: 'He (2/N)' }];
      return (
        <div className={css.pair}>
          <Figure title="tanh: std of the activations, layer by layer" caption="Log scale. Small weights: the std shrinks about 10× per layer (0.01·√64 = 0.08 before tanh). Large: tanh saturates (std ≈ 1, all at ±1). Xavier keeps a useful spread.">
            <LineFigure data={s.tanh} xKey="layer" xLabel="layer" yLabel="std of activations" logY series={series} />
          </Figure>
          <Figure title="ReLU: std of the activations, layer by layer" caption="Log scale. With ReLU half the units are 0, so Xavier’s 1/N loses half the variance per layer; He’s 2/N keeps it; large weights explode.">
            <LineFigure data={s.relu} xKey="layer" xLabel="layer" yLabel="std of activations" logY series={series} />
          </Figure>
        </div>
      );
    }
    case 9:
      return (
        <Figure title="One feature over a batch of 500, before and after batch norm" caption="Before: mean ≈ 6.6, std ≈ 3.4 and skewed. After (γ = 1, β = 0): mean 0, std 1; the shape is kept, only location and scale change.">
          <BarFigure data={F.batchNormHistograms()} xKey="x" xLabel="value" yLabel="count" series={[{ key: 'before', name: 'before' }, { key: 'after', name: 'after batch norm' }]} />
        </Figure>
      );
    case 10: {
      const c = F.overfittingCurves();
      return (
        <div className={css.pair}>
          <Figure title="Loss: training vs validation" caption="The training loss keeps falling; the validation loss bottoms out early and then rises: the net is memorising the 60 training points. Early stopping keeps the weights from the minimum of the validation curve; L2 and dropout flatten its rise.">
            <LineFigure data={c} xKey="step" xLabel="Adam step" yLabel="cross-entropy" series={[{ key: 'train', name: 'training loss' }, { key: 'validation', name: 'validation loss' }]} />
          </Figure>
          <Figure title="Accuracy: training vs validation" caption="The gap between the two curves is the overfitting.">
            <LineFigure data={c} xKey="step" xLabel="Adam step" yLabel="accuracy" yDomain={[0.5, 1]} series={[{ key: 'trainAccuracy', name: 'training accuracy' }, { key: 'validationAccuracy', name: 'validation accuracy' }]} />
          </Figure>
        </div>
      );
    }
    case 11:
      return (
        <Figure title="200 learning rates from [10⁻⁶, 1], counted per decade" caption="Uniform sampling puts ~90 % of the trials in [0.1, 1] and none below 10⁻⁴; log-uniform sampling (10^u, u uniform in [−6, 0]) spreads them evenly over the decades.">
          <BarFigure data={F.learningRateSamples().map((r) => ({ ...r, decade: r.decade }))} xKey="decade" xLabel="decade (10^k ≤ lr < 10^(k+1))" yLabel="trials" series={[{ key: 'uniform', name: 'uniform' }, { key: 'logUniform', name: 'log-uniform' }]} />
        </Figure>
      );
    default:
      return null;
  }
}
