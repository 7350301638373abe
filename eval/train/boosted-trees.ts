/**
 * Gradient-boosted regression trees on top of the conditional logit: the logit's score stays each candidate's base
 * margin, and each tree adds a small amount to it, fitted (Newton step) to the gradient of the same loss, the
 * softmax over a quotation's candidates. Trees can read interactions the logit's single weights cannot ("a pronoun
 * AND near" weighed differently from either alone). Deterministic: no sampling; features and thresholds are
 * searched in a fixed order and ties keep the first found.
 */
import type { Candidate, Feature } from "../../src/core/extract/speaker-features.js";
import type { Example } from "./speaker-examples.js";

export interface TreeOptions {
  trees: number;
  depth: number;
  rate: number;
  /** Added to a leaf's hessian sum: shrinks leaves that few candidates reach. */
  lambda: number;
  /** Each side of a split must carry at least this hessian, so no leaf is fitted to a handful of candidates. */
  minHessian: number;
}

export const TREES: TreeOptions = { trees: 100, depth: 2, rate: 0.1, lambda: 1, minHessian: 5 };

/** The command-line options that set TreeOptions, each a comma-separated list of values to try. */
export const TREE_OPTION_FLAGS = {
  trees: { type: "string" },
  depth: { type: "string" },
  rate: { type: "string" },
  lambda: { type: "string" },
  minHessian: { type: "string" },
} as const;

/**
 * Complete trees of one depth, flattened: each tree has 2^depth − 1 splits (heap order, children of i at 2i+1 and
 * 2i+2) and 2^depth leaves. A value ≤ threshold goes left; a split that found nothing worth splitting has
 * feature −1 and sends everything left.
 */
export interface BoostedTrees {
  depth: number;
  feature: number[];
  threshold: number[];
  leaf: number[];
}

/** Features with more distinct values than this (distance, salience) are split at evenly spaced ranks of them. */
const MAX_THRESHOLDS = 32;

interface Data {
  n: number;
  /** Per feature, per candidate: the index of the first threshold at or above its value. */
  bins: Uint8Array[];
  thresholds: Float64Array[];
  /** Candidate index ranges of the examples, and whether each candidate is marked right. */
  starts: Int32Array;
  positive: Uint8Array;
}

function thresholdsOf(values: Float64Array): Float64Array {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= MAX_THRESHOLDS) return Float64Array.from(distinct);
  const step = distinct.length / MAX_THRESHOLDS;
  return Float64Array.from({ length: MAX_THRESHOLDS }, (_, i) =>
    i === MAX_THRESHOLDS - 1 ? distinct.at(-1)! : distinct[Math.floor((i + 1) * step) - 1]!,
  );
}

function binOf(t: Float64Array, v: number): number {
  let b = 0;
  while (b < t.length - 1 && v > t[b]!) b++;
  return b;
}

function prepare(examples: readonly Example[], features: readonly Feature[]): Data {
  const n = examples.reduce((s, e) => s + e.candidates.length, 0);
  const starts = new Int32Array(examples.length + 1);
  const positive = new Uint8Array(n);
  const columns = features.map(() => new Float64Array(n));
  let at = 0;
  examples.forEach((e, j) => {
    starts[j] = at;
    e.candidates.forEach((c, i) => {
      features.forEach((f, k) => {
        columns[k]![at + i] = c.features[f] ?? 0;
      });
      if (e.positives.includes(i)) positive[at + i] = 1;
    });
    at += e.candidates.length;
  });
  starts[examples.length] = at;
  const thresholds = columns.map(thresholdsOf);
  const bins = columns.map((col, k) => Uint8Array.from(col, (v) => binOf(thresholds[k]!, v)));
  return { n, bins, thresholds, starts, positive };
}

