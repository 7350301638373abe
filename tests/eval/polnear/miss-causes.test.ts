import { describe, expect, it } from "vitest";
import type { GoldQuote } from "../../../eval/polnear/gold.js";
import { missedQuotes } from "../../../eval/polnear/miss-causes.js";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";

const body =
  'Harbour plan\n\nThe mayor praised the new musical "Salt and Tide" on Monday.\n\nShe said the harbour would reopen in May.\n';

function gold(text: string): GoldQuote {
  const start = body.indexOf(text);
  return { start, end: start + text.length, source: "the mayor", category: "other", expected: null };
}

describe("missedQuotes", () => {
  const ours = extractQuotes({ id: "a", file: "a", body, format: "text", punctuated: true });

  it("tells a quotation judged a title from words never quoted at all, and shows each in context", () => {
    const missed = missedQuotes("a", body, [gold("Salt and Tide"), gold("would reopen in May")], ours);
    expect(missed.map((m) => m.cause)).toEqual(["rejected", "no marks"]);
    expect(missed[0]?.context).toContain('musical "[[Salt and Tide]]" on Monday');
  });
});
