import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Article } from "../../../src/core/types.js";

function speakers(body: string): Array<string | null> {
  const article: Article = { id: "a", file: "a", body, format: "text", punctuated: true };
  return extractQuotes(article).map((q) => q.speakerName);
}

/** A man is the sentence's subject; his wife, named in apposition after the verb, speaks. */
const WIFE_AFTER_VERB = `Writer dies at 84

The novelist Paul Hart died at his home on Tuesday after a long illness. He wrote twelve books.

"He had a full life and he was always kind to everyone," said his wife, Jane Hart.`;

/** A spokesman named after the verb and a comma, with "her" pointing at the minister. */
const SPOKESMAN_AFTER_VERB = `Minister to stay

Health Minister Ann Lowe will not resign over the report, her office said on Friday.

"The minister has the full backing of her colleagues," said her spokesman, Tom Hale.`;

describe("a person in apposition to a possessed role after the reporting verb", () => {
  it("names the wife, not the husband the possessive points to", () => {
    expect(speakers(WIFE_AFTER_VERB)).toEqual(["Jane Hart"]);
  });

  it("names the spokesman, not the minister", () => {
    expect(speakers(SPOKESMAN_AFTER_VERB)).toEqual(["Tom Hale"]);
  });
});