/** Negative gradient (target share minus probability) and diagonal hessian of the softmax loss at `margin`. */
function gradients(data: Data, margin: Float64Array, g: Float64Array, h: Float64Array): void {
  const { starts, positive } = data;
  for (let j = 0; j + 1 < starts.length; j++) {
    const a = starts[j]!;
    const b = starts[j + 1]!;
    let top = Number.NEGATIVE_INFINITY;
    for (let i = a; i < b; i++) if (margin[i]! > top) top = margin[i]!;
    let total = 0;
    let right = 0;
    for (let i = a; i < b; i++) {
      const e = Math.exp(margin[i]! - top);
      g[i] = e;
      total += e;
      if (positive[i]) right += e;
    }
    for (let i = a; i < b; i++) {
      const p = g[i]! / total;
      const q = positive[i] ? g[i]! / right : 0;
      g[i] = q - p;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
  }
}

interface Split {
  feature: number;
  bin: number;
}

/** The best split of each node of one level, from histograms of gradient and hessian by node, feature and bin. */
function bestSplits(
  data: Data,
  node: Int32Array,
  g: Float64Array,
  h: Float64Array,
  nodes: number,
  o: TreeOptions,
) {
  const width = MAX_THRESHOLDS;
  const features = data.bins.length;
  const G = new Float64Array(nodes * features * width);
  const H = new Float64Array(nodes * features * width);
  for (let k = 0; k < features; k++) {
    const bins = data.bins[k]!;
    for (let i = 0; i < data.n; i++) {
      const at = (node[i]! * features + k) * width + bins[i]!;
      G[at] = G[at]! + g[i]!;
      H[at] = H[at]! + h[i]!;
    }
  }
  const splits: Split[] = [];
  for (let m = 0; m < nodes; m++) {
    let best: Split = { feature: -1, bin: 0 };
    let bestGain = 1e-9;
    for (let k = 0; k < features; k++) {
      const base = (m * features + k) * width;
      let gTotal = 0;
      let hTotal = 0;
      for (let b = 0; b < width; b++) {
        gTotal += G[base + b]!;
        hTotal += H[base + b]!;
      }
      const parent = (gTotal * gTotal) / (hTotal + o.lambda);
      let gl = 0;
      let hl = 0;
      for (let b = 0; b + 1 < data.thresholds[k]!.length; b++) {
        gl += G[base + b]!;
        hl += H[base + b]!;
        const gr = gTotal - gl;
        const hr = hTotal - hl;
        if (hl < o.minHessian || hr < o.minHessian) continue;
        const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          best = { feature: k, bin: b };
        }
      }
    }
    splits.push(best);
  }
  return splits;
}

/** Fits one tree to the current gradients, appends it to `out` and adds its output to `margin`. */
function growTree(
  data: Data,
  margin: Float64Array,
  g: Float64Array,
  h: Float64Array,
  o: TreeOptions,
  out: BoostedTrees,
) {
  const node = new Int32Array(data.n);
  for (let level = 0; level < o.depth; level++) {
    const nodes = 1 << level;
    const splits = bestSplits(data, node, g, h, nodes, o);
    for (const s of splits) {
      out.feature.push(s.feature);
      out.threshold.push(s.feature < 0 ? 0 : data.thresholds[s.feature]![s.bin]!);
    }
    for (let i = 0; i < data.n; i++) {
      const s = splits[node[i]!]!;
      const right = s.feature >= 0 && data.bins[s.feature]![i]! > s.bin;
      node[i] = 2 * node[i]! + (right ? 1 : 0);
    }
  }
  const leaves = 1 << o.depth;
  const gs = new Float64Array(leaves);
  const hs = new Float64Array(leaves);
  for (let i = 0; i < data.n; i++) {
    gs[node[i]!] = gs[node[i]!]! + g[i]!;
    hs[node[i]!] = hs[node[i]!]! + h[i]!;
  }
  const values = Array.from(gs, (sum, m) => (o.rate * sum) / (hs[m]! + o.lambda));
  out.leaf.push(...values);
  for (let i = 0; i < data.n; i++) margin[i] = margin[i]! + values[node[i]!]!;
}

/**
 * Trees fitted on top of `base`, the logit's score of each candidate of each example, in the examples' order.
 * Examples without a right candidate teach nothing, as in the logit's fit.
 */
export function fitBoostedTrees(
  examples: readonly Example[],
  features: readonly Feature[],
  base: (c: Candidate) => number,
  options: TreeOptions = TREES,
): BoostedTrees {
  const kept = examples.filter((e) => e.positives.length > 0);
  const data = prepare(kept, features);
  const margin = Float64Array.from(
    kept.flatMap((e) => e.candidates),
    base,
  );
  const g = new Float64Array(data.n);
  const h = new Float64Array(data.n);
  const out: BoostedTrees = { depth: options.depth, feature: [], threshold: [], leaf: [] };
  for (let t = 0; t < options.trees; t++) {
    gradients(data, margin, g, h);
    growTree(data, margin, g, h, options, out);
  }
  return out;
}

/** The trees' sum for one candidate; `value(k)` is its value of the k-th feature the trees were fitted on. */
export function treeScore(trees: BoostedTrees, value: (k: number) => number): number {
  const splits = (1 << trees.depth) - 1;
  const count = trees.leaf.length >> trees.depth;
  let sum = 0;
  for (let t = 0; t < count; t++) {
    let i = 0;
    while (i < splits) {
      const k = trees.feature[t * splits + i]!;
      const right = k >= 0 && value(k) > trees.threshold[t * splits + i]!;
      i = 2 * i + (right ? 2 : 1);
    }
    sum += trees.leaf[(t << trees.depth) + i - splits]!;
  }
  return sum;
}
