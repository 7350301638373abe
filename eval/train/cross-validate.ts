/**
 * k-fold cross-validation of the speaker model within the PolNeAR tuning articles, for choosing features and fit
 * settings: each fold's articles are scored by a model fitted on the other folds. Deterministic: folds by a hash of
 * the article name, examples read once with the shipped weights, fits from zero as in fit-speaker-model.ts.
 *
 * USAGE lists the options.
 */
import { createHash } from "node:crypto";
import { SURE_SPEAKER_PROBABILITY } from "../../src/core/extract/extract-quotes.js";
import { type Candidate, FEATURES, type Feature } from "../../src/core/extract/speaker-features.js";
import {
  chooseByScores,
  chooseSpeaker,
  type SpeakerChoice,
  score,
  weightMap,
} from "../../src/core/extract/speaker-model.js";
import shipped from "../../src/core/extract/speaker-model.json" with { type: "json" };
import { parseOptions } from "../cli-options.js";
import { loadPolnear, polnearDir } from "../polnear/load-polnear.js";
import { loadReferents } from "../polnear/referents.js";
import { splitOf } from "../polnear/split.js";
import {
  type BoostedTrees,
  fitBoostedTrees,
  TREE_OPTION_FLAGS,
  TREES,
  type TreeOptions,
  treeScore,
} from "./boosted-trees.js";
import { FIT, type FitOptions, fitConditionalLogit } from "./conditional-logit.js";
import { type Example, speakerExamples } from "./speaker-examples.js";

const USAGE = `npx tsx eval/train/cross-validate.ts                       all features, the shipped fit settings
npx tsx eval/train/cross-validate.ts --drop place,thing    the same without some features
npx tsx eval/train/cross-validate.ts --drop a --drop b,c   each set dropped in turn, examples read once
npx tsx eval/train/cross-validate.ts --l2 0.001,0.01 --iterations 3000,6000
                                                           every pair of fit settings, examples read once
npx tsx eval/train/cross-validate.ts --trees 50,100,300 --depth 2,3 --rate 0.1 --lambda 1 --minHessian 5
                                                           the logit alone, then with boosted trees on top
                                                           (every combination; counts are prefixes of one fit)`;

export const FOLDS = 5;

export function foldOf(name: string, folds = FOLDS): number {
  return createHash("sha256").update(`verbatim-cv:${name}`).digest().readUInt32BE(0) % folds;
}

/** A comma-separated list of positive numbers ("0.001,0.01"), or `fallback` alone when none is given. */
export function parseList(text: string | undefined, fallback: number): number[] {
  if (!text) return [fallback];
  const values = text.split(",").map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isFinite(v) || v < 0)) throw new Error(`Not a list of numbers: ${text}`);
  return values;
}

/** Every pair of the given L2 penalties and step counts, the learning rate as shipped. */
export function fitSettings(l2: string | undefined, iterations: string | undefined): FitOptions[] {
  return parseList(l2, FIT.l2).flatMap((penalty) =>
    parseList(iterations, FIT.iterations).map((steps) => ({ ...FIT, l2: penalty, iterations: steps })),
  );
}

interface Score {
  total: number;
  right: number;
  wrong: number;
}

/**
 * Quotations whose right candidate names someone, and those of them named with a probability of at least the
 * verdict's bar: the share a verdict would state, and how often rightly (the end-to-end stated figure, from
 * examples; a quotation read from a reporting frame, always stated there, counts here by its probability).
 */
interface Stated {
  base: number;
  total: number;
  right: number;
}

export interface CvTally {
  scores: Map<string, Score>;
  stated: Stated;
  /** The largest weight of any fold's fit, by size: a feature that alone separates a few examples grows large. */
  largest: { feature: string; weight: number };
}

export function emptyCvTally(): CvTally {
  return { scores: new Map(), stated: { base: 0, total: 0, right: 0 }, largest: { feature: "", weight: 0 } };
}

type Choose = (candidates: readonly Candidate[]) => SpeakerChoice;

