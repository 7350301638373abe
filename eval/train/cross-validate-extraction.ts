/**
 * k-fold cross-validation of the speaker model within the PolNeAR tuning articles, end to end: each fold's
 * articles are extracted and scored as `npm run eval:attribution` scores them, with weights fitted (as
 * `npm run train:attribution` fits them, two rounds, each reading the articles anew) on the other folds only.
 * Slower than cross-validate.ts, which scores examples read once, but it sees what the earlier quotations' choices
 * do to the later ones (the previous-speaker features). Deterministic: an article's fold is a hash of its name.
 *
 * USAGE lists the options.
 */
import { createHash } from "node:crypto";
import { extractQuotes, SURE_SPEAKER_PROBABILITY } from "../../src/core/extract/extract-quotes.js";
import { FEATURES, type Feature } from "../../src/core/extract/speaker-features.js";
import { chooseSpeaker, score } from "../../src/core/extract/speaker-model.js";
import { parseOptions } from "../cli-options.js";
import { goldQuotes } from "../polnear/gold.js";
import { loadPolnear, type PolnearDocument, polnearDir } from "../polnear/load-polnear.js";
import { loadReferents } from "../polnear/referents.js";
import { emptyTally, STATED_BARS, scoreDocument, type Tally } from "../polnear/score.js";
import { splitOf } from "../polnear/split.js";
import { fitBoostedTrees, TREE_OPTION_FLAGS, TREES, type TreeOptions } from "./boosted-trees.js";
import { fitConditionalLogit } from "./conditional-logit.js";
import { parseList, withTrees } from "./cross-validate.js";
import { type Example, speakerExamples } from "./speaker-examples.js";

const USAGE = `npx tsx eval/train/cross-validate-extraction.ts                       all features
npx tsx eval/train/cross-validate-extraction.ts --drop a,b            without features a and b (compare the figures)
npx tsx eval/train/cross-validate-extraction.ts --trees 50 --depth 3 --rate 0.05 --lambda 10 --minHessian 20
                                     also the logit with boosted trees fitted on the second round's examples`;

export const FOLDS = 5;
const FOLD_SEED = "verbatim-speaker-cv-1";

export function foldOf(name: string, folds = FOLDS): number {
  return createHash("sha256").update(`${FOLD_SEED}:${name}`).digest().readUInt32BE(0) % folds;
}

const RULES_ONLY = new Map<Feature, number>([["rule", 10]]);

function fitWeights(examples: readonly Example[], features: readonly Feature[]): Map<Feature, number> {
  const { weights } = fitConditionalLogit(examples, features);
  return new Map(features.map((f, i) => [f, Number(weights[i]!.toFixed(3)) + 0]));
}

/**
 * The tally of held-out folds, each scored with weights fitted on the other folds; then one more for each tree
 * setting, the trees fitted on top of the same fold's weights.
 */
export function crossValidate(
  docs: readonly PolnearDocument[],
  features: readonly Feature[],
  trees: readonly TreeOptions[] = [],
): Tally[] {
  const tuning = docs.filter((d) => splitOf(d.article.id) === "tune");
  // Hand-resolved pronoun referents label (and score) the pronoun quotations they cover, as in training.
  const referents = loadReferents();
  const examples = (d: PolnearDocument, weights: ReadonlyMap<Feature, number>) =>
    speakerExamples(d, weights, referents.get(d.article.id));
  // The first round reads every article with the rules alone, whatever the fold.
  const first = new Map(tuning.map((d) => [d, examples(d, RULES_ONLY)]));
  const tallies = [emptyTally(), ...trees.map(() => emptyTally())];
  for (let k = 0; k < FOLDS; k++) {
    const train = tuning.filter((d) => foldOf(d.article.id) !== k);
    const round1 = fitWeights(
      train.flatMap((d) => first.get(d)!),
      features,
    );
    const round2 = train.flatMap((d) => examples(d, round1));
    const weights = fitWeights(round2, features);
    const choosers = [
      (c: Parameters<typeof chooseSpeaker>[0]) => chooseSpeaker(c, weights),
      ...trees.map((o) =>
        withTrees(
          weights,
          fitBoostedTrees(round2, features, (c) => score(c, weights), o),
          features,
        ),
      ),
    ];
    for (const d of tuning) {
      if (foldOf(d.article.id) !== k) continue;
      choosers.forEach((choose, t) => {
        const ours = extractQuotes(d.article, choose);
        const gold = goldQuotes(d, referents.get(d.article.id));
        scoreDocument(d.article.id, d.article.body, gold, ours, tallies[t]!, []);
      });
    }
  }
  return tallies;
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

function main(): void {
  const values = parseOptions(
    {
      drop: { type: "string", default: "" },
      ...TREE_OPTION_FLAGS,
    },
    USAGE,
  );
  const dropped = new Set(values.drop.split(",").filter(Boolean));
  const unknown = [...dropped].filter((f) => !(FEATURES as readonly string[]).includes(f));
  if (unknown.length > 0) {
    console.error(`Unknown features: ${unknown.join(", ")}`);
    process.exit(2);
  }
  const features = FEATURES.filter((f) => !dropped.has(f));
  // One tree setting: the first of each list given.
  const first = (text: string | undefined, fallback: number) => parseList(text, fallback)[0]!;
  const trees: TreeOptions[] = values.trees
    ? [
        {
          trees: first(values.trees, TREES.trees),
          depth: first(values.depth, TREES.depth),
          rate: first(values.rate, TREES.rate),
          lambda: first(values.lambda, TREES.lambda),
          minHessian: first(values.minHessian, TREES.minHessian),
        },
      ]
    : [];
  crossValidate(loadPolnear(polnearDir()), features, trees).forEach((tally, t) => {
    const setting = t === 0 ? "the logit" : `the logit + trees ${JSON.stringify(trees[t - 1])}`;
    report(tally, `${dropped.size ? `without ${values.drop}, ` : ""}${setting}`);
  });
}

function report(tally: Tally, title: string): void {
  const { named, pronoun, resolved } = tally;
  const wrong = (b: typeof named) => b.total - b.right - b.unknown;
  console.log(`${FOLDS}-fold cross-validation over the tuning articles, ${title}`);
  console.log(
    `  pronoun ${pct(pronoun.right, pronoun.total)} right, ${pct(wrong(pronoun), pronoun.total)} wrong name (n=${pronoun.total})`,
  );
  console.log(
    `  pronoun, hand-resolved referent ${pct(resolved.right, resolved.total)} right, ${pct(wrong(resolved), resolved.total)} wrong name (n=${resolved.total})`,
  );
  console.log(
    `  named   ${pct(named.right, named.total)} right, ${pct(wrong(named), named.total)} wrong name (n=${named.total})`,
  );
  const { base, bars } = tally.statedAt;
  STATED_BARS.forEach((bar, i) => {
    const { total, right } = bars[i]!;
    const mark = bar === SURE_SPEAKER_PROBABILITY ? " (a verdict's bar)" : "";
    console.log(
      `  stated at p ≥ ${bar}${mark}: ${pct(total, base)} of quotations with a known speaker, ${pct(right, total)} right (${right}/${total} of ${base})`,
    );
  });
  // Quotation rules are not fitted, so these equal the tuning figures; printed to read a run whole.
  console.log(
    `  quotations: recall ${pct(tally.found, tally.gold)} (n=${tally.gold}), precision ${pct(tally.correct, tally.ours)} (n=${tally.ours})`,
  );
}

if (process.argv[1]?.endsWith("cross-validate-extraction.ts")) main();
