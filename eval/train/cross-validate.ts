/**
 * k-fold cross-validation of the speaker model within the PolNeAR tuning articles, for choosing features:
 * each fold's articles are scored by a model fitted on the other folds. Deterministic: folds by a hash of the
 * article name, examples read once with the shipped weights, fits from zero as in fit-speaker-model.ts.
 *
 *   npx tsx eval/train/cross-validate.ts                       all features
 *   npx tsx eval/train/cross-validate.ts --drop place,thing    the same without some features
 *   npx tsx eval/train/cross-validate.ts --drop a --drop b,c   each set dropped in turn, examples read once
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { FEATURES, type Feature } from "../../src/core/extract/speaker-features.js";
import { chooseSpeaker, weightMap } from "../../src/core/extract/speaker-model.js";
import shipped from "../../src/core/extract/speaker-model.json" with { type: "json" };
import { loadPolnear, polnearDir } from "../polnear/load-polnear.js";
import { loadReferents } from "../polnear/referents.js";
import { splitOf } from "../polnear/split.js";
import { FIT, fitConditionalLogit } from "./conditional-logit.js";
import { type Example, speakerExamples } from "./speaker-examples.js";

export const FOLDS = 5;

export function foldOf(name: string, folds = FOLDS): number {
  return createHash("sha256").update(`verbatim-cv:${name}`).digest().readUInt32BE(0) % folds;
}

interface Score {
  total: number;
  right: number;
  wrong: number;
}

function tallyFold(
  examples: readonly Example[],
  weights: ReadonlyMap<Feature, number>,
  out: Map<string, Score>,
) {
  for (const e of examples) {
    const key = e.category ?? "other";
    const s = out.get(key) ?? { total: 0, right: 0, wrong: 0 };
    out.set(key, s);
    s.total++;
    const { candidate } = chooseSpeaker(e.candidates, weights);
    if (!candidate) continue;
    const i = e.candidates.indexOf(candidate);
    if (e.positives.includes(i)) s.right++;
    else s.wrong++;
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      drop: { type: "string", multiple: true, default: [""] },
      iterations: { type: "string" },
      l2: { type: "string" },
    },
  });
  const fit = {
    ...FIT,
    ...(values.iterations ? { iterations: Number(values.iterations) } : {}),
    ...(values.l2 ? { l2: Number(values.l2) } : {}),
  };
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
    const scores = new Map<string, Score>();
    for (let k = 0; k < FOLDS; k++) {
      const train = byFold.flatMap((examples, j) => (j === k ? [] : examples));
      const { weights } = fitConditionalLogit(train, features, fit);
      tallyFold(byFold[k]!, new Map(features.map((f, i) => [f, weights[i]!])), scores);
    }
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
    console.log(
      `${FOLDS}-fold CV over ${docs.length} tuning articles; dropped: ${[...dropped].join(",") || "none"}`,
    );
    for (const [key, s] of [...scores].sort()) {
      console.log(
        `  ${key.padEnd(8)} n=${s.total}  right ${pct(s.right, s.total)}  wrong ${pct(s.wrong, s.total)}`,
      );
    }
  }
}

main();
