/**
 * Fits a conditional logit model (a softmax over each example's own candidates) by full-batch gradient descent:
 * weights start at zero and take a fixed number of steps of fixed size, so the same examples always give the
 * same weights. The loss is the negative log of the probability given to the candidates marked right, plus an
 * L2 penalty that keeps weights of rarely seen features small.
 */
import type { Feature } from "../../src/core/extract/speaker-features.js";
import type { Example } from "./speaker-examples.js";

export interface FitOptions {
  iterations: number;
  learningRate: number;
  l2: number;
}

export const FIT: FitOptions = { iterations: 3000, learningRate: 1, l2: 0.001 };

interface Dense {
  rows: Float64Array[];
  positives: number[];
}

function densify(examples: readonly Example[], features: readonly Feature[]): Dense[] {
  return examples.map((e) => ({
    rows: e.candidates.map((c) => Float64Array.from(features, (f) => c.features[f] ?? 0)),
    positives: e.positives,
  }));
}

/** Mean loss and its gradient at w. Plain loops, summing in the same order as a reduce would. */
function lossAndGradient(data: readonly Dense[], w: Float64Array, l2: number): [number, Float64Array] {
  const grad = new Float64Array(w.length);
  let loss = 0;
  for (const { rows, positives } of data) {
    const scores = rows.map((x) => {
      let sum = 0;
      for (let k = 0; k < x.length; k++) sum += x[k]! * w[k]!;
      return sum;
    });
    let top = -Infinity;
    for (const s of scores) if (s > top) top = s;
    const exps = scores.map((s) => Math.exp(s - top));
    let total = 0;
    for (const e of exps) total += e;
    let right = 0;
    for (const i of positives) right += exps[i]!;
    loss -= Math.log(right / total);
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!;
      const p = exps[i]! / total;
      const q = positives.includes(i) ? exps[i]! / right : 0;
      const d = p - q;
      for (let k = 0; k < w.length; k++) grad[k]! += d * x[k]!;
    }
  }
  const n = Math.max(1, data.length);
  let norm = 0;
  for (let k = 0; k < w.length; k++) {
    grad[k] = grad[k]! / n + l2 * w[k]!;
    norm += w[k]! * w[k]!;
  }
  return [loss / n + (l2 / 2) * norm, grad];
}

export interface Fitted {
  weights: number[];
  loss: number;
}

export function fitConditionalLogit(
  examples: readonly Example[],
  features: readonly Feature[],
  options: FitOptions = FIT,
): Fitted {
  const data = densify(
    examples.filter((e) => e.positives.length > 0),
    features,
  );
  const w = new Float64Array(features.length);
  let loss = 0;
  for (let step = 0; step < options.iterations; step++) {
    const [value, grad] = lossAndGradient(data, w, options.l2);
    loss = value;
    for (let k = 0; k < w.length; k++) w[k] = w[k]! - options.learningRate * grad[k]!;
  }
  return { weights: [...w], loss };
}
