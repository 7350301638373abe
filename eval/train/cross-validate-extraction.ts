/**
 * k-fold cross-validation of the speaker model within the PolNeAR tuning articles, end to end: each fold's
 * articles are extracted and scored as `npm run eval:attribution` scores them, with weights fitted (as
 * `npm run train:attribution` fits them, two rounds, each reading the articles anew) on the other folds only.
 * Slower than cross-validate.ts, which scores examples read once, but it sees what the earlier quotations' choices
 * do to the later ones (the previous-speaker features). Deterministic: an article's fold is a hash of its name.
 *
 *   npx tsx eval/train/cross-validate-extraction.ts                       all features
 *   npx tsx eval/train/cross-validate-extraction.ts --drop a,b            without features a and b (compare the figures)
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { extractQuotes, SURE_SPEAKER_PROBABILITY } from "../../src/core/extract/extract-quotes.js";
import { FEATURES, type Feature } from "../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../src/core/extract/speaker-model.js";
import { goldQuotes } from "../polnear/gold.js";
import { loadPolnear, type PolnearDocument, polnearDir } from "../polnear/load-polnear.js";
import { loadReferents } from "../polnear/referents.js";
import { emptyTally, STATED_BARS, scoreDocument, type Tally } from "../polnear/score.js";
import { splitOf } from "../polnear/split.js";
import { fitConditionalLogit } from "./conditional-logit.js";
import { type Example, speakerExamples } from "./speaker-examples.js";

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

/** The tally of held-out folds, each scored with weights fitted on the other folds. */
export function crossValidate(docs: readonly PolnearDocument[], features: readonly Feature[]): Tally {
  const tuning = docs.filter((d) => splitOf(d.article.id) === "tune");
  // Hand-resolved pronoun referents label (and score) the pronoun quotations they cover, as in training.
  const referents = loadReferents();
  const examples = (d: PolnearDocument, weights: ReadonlyMap<Feature, number>) =>
    speakerExamples(d, weights, referents.get(d.article.id));
  // The first round reads every article with the rules alone, whatever the fold.
  const first = new Map(tuning.map((d) => [d, examples(d, RULES_ONLY)]));
  const tally = emptyTally();
  for (let k = 0; k < FOLDS; k++) {
    const train = tuning.filter((d) => foldOf(d.article.id) !== k);
    const round1 = fitWeights(
      train.flatMap((d) => first.get(d)!),
      features,
    );
    const weights = fitWeights(
      train.flatMap((d) => examples(d, round1)),
      features,
    );
    for (const d of tuning) {
      if (foldOf(d.article.id) !== k) continue;
      const ours = extractQuotes(d.article, (c) => chooseSpeaker(c, weights));
      scoreDocument(
        d.article.id,
        d.article.body,
        goldQuotes(d, referents.get(d.article.id)),
        ours,
        tally,
        [],
      );
    }
  }
  return tally;
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

function main(): void {
  const { values } = parseArgs({ options: { drop: { type: "string", default: "" } } });
  const dropped = new Set(values.drop.split(",").filter(Boolean));
  const unknown = [...dropped].filter((f) => !(FEATURES as readonly string[]).includes(f));
  if (unknown.length > 0) {
    console.error(`Unknown features: ${unknown.join(", ")}`);
    process.exit(2);
  }
  const features = FEATURES.filter((f) => !dropped.has(f));
  const tally = crossValidate(loadPolnear(polnearDir()), features);
  const { named, pronoun, resolved } = tally;
  const wrong = (b: typeof named) => b.total - b.right - b.unknown;
  console.log(
    `${FOLDS}-fold cross-validation over the tuning articles${dropped.size ? `, without ${values.drop}` : ""}`,
  );
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
