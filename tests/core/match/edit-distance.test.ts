/** The bounded edit distance against the naive reference, on random short strings (with transpositions). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/core/match/token-similarity.js";
import { naiveEditDistance } from "./naive-edit-distance.js";

const text = fc.array(fc.constantFrom("a", "b", "c", "é", "'"), { maxLength: 9 }).map((c) => c.join(""));

describe("editDistance", () => {
  it("is the optimal string alignment distance up to max, and more than max beyond it", () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const got = editDistance(a, b, max);
        const expected = naiveEditDistance(a, b);
        if (expected <= max) expect(got).toBe(expected);
        else expect(got).toBe(max + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it("returns exactly max + 1 beyond max", () => {
    expect(editDistance("'c", "aaaaaa", 4)).toBe(5);
  });

  it("is symmetric and zero only for equal strings", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b, 9)).toBe(editDistance(b, a, 9));
        expect(editDistance(a, b, 9) === 0).toBe(a === b);
      }),
    );
  });
});
