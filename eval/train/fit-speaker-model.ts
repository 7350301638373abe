/** The speaker model fitted on the tuning articles, as shipped in speaker-model.json. */
import { FEATURES, type Feature } from "../../src/core/extract/speaker-features.js";
import type { PolnearDocument } from "../polnear/load-polnear.js";
import { loadReferents } from "../polnear/referents.js";
import { splitOf } from "../polnear/split.js";
import { FIT, type FitOptions, fitConditionalLogit } from "./conditional-logit.js";
import { type Example, speakerExamples } from "./speaker-examples.js";

export const SHIPPED_MODEL_PATH = "src/core/extract/speaker-model.json";

/** Weights are rounded so that the file is the same wherever the fit runs. */
const DECIMALS = 3;

export interface ShippedModel {
  features: string[];
  weights: number[];
  training: { articles: number; examples: number; loss: number; fit: FitOptions; rounds: number };
}

/** The rules alone: the first round reads earlier quotations as the rules attribute them. */
const RULES_ONLY = new Map<Feature, number>([["rule", 10]]);

/** Rounds of fitting: each reads the articles with the weights of the round before. */
export const ROUNDS = 2;

const round = (v: number) => Number(v.toFixed(DECIMALS)) + 0;

export function fitSpeakerModel(docs: readonly PolnearDocument[], options: FitOptions = FIT): ShippedModel {
  const tuning = docs.filter((d) => splitOf(d.article.id) === "tune");
  // Hand-resolved pronoun referents label the pronoun quotations they cover; only tuning articles are read.
  const referents = loadReferents();
  let weights: ReadonlyMap<Feature, number> = RULES_ONLY;
  let examples: Example[] = [];
  let fitted = { weights: [] as number[], loss: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    const reading = weights;
    examples = tuning.flatMap((d) => speakerExamples(d, reading, referents.get(d.article.id)));
    fitted = fitConditionalLogit(examples, FEATURES, options);
    weights = new Map(FEATURES.map((f, i) => [f, round(fitted.weights[i]!)]));
  }
  return {
    features: [...FEATURES],
    weights: fitted.weights.map(round),
    training: {
      articles: tuning.length,
      examples: examples.length,
      loss: round(fitted.loss),
      fit: options,
      rounds: ROUNDS,
    },
  };
}