export function tallyFold(
  examples: readonly Example[],
  weights: ReadonlyMap<Feature, number>,
  out: CvTally,
  choose: Choose = (c) => chooseSpeaker(c, weights),
) {
  for (const [feature, weight] of weights) {
    if (Math.abs(weight) > Math.abs(out.largest.weight)) out.largest = { feature, weight };
  }
  for (const e of examples) {
    const key = e.category ?? "other";
    const s = out.scores.get(key) ?? { total: 0, right: 0, wrong: 0 };
    out.scores.set(key, s);
    s.total++;
    const { candidate, probability } = choose(e.candidates);
    const right = candidate !== null && e.positives.includes(e.candidates.indexOf(candidate));
    if (key !== "other" && e.positives.some((i) => e.candidates[i]!.speaker)) {
      out.stated.base++;
      if (candidate && probability >= SURE_SPEAKER_PROBABILITY) {
        out.stated.total++;
        if (right) out.stated.right++;
      }
    }
    if (!candidate) continue;
    if (right) s.right++;
    else s.wrong++;
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;

function report(title: string, tally: CvTally): void {
  console.log(title);
  for (const [key, s] of [...tally.scores].sort()) {
    console.log(
      `  ${key.padEnd(8)} n=${s.total}  right ${pct(s.right, s.total)}  wrong ${pct(s.wrong, s.total)}`,
    );
  }
  const { base, total, right } = tally.stated;
  console.log(
    `  stated at p ≥ ${SURE_SPEAKER_PROBABILITY}: ${pct(total, base)} of ${base}, ${pct(right, total)} right`,
  );
  console.log(`  largest weight ${tally.largest.feature} ${tally.largest.weight.toFixed(3)}`);
}

/** The first `count` trees: boosting adds them in turn, so a prefix is the fit that stopped there. */
function firstTrees(trees: BoostedTrees, count: number): BoostedTrees {
  const splits = (1 << trees.depth) - 1;
  return {
    depth: trees.depth,
    feature: trees.feature.slice(0, count * splits),
    threshold: trees.threshold.slice(0, count * splits),
    leaf: trees.leaf.slice(0, count << trees.depth),
  };
}

/** Chooses as chooseSpeaker does, from the logit's score plus the trees'. */
export function withTrees(
  weights: ReadonlyMap<Feature, number>,
  trees: BoostedTrees,
  features: readonly Feature[],
): Choose {
  return (candidates) =>
    chooseByScores(
      candidates,
      candidates.map((c) => score(c, weights) + treeScore(trees, (k) => c.features[features[k]!] ?? 0)),
    );
}

/** Every combination of the trees' grid, each fitted once with the most trees asked for. */
type GridKey = "depth" | "rate" | "lambda" | "minHessian";

export function treeSettings(values: Partial<Record<GridKey, string>>, trees: number[]): TreeOptions[] {
  let grid = [{ ...TREES, trees: Math.max(...trees) }];
  for (const key of ["depth", "rate", "lambda", "minHessian"] as GridKey[]) {
    const list = parseList(values[key], TREES[key]);
    grid = grid.flatMap((o) => list.map((v) => ({ ...o, [key]: v })));
  }
  return grid;
}

/** The logit's tally over the folds, and one for each tree setting and count, all from the same logit fits. */
function foldTallies(
  byFold: readonly Example[][],
  features: readonly Feature[],
  fit: FitOptions,
  grid: readonly TreeOptions[],
  counts: readonly number[],
) {
  const tally = emptyCvTally();
  const boosted = new Map<string, CvTally>();
  for (let k = 0; k < FOLDS; k++) {
    const train = byFold.flatMap((examples, j) => (j === k ? [] : examples));
    const { weights } = fitConditionalLogit(train, features, fit);
    const map = new Map(features.map((f, i) => [f, weights[i]!]));
    tallyFold(byFold[k]!, map, tally);
    for (const options of grid) {
      const trees = fitBoostedTrees(train, features, (c) => score(c, map), options);
      for (const count of counts) {
        const { depth, rate, lambda, minHessian } = options;
        const key = `${count} trees, depth ${depth}, rate ${rate}, lambda ${lambda}, min hessian ${minHessian}`;
        if (!boosted.has(key)) boosted.set(key, emptyCvTally());
        tallyFold(byFold[k]!, map, boosted.get(key)!, withTrees(map, firstTrees(trees, count), features));
      }
    }
  }
  return { tally, boosted };
}

function main(): void {
  const values = parseOptions(
    {
      drop: { type: "string", multiple: true, default: [""] },
      iterations: { type: "string" },
      l2: { type: "string" },
      ...TREE_OPTION_FLAGS,
    },
    USAGE,
  );
  let settings: FitOptions[];
  let counts: number[];
  let grid: TreeOptions[];
  try {
    settings = fitSettings(values.l2, values.iterations);
    counts = values.trees ? parseList(values.trees, TREES.trees) : [];
    grid = counts.length > 0 ? treeSettings(values, counts) : [];
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message} (--l2, --iterations and the tree options take numbers such as 0.001,0.01)\n`,
    );
    process.exit(2);
  }
  const docs = loadPolnear(polnearDir()).filter((d) => splitOf(d.article.id) === "tune");
  const reading = weightMap(shipped);
  const byFold: Example[][] = Array.from({ length: FOLDS }, () => []);
  // Labelled as training labels them: hand-resolved pronoun referents where there are some.
  const referents = loadReferents();
  for (const d of docs) {
    byFold[foldOf(d.article.id)]!.push(...speakerExamples(d, reading, referents.get(d.article.id)));
  }
  for (const drop of values.drop) {
    const dropped = new Set(drop.split(",").filter(Boolean));
    const features = FEATURES.filter((f) => !dropped.has(f));
    for (const fit of settings) {
      const { tally, boosted } = foldTallies(byFold, features, fit, grid, counts);
      const title = `${FOLDS}-fold CV over ${docs.length} tuning articles; dropped: ${[...dropped].join(",") || "none"}; l2 ${fit.l2}, ${fit.iterations} steps`;
      report(title, tally);
      for (const [key, t] of boosted) report(`${title}; logit + ${key}`, t);
    }
  }
}

if (process.argv[1]?.endsWith("cross-validate.ts")) main();
