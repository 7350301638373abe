import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Candidate, Feature } from "../../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import type { Article } from "../../../src/core/types.js";

function article(body: string): Article {
  return { id: "a", file: "a", body, format: "text", punctuated: true };
}

/** Each quotation's candidates by speaker name, and the speaker chosen. */
function read(body: string) {
  const seen: Array<Map<string, Candidate>> = [];
  const quotes = extractQuotes(article(body), (candidates) => {
    seen.push(new Map(candidates.flatMap((c) => (c.speaker ? [[c.speaker.name, c] as const] : []))));
    return chooseSpeaker(candidates);
  });
  return { seen, quotes };
}

function carriers(candidates: Map<string, Candidate>, feature: Feature): string[] {
  return [...candidates].filter(([, c]) => c.features[feature]).map(([name]) => name);
}

const DEMURRED = `Harbour plan

Tom Garvey, the harbour board's long-serving chairman, sat in his office on Monday. Garvey believes the vote will pass by spring.

Asked whether he was worried that Ellen Brandt, the town's mayor, who has called the scheme a waste of money, could block the vote, Garvey demurred.

"The numbers are on our side and the town knows it," he said.`;

const BACKED_HER_RIVAL = `Vote count

Senator Ruth Ames spoke to the party on Monday. Governor Paul Hendry has backed her rival in the primary and raised money for her opponent.

"We will not be bullied out of this race," she said.`;

describe("who a sentence is about, and an oblique pronoun", () => {
  it("takes the subject after an opening participle clause, not a name inside it, as the prior subject", () => {
    const { seen, quotes } = read(DEMURRED);
    expect(carriers(seen[0]!, "pronounPriorSubject")).toEqual(["Tom Garvey"]);
    expect(quotes[0]?.speakerName).toBe("Tom Garvey");
  });

  it("keeps a man's first name against the possessive her that follows it", () => {
    const { quotes } = read(BACKED_HER_RIVAL);
    expect(quotes[0]?.speakerName).toBe("Ruth Ames");
  });
});
