/**
 * A verification's work is bounded by a counted budget: past it, the best answer found so far is given and marked.
 * Counted work, so the same query stops at the same place on every run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ImageEngine } from "../../../src/core/engine.js";
import { openEngine } from "../../../src/core/engine.js";
import { DEFAULT_WORK_BUDGET, TRUNCATED_NOTE } from "../../../src/core/match/work-budget.js";

let engine: ImageEngine;
beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus" });
});

/** A long quotation of common words: the kind of query that reads the most postings and aligns the most windows. */
const HEAVY = Array.from({ length: 25 }, () => "and the people of the country said that it was in the").join(
  " ",
);

describe("the work budget", () => {
  it("leaves ordinary queries untouched", () => {
    const result = engine.verify({ quote: "All is well" });
    expect(result.truncated).toBeUndefined();
    expect(result.verdict).toBe("verified");
    expect(result.explanation).not.toContain(TRUNCATED_NOTE);
  });

  it("stops a search that outgrows it, marks the answer and says so", () => {
    const full = engine.verify({ quote: HEAVY }, { budget: Number.POSITIVE_INFINITY });
    const cut = engine.verify({ quote: HEAVY }, { budget: 5_000 });
    expect(full.truncated).toBeUndefined();
    expect(cut.truncated).toBe(true);
    expect(cut.explanation).toContain(TRUNCATED_NOTE);
    expect(cut.verdict).toBe("not_found");
    expect(engine.verify({ quote: HEAVY }, { budget: 5_000 })).toEqual(cut);
  });

  it("is far above what ordinary queries need: a much smaller one changes none of their answers", () => {
    for (const quote of [
      "All is well",
      "Iran took and concluded proportionate measures in self defence",
      "All is well, we have the most powerful military in the world",
      "Iran will close the Strait of Hormuz to all oil tankers tomorrow",
    ]) {
      const unbounded = engine.verify({ quote }, { budget: Number.POSITIVE_INFINITY });
      expect(engine.verify({ quote }, { budget: DEFAULT_WORK_BUDGET / 100 })).toEqual(unbounded);
    }
  });
});
