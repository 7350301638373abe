import { describe, expect, it } from "vitest";
import { fitBoostedTrees, TREES, treeScore } from "../../../eval/train/boosted-trees.js";
import { FIT, fitConditionalLogit } from "../../../eval/train/conditional-logit.js";
import type { Example } from "../../../eval/train/speaker-examples.js";
import type { Candidate, Feature } from "../../../src/core/extract/speaker-features.js";

const candidate = (features: Candidate["features"]): Candidate => ({
  speaker: { name: "x", kind: "person" },
  mention: null,
  cue: null,
  features,
});

const features: Feature[] = ["near", "agrees"];
const near = candidate({ near: 1 });
const agrees = candidate({ agrees: 1 });
const both = candidate({ near: 1, agrees: 1 });
const neither = candidate({});

/**
 * Either piece of evidence alone marks the speaker, both together mark someone else: beating "neither" needs
 * positive weights, beating "both" negative ones, so no single weight per feature gets every quotation right.
 */
function examples(): Example[] {
  const kinds = [
    { candidates: [near, both], positives: [0] },
    { candidates: [agrees, both], positives: [0] },
    { candidates: [near, neither], positives: [0] },
    { candidates: [agrees, neither], positives: [0] },
  ];
  // Twice as many of the last two kinds: with as many of each, every split's gain is zero and no tree starts.
  return Array.from({ length: 60 }, (_, i) => kinds[i % 6 < 4 ? i % 6 : (i % 6) - 2]!);
}

const value = (c: Candidate) => (k: number) => c.features[features[k]!] ?? 0;

function rightShare(scoreOf: (c: Candidate) => number): number {
  const right = examples().filter((e) => {
    const [a, b] = e.candidates.map(scoreOf);
    return a! > b!;
  });
  return right.length / examples().length;
}

describe("boosted trees on the logit's score", () => {
  const logit = fitConditionalLogit(examples(), features, { ...FIT, iterations: 300 });
  const base = (c: Candidate) =>
    features.reduce((s, f, k) => s + logit.weights[k]! * (c.features[f] ?? 0), 0);
  const options = { ...TREES, trees: 50, minHessian: 1 };

  it("learns an interaction the logit's weights cannot", () => {
    expect(rightShare(base)).toBeLessThan(1);
    const trees = fitBoostedTrees(examples(), features, base, options);
    expect(rightShare((c) => base(c) + treeScore(trees, value(c)))).toBe(1);
  });

  it("gives the same trees every time from the same examples", () => {
    const a = fitBoostedTrees(examples(), features, base, options);
    const b = fitBoostedTrees(examples(), features, base, options);
    expect(a).toEqual(b);
    expect(a.leaf).toHaveLength(50 * 4);
  });
});
