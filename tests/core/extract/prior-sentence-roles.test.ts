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

const PRAISED = `Derby win

Forward Sam Okafor praised manager Tom Reid after the derby on Saturday. He said: "We kept going until the very end and the crowd carried us."`;

const POLLSTER = `Poll slips

Mayor Tom Harlan's pollster, Dana Whitfield, says the numbers will recover by spring. "Voters have not made up their minds yet," she says.`;

describe("pronoun evidence: roles in the sentence before the pronoun", () => {
  it("marks a person named after the prior subject, as an object, apart from the subject", () => {
    const { seen, quotes } = read(PRAISED);
    expect(carriers(seen[0]!, "pronounPriorSubject")).toEqual(["Sam Okafor"]);
    expect(carriers(seen[0]!, "pronounPriorOther")).toEqual(["Tom Reid"]);
    expect(quotes[0]?.speakerName).toBe("Sam Okafor");
  });

  it("does not take a possessor for the prior sentence's subject", () => {
    const { seen, quotes } = read(POLLSTER);
    expect(carriers(seen[0]!, "pronounPriorSubject")).toEqual(["Dana Whitfield"]);
    expect(quotes[0]?.speakerName).toBe("Dana Whitfield");
  });
});
