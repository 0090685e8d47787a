import { defineQuiz, type Rng } from '../../grader/contract';
import { adagradStep, adamStep, momentumStep, rmspropStep, squareCacheState, adamState, momentumState } from '../../lib/nn/optim';

/** Fisher–Yates on a copy, then ids a, b, c… in display order (so an id never reveals the answer) */
function shuffledChoices(rng: Rng, labels: string[], correct: string) {
  const xs = labels.slice();
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  const choices = xs.map((label, i) => ({ id: String.fromCharCode(97 + i), label }));
  return { choices, answer: choices.find((c) => c.label === correct)!.id };
}

const fmt = (x: number) => +x.toPrecision(6);
const REL = { rel: 1e-3 };

export default defineQuiz({
  generate(rng) {
    // (a) Adam's first step, with bias correction, and without it
    const lr = rng.pick([1e-3, 2e-3, 5e-3, 0.01, 0.05, 0.1]);
    const g = fmt((rng.next() < 0.5 ? -1 : 1) * rng.uniform(0.05, 5));
    const w0 = fmt(rng.uniform(-2, 2));
    const adamW1 = adamStep([w0], [g], adamState(1), lr)[0];
    const noCorrection = (lr * 0.1 * Math.abs(g)) / (Math.sqrt(0.001 * g * g) + 1e-8);

    // (b) RMSProp's first step as a multiple of lr
    const rho = rng.pick([0.9, 0.99, 0.999, 0.9999]);
    const rmsRatio = -rmspropStep([0], [1], squareCacheState(1), 1, rho, 0)[0];

    // (c) momentum: weight after 3 steps of a constant gradient
    const mu = rng.pick([0.5, 0.8, 0.9]);
    const mlr = rng.pick([0.01, 0.05, 0.1]);
    const mg = rng.int(1, 4);
    const ms = momentumState(1);
    let mw = [1];
    for (let k = 0; k < 3; k++) mw = momentumStep(mw, [mg], ms, mlr, mu);

    // (d) AdaGrad: the t-th step relative to the first, constant gradient
    const t = rng.pick([4, 9, 16, 25, 100]);
    const st = squareCacheState(1);
    let aw = [0];
    const steps: number[] = [];
    for (let k = 0; k < t; k++) {
      const next = adagradStep(aw, [2], st, 0.1, 0);
      steps.push(aw[0] - next[0]);
      aw = next;
    }

    // (e) SGD on f = cx·x² + cy·y²: which coordinate oscillates? One step multiplies a coordinate by 1 − 2·lr·c.
    const flat = rng.pick([0.1, 0.2, 0.5]);
    const steep = rng.pick([2, 3, 4]);
    const steepIsX = rng.next() < 0.5;
    const oscillates = rng.next() < 0.75;
    // oscillating: 2·lr·steep ∈ (1.2, 1.9), a factor in (−0.9, −0.2); calm: 2·lr·steep ∈ (0.2, 0.8)
    const sgdLr = fmt((oscillates ? rng.uniform(1.2, 1.9) : rng.uniform(0.2, 0.8)) / (2 * steep));
    const [cx, cy] = steepIsX ? [steep, flat] : [flat, steep];
    const fx = 1 - 2 * sgdLr * cx, fy = 1 - 2 * sgdLr * cy;
    const labels = ['x flips sign every step (it oscillates), y does not', 'y flips sign every step (it oscillates), x does not', 'both oscillate', 'neither oscillates'];
    const osc = shuffledChoices(rng, labels, !oscillates ? labels[3] : steepIsX ? labels[0] : labels[1]);

    const saddle = shuffledChoices(
      rng,
      [
        'the velocity keeps the speed built up before the flat region, so the weights roll through where the gradient is ≈ 0',
        'momentum adds random noise that kicks the weights off the saddle',
        'momentum makes the learning rate larger near saddle points',
        'momentum computes the Hessian and follows the negative curvature',
      ],
      'the velocity keeps the speed built up before the flat region, so the weights roll through where the gradient is ≈ 0',
    );

    return {
      questions: [
        {
          id: 'adam-first-step',
          kind: 'numeric',
          prompt: `Adam (β1 = 0.9, β2 = 0.999, ε = 1e-8, with bias correction), learning rate ${lr}, fresh state ($m = v = 0$, $t = 0$). The weight is $w = ${w0}$ and its gradient is $g = ${g}$. By how much does the weight change in **one** step, i.e. what is $w_{\text{new}} - w$?`,
          answer: adamW1 - w0,
          tolerance: REL,
          explanation: `At $t = 1$: $m = 0.1g$, $v = 0.001g^2$, $\\hat m = g$, $\\hat v = g^2$, so $w_{\\text{new}} - w = -\\text{lr}\\cdot g/(|g| + ε) ≈ -${lr}\\cdot\\operatorname{sign}(${g}) = ${fmt(adamW1 - w0)}$. The size of $g$ does not matter for the first step.`,
        },
        {
          id: 'adam-no-correction',
          kind: 'numeric',
          prompt: `Same situation, but an implementation **forgot the bias correction** (it uses $m$ and $v$ directly). How long is its first step $|\\Delta w|$?`,
          answer: noCorrection,
          tolerance: REL,
          explanation: `$m/(\\sqrt v + ε) = 0.1g/\\sqrt{0.001 g^2} = 0.1/\\sqrt{0.001} ≈ 3.162$ times sign(g), so the step is $≈ 3.162 \\cdot ${lr} = ${fmt(noCorrection)}$: more than three times too long, exactly when the weights are most fragile.`,
        },
        {
          id: 'rmsprop-cold-start',
          kind: 'numeric',
          prompt: `RMSProp **without** bias correction, decay $ρ = ${rho}$, cache starting at $r = 0$, $δ$ negligible. Its first step is how many times the learning rate?`,
          answer: rmsRatio,
          tolerance: REL,
          explanation: `$r = (1-ρ)g^2$, so the step is $\\text{lr}\\cdot g/\\sqrt{(1-ρ)g^2} = \\text{lr}/\\sqrt{1-ρ} = ${fmt(rmsRatio)}\\,\\text{lr}$. The closer ρ is to 1, the worse the cold start: Adam's bias correction removes it.`,
        },
        {
          id: 'momentum-three-steps',
          kind: 'numeric',
          prompt: `Momentum in the lecture's form ($v \\leftarrow μv + g$, $w \\leftarrow w - \\text{lr}\\cdot v$) with $μ = ${mu}$, lr $= ${mlr}$, starting from $w = 1$, $v = 0$. The gradient is $g = ${mg}$ at every step. How far has $w$ moved after **three** steps, i.e. what is $1 - w$?`,
          answer: 1 - mw[0],
          tolerance: REL,
          explanation: `$v$ takes the values $${mg}$, $${fmt(mg * (1 + mu))}$, $${fmt(mg * (1 + mu + mu * mu))}$, so $1 - w = ${mlr}\\cdot(${fmt(mg * (3 + 2 * mu + mu * mu))}) = ${fmt(1 - mw[0])}$. Plain SGD would have moved only $${fmt(3 * mlr * mg)}$.`,
        },
        {
          id: 'adagrad-decay',
          kind: 'numeric',
          prompt: `AdaGrad with a **constant** gradient ($δ = 0$). Step ${t} is what fraction of step 1 (the ratio of their lengths)?`,
          answer: steps[t - 1] / steps[0],
          tolerance: REL,
          explanation: `After $t$ steps $r = t g^2$, so step $t$ is $\\text{lr}\\cdot g/(|g|\\sqrt t)$: the first step divided by $\\sqrt{${t}} = ${fmt(Math.sqrt(t))}$. AdaGrad's steps keep shrinking even when the gradient does not: that is why RMSProp forgets old gradients.`,
        },
        {
          id: 'sgd-oscillation',
          kind: 'choice',
          prompt: `Plain SGD on $f(x, y) = ${cx}x^2 + ${cy}y^2$ with learning rate ${sgdLr}, starting away from the minimum. What happens to the two coordinates?`,
          choices: osc.choices,
          answer: osc.answer,
          explanation: `One step multiplies $x$ by $1 - 2\\cdot${sgdLr}\\cdot${cx} = ${fmt(fx)}$ and $y$ by $1 - 2\\cdot${sgdLr}\\cdot${cy} = ${fmt(fy)}$. A negative factor flips the sign at every step (oscillation across the steep direction), a factor close to 1 means slow progress along the flat one. A learning rate large enough to move fast along the flat direction makes the steep one oscillate or diverge: momentum and adaptive steps address exactly this.`,
        },
        {
          id: 'momentum-saddle',
          kind: 'choice',
          prompt: 'Why can momentum carry the weights past a saddle point or a flat region where plain SGD stalls?',
          choices: saddle.choices,
          answer: saddle.answer,
          explanation: 'The velocity is a running sum of past gradients: where the current gradient is ≈ 0, $v$ still holds what was accumulated before (decaying by μ per step), so the weights keep moving. Nothing random or second-order is involved.',
        },
      ],
    };
  },
});
