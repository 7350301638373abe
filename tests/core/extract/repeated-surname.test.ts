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

describe("a full name whose surname is also a common word", () => {
  it("is a person once the surname alone is a later clause's subject, so 'she' can mean her", () => {
    const body = `Minister tours the port

Odalys Rice toured the harbour on Monday with local officials.

The visit came as the government weighed new tariffs. Asked about the plan, Rice declined to comment. She said later: "We will look at every option."`;
    expect(speakersOf(body)).toEqual(["Odalys Rice"]);
  });

  it("does not take the common word opening a sentence without a verb for the person", () => {
    const body =
      "Odalys Rice toured the delta farms. Rice prices rose sharply this year. Later, Rice met the growers.";
    const people = peopleIn(body);
    expect(people).toContain("Odalys Rice");
    expect(people.filter((name) => name === "Rice")).toHaveLength(1);
  });

  it("is not confirmed by a headline adjective before a surname", () => {
    const body = "Upbeat Baker wins\n\nBaker clocked the best time of the day.";
    expect(peopleIn(body)).not.toContain("Upbeat Baker");
  });
});
