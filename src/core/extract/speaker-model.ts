/**
 * Chooses a quotation's speaker among its candidates with a conditional logit model: each candidate's score is
 * the weighted sum of its features, and the probability of each is its share of the exponentiated scores. The
 * weights are fitted on the tuning articles of PolNeAR (`npm run train:attribution`) and shipped in
 * speaker-model.json. When the best candidate is "nobody" or no more likely than MIN_PROBABILITY, the speaker is
 * left unknown rather than guessed.
 */
import { type Candidate, FEATURES, type Feature } from "./speaker-features.js";
import shipped from "./speaker-model.json" with { type: "json" };

export interface SpeakerModel {
  features: readonly string[];
  weights: readonly number[];
}

/** The best candidate is named only when more likely than this: more likely right than not. */
export const MIN_PROBABILITY = 0.5;

export function score(candidate: Candidate, weights: ReadonlyMap<Feature, number>): number {
  let sum = 0;
  const list = candidate.list;
  if (list) {
    for (let i = 0; i < list.names.length; i++) sum += (weights.get(list.names[i]!) ?? 0) * list.values[i]!;
    return sum;
  }
  const features = candidate.features;
  for (const feature in features) {
    sum += (weights.get(feature as Feature) ?? 0) * (features[feature as Feature] ?? 0);
  }
  return sum;
}

/** Each score's share of the exponentiated scores. Plain loops: this runs for every quotation of a corpus. */
function softmax(scores: readonly number[]): number[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > top) top = s;
  const exps = scores.map((s) => Math.exp(s - top));
  let total = 0;
  for (const e of exps) total += e;
  return exps.map((e) => e / total);
}

export function weightMap(model: SpeakerModel): Map<Feature, number> {
  const known = new Set<string>(FEATURES);
  const map = new Map<Feature, number>();
  model.features.forEach((name, i) => {
    if (known.has(name)) map.set(name as Feature, model.weights[i] ?? 0);
  });
  return map;
}

const SHIPPED = weightMap(shipped);

export interface SpeakerChoice {
  candidate: Candidate | null;
  probability: number;
}

/** The most probable candidate, or none when it is "nobody" or not probable enough. */
export function chooseSpeaker(
  candidates: readonly Candidate[],
  weights: ReadonlyMap<Feature, number> = SHIPPED,
): SpeakerChoice {
  return chooseByScores(
    candidates,
    candidates.map((c) => score(c, weights)),
  );
}

/** chooseSpeaker over scores worked out elsewhere (a model scoring candidates its own way). */
export function chooseByScores(candidates: readonly Candidate[], scores: readonly number[]): SpeakerChoice {
  const p = softmax(scores);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const candidate = candidates[best] ?? null;
  const probability = p[best] ?? 0;
  if (!candidate?.speaker || probability <= MIN_PROBABILITY) return { candidate: null, probability };
  return { candidate, probability };
}
