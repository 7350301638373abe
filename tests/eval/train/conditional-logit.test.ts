import { describe, expect, it } from "vitest";
import { FIT, fitConditionalLogit } from "../../../eval/train/conditional-logit.js";
import type { Example } from "../../../eval/train/speaker-examples.js";
import type { Candidate } from "../../../src/core/extract/speaker-features.js";

const candidate = (features: Candidate["features"]): Candidate => ({
  speaker: { name: "x", kind: "person" },
  mention: null,
  cue: null,
  features,
});

/** Right speakers are near the quotation and subjects of its verb three times in four; a fixed, varied set. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 40; i++) {
    const near = candidate({ rule: 1, distance: 0.1 + (i % 5) / 50 });
    const far = candidate({ namedEarlier: 1, distance: 0.6 + (i % 7) / 40 });
    out.push({ candidates: [near, far], positives: [i % 4 === 3 ? 1 : 0] });
  }
  return out;
}

describe("conditional logit fit", () => {
  const options = { iterations: 200, learningRate: 1, l2: 0.001 };

  it("gives the same weights every time from the same examples", () => {
    const a = fitConditionalLogit(examples(), ["rule", "namedEarlier", "distance"], options);
    const b = fitConditionalLogit(examples(), ["rule", "namedEarlier", "distance"], options);
    expect(a.weights).toEqual(b.weights);
  });

  it("learns to prefer the evidence that is right more often, near three to one", () => {
    const { weights } = fitConditionalLogit(examples(), ["rule", "namedEarlier", "distance"], options);
    const [rule = 0, earlier = 0, distance = 0] = weights;
    const margin = rule + 0.14 * distance - (earlier + 0.68 * distance);
    // softmax odds of 3:1 are a margin of ln 3 ≈ 1.1
    expect(margin).toBeGreaterThan(0.8);
    expect(margin).toBeLessThan(1.4);
  });

  it("takes enough steps for a feature seen in few quotations to settle", () => {
    // One quotation in twenty has a headline name, and that name is always right: its weight grows slowly.
    const rare = examples().map((e, i) => {
      if (i % 20 !== 0) return e;
      const far = { ...e.candidates[1]!, features: { ...e.candidates[1]!.features, headline: 1 } };
      return { candidates: [e.candidates[0]!, far], positives: [1] };
    });
    const features = ["rule", "namedEarlier", "distance", "headline"] as const;
    const settled = fitConditionalLogit(rare, features, { ...FIT, iterations: 4 * FIT.iterations });
    const shipped = fitConditionalLogit(rare, features, FIT);
    for (const [k, w] of shipped.weights.entries()) expect(w).toBeCloseTo(settled.weights[k]!, 1);
  });
});
