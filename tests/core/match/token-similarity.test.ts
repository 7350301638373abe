import { describe, expect, it } from "vitest";
import { editDistance, lightStem, tokenSimilarity } from "../../../src/core/match/token-similarity.js";

describe("tokenSimilarity", () => {
  it("scores the same word 1 and an unrelated word 0", () => {
    expect(tokenSimilarity("escalation", "escalation")).toBe(1);
    expect(tokenSimilarity("escalation", "aggression")).toBe(0);
  });

  it("forgives a typo in a longer word, never in a short one", () => {
    expect(tokenSimilarity("proportionite", "proportionate")).toBeGreaterThan(0.7);
    expect(tokenSimilarity("misile", "missile")).toBeGreaterThan(0.7);
    expect(tokenSimilarity("form", "from")).toBeGreaterThan(0.7);
    expect(tokenSimilarity("do", "did")).toBe(0);
    expect(tokenSimilarity("war", "was")).toBe(0);
  });

  it("does not treat different numbers as typos of each other", () => {
    expect(tokenSimilarity("2004", "2005")).toBe(0);
  });

  it("gives partial credit to another form of the same word", () => {
    const s = tokenSimilarity("seek", "seeking");
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.7);
    expect(lightStem("concluded")).toBe(lightStem("conclude"));
  });
});

describe("editDistance", () => {
  it("counts an adjacent transposition as one edit and stops past the budget", () => {
    expect(editDistance("form", "from", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("governmnet", "government", 2)).toBe(1);
  });
});
