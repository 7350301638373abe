import { describe, expect, it } from "vitest";
import { spellingKey } from "../../../src/core/match/spelling-variants.js";

describe("spellingKey", () => {
  it("folds British spellings onto American ones", () => {
    const pairs = [
      ["defence", "defense"],
      ["organise", "organize"],
      ["organisation", "organization"],
      ["recognised", "recognized"],
      ["analyse", "analyze"],
      ["colour", "color"],
      ["favourite", "favorite"],
      ["neighbours", "neighbors"],
      ["labourers", "laborers"],
      ["centre", "center"],
      ["travelled", "traveled"],
      ["catalogue", "catalog"],
      ["programme", "program"],
    ];
    for (const [uk, us] of pairs) expect(spellingKey(uk!)).toBe(spellingKey(us!));
  });

  it("never merges two different words", () => {
    for (const [a, b] of [
      ["four", "for"],
      ["hour", "hor"],
      ["tour", "tor"],
      ["your", "yor"],
      ["devour", "devor"],
      ["contour", "contor"],
    ]) {
      expect(spellingKey(a!)).not.toBe(spellingKey(b!));
    }
    expect(spellingKey("otherwise")).toBe("otherwise");
  });
});
