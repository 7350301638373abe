import { describe, expect, it } from "vitest";
import { RecentAnswers } from "../../../src/front-ends/discord/recent-answers.js";

describe("RecentAnswers", () => {
  it("keeps only the most recent answers", () => {
    const answers = new RecentAnswers<string>(3);
    const keys = ["a", "b", "c", "d"].map((value) => answers.put(value));
    expect(answers.size).toBe(3);
    expect(answers.get(keys[0] ?? "")).toBeUndefined();
    expect(keys.slice(1).map((key) => answers.get(key))).toEqual(["b", "c", "d"]);
  });

  it("hands out short keys that fit in a button id", () => {
    const answers = new RecentAnswers<number>();
    const keys = new Set(Array.from({ length: 1000 }, (_, i) => answers.put(i)));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it("refuses a capacity that could not hold anything", () => {
    expect(() => new RecentAnswers(0)).toThrow(RangeError);
  });
});
