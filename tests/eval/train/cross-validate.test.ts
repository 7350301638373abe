import { describe, expect, it } from "vitest";
import { TREES } from "../../../eval/train/boosted-trees.js";
import { FIT, fitConditionalLogit } from "../../../eval/train/conditional-logit.js";
import {
  emptyCvTally,
  fitSettings,
  parseList,
  tallyFold,
  treeSettings,
} from "../../../eval/train/cross-validate.js";
import type { Example } from "../../../eval/train/speaker-examples.js";
import type { Candidate, Feature } from "../../../src/core/extract/speaker-features.js";

const candidate = (name: string | null, features: Candidate["features"]): Candidate => ({
  speaker: name ? { name, kind: "person" } : null,
  mention: null,
  cue: null,
  features,
});

describe("cross-validation fit settings", () => {
  it("reads a comma-separated list, or the shipped value when none is given", () => {
    expect(parseList("0.001, 0.01,0.1", FIT.l2)).toEqual([0.001, 0.01, 0.1]);
    expect(parseList(undefined, FIT.l2)).toEqual([FIT.l2]);
    expect(() => parseList("0.01,lots", FIT.l2)).toThrow();
  });

  it("tries every pair of penalty and step count, keeping the shipped learning rate", () => {
    const settings = fitSettings("0.001,0.01", "1000,3000");
    expect(settings.map((s) => [s.l2, s.iterations])).toEqual([
      [0.001, 1000],
      [0.001, 3000],
      [0.01, 1000],
      [0.01, 3000],
    ]);
    expect(settings.every((s) => s.learningRate === FIT.learningRate)).toBe(true);
    expect(fitSettings(undefined, undefined)).toEqual([FIT]);
  });

  it("fits each combination of tree settings once, with the most trees asked for", () => {
    const grid = treeSettings({ depth: "2,3", lambda: "1,10" }, [50, 200]);
    expect(grid.map((o) => [o.trees, o.depth, o.lambda])).toEqual([
      [200, 2, 1],
      [200, 2, 10],
      [200, 3, 1],
      [200, 3, 10],
    ]);
    expect(grid.every((o) => o.rate === TREES.rate && o.minHessian === TREES.minHessian)).toBe(true);
  });

  it("shrinks the weight of a feature that alone separates its few examples as the penalty grows", () => {
    // The cue's subject is right in every quotation that has one: unpenalised, its weight would grow without end.
    const examples: Example[] = Array.from({ length: 20 }, (_, i) => ({
      candidates: [candidate("a", { rule: 1, cueSubjectParagraph: i % 4 === 0 ? 1 : 0 }), candidate("b", {})],
      positives: [0],
    }));
    const features: Feature[] = ["rule", "cueSubjectParagraph"];
    const loose = fitConditionalLogit(examples, features, { ...FIT, iterations: 500, l2: 0.001 });
    const tight = fitConditionalLogit(examples, features, { ...FIT, iterations: 500, l2: 0.1 });
    for (const [k, w] of tight.weights.entries())
      expect(Math.abs(w)).toBeLessThan(Math.abs(loose.weights[k]!));
  });
});

describe("cross-validation tally", () => {
  it("counts named and pronoun quotations, and those stated at the verdict's bar", () => {
    const weights = new Map<Feature, number>([["rule", 3]]);
    const sure = [candidate("a", { rule: 1 }), candidate(null, {})];
    const unsure = [candidate("a", {}), candidate("b", {}), candidate(null, {})];
    const tally = emptyCvTally();
    tallyFold(
      [
        { candidates: sure, positives: [0], category: "name" },
        { candidates: sure, positives: [1], category: "pronoun" },
        { candidates: unsure, positives: [0], category: "name" },
      ],
      weights,
      tally,
    );
    expect(tally.scores.get("name")).toEqual({ total: 2, right: 1, wrong: 0 });
    expect(tally.scores.get("pronoun")).toEqual({ total: 1, right: 0, wrong: 1 });
    // Only quotations with someone to name count towards the stated share; the sure one is stated and right.
    expect(tally.stated).toEqual({ base: 2, total: 1, right: 1 });
    expect(tally.largest).toEqual({ feature: "rule", weight: 3 });
  });
});
