import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { collectPersonMentions } from "../../../src/core/extract/person-mentions.js";
import { tokenize } from "../../../src/core/extract/tokens.js";
import type { Article } from "../../../src/core/types.js";

function speakersOf(body: string): Array<string | null> {
  const article: Article = { id: "a", file: "a", body, format: "text", punctuated: true };
  return extractQuotes(article).map((q) => q.speakerName);
}

/** The people named, each paragraph read apart as the extractor reads them. */
function peopleIn(body: string): string[] {
  const paragraphs = [...body.matchAll(/[^\n]+/g)].map((m) =>
    tokenize(body, m.index, m.index + m[0].length, []),
  );
  return collectPersonMentions(paragraphs, body).map((p) => p.name);
}

describe("a surname the article writes only after a title", () => {
  it("names the person when written alone, so a later 'he' can mean him", () => {
    const body = `On a mild day in the capital, President Varnum had reason to smile.

Varnum said the accord would send a powerful signal to investors.

Ted Nordby, co-founder of the Greenway Institute, welcomed the plan. Nordby said: "No large economy has yet done it."

And Varnum, for all the progress he won from other leaders, seems to agree. "We don't yet know what will work best," he said.`;
    expect(speakersOf(body)).toEqual(["Ted Nordby", "Varnum"]);
    expect(peopleIn(body).filter((name) => name === "Varnum")).toHaveLength(3);
  });

  it("takes a lone common word for the surname only where it reads as a name, and no qualifier for a title", () => {
    const body =
      "Mr Cotton opened the new mill. Cotton prices rose all year. Former Ardley striker Tom Crane came too. Later, Cotton thanked the staff, and Ardley fans cheered.";
    const people = peopleIn(body);
    expect(people.filter((name) => name === "Cotton")).toHaveLength(2);
    // "Former" qualifies a title and names no role: the lone "Ardley" stays the club.
    expect(people.filter((name) => name === "Ardley")).toHaveLength(1);
  });
});
