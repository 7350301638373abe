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
        else expect(got).toBeGreaterThan(max);
      }),
      { numRuns: 1000 },
    );
  });

  // Found by the property above: the documented result beyond max is max + 1, but when no row of the table
  // exceeds max until the last the full distance comes back. Callers only compare with max, so no answer changes;
  // this marks the gap between the comment and the code until one of them is changed.
  it.fails("returns exactly max + 1 beyond max", () => {
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
