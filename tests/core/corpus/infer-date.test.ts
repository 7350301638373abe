import { describe, expect, it } from "vitest";
import { inferDate, normaliseDate } from "../../../src/core/corpus/infer-date.js";

describe("inferDate", () => {
  it.each([
    ["WASHINGTON, Jan. 8, 2020 — Officials said", "2020-01-08"],
    ["Posted January 8, 2020. The minister said", "2020-01-08"],
    ["LONDON (8 January 2020) The minister said", "2020-01-08"],
    ["Updated 2020-01-08 14:00. The minister said", "2020-01-08"],
    ["On Sept. 30 2019 the board met", "2019-09-30"],
    ["It was the 3rd of March, 2021 when", "2021-03-03"],
  ])("finds the date in %j", (text, date) => {
    expect(inferDate(text)).toBe(date);
  });

  it("returns the first date when there are several", () => {
    expect(inferDate("Tokyo, Jan. 8, 2020. The attack on 3 January 2020 killed")).toBe("2020-01-08");
  });

  it.each([
    ["no date at all", "The minister said on Wednesday that talks would continue."],
    ["an impossible day", "DUBLIN, Feb. 30, 2021 — The minister said"],
    ["a year out of range", "Edward was crowned on 25 December 1066, the chronicle says."],
    ["a kick-off time, not a year", "Leeds v Hull, Friday, 25 February 2000 GMT"],
    ["a deadline", "The rules apply until 15 July 2006, the regulator said."],
  ])("finds none in text with %s", (_what, text) => {
    expect(inferDate(text)).toBeNull();
  });

  it("only looks at the opening of the article", () => {
    expect(
      inferDate(`${"The minister said talks would continue. ".repeat(40)}On 8 January 2020 they did.`),
    ).toBeNull();
  });
});

describe("normaliseDate", () => {
  it("accepts real YYYY-MM-DD days and Date objects", () => {
    expect(normaliseDate("2020-01-08")).toBe("2020-01-08");
    expect(normaliseDate(new Date(Date.UTC(2020, 0, 8)))).toBe("2020-01-08");
  });

  it.each(["2020-02-30", "2020-13-01", "8 Jan 2020", "2020-1-8", "", "yesterday"])("rejects %j", (value) => {
    expect(normaliseDate(value)).toBeNull();
  });
});
