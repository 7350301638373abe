import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { ExtractedQuote } from "../../../src/core/extract/extracted-quote.js";
import { readArticle } from "./read-articles.js";

const fixtures = path.resolve(process.cwd(), "tests/fixtures/extract");

function quotesOf(file: string): ExtractedQuote[] {
  return extractQuotes(readArticle(path.join(fixtures, file)));
}

function summary(quotes: readonly ExtractedQuote[]) {
  return quotes.map((q) => ({ text: q.text, speaker: q.speakerName }));
}

describe("extractQuotes: quotation styles", () => {
  const quotes = quotesOf("quote-styles.txt");

  it("finds a quotation in each style with its speaker", () => {
    expect(summary(quotes)).toEqual([
      { text: "We will respond within the week", speaker: "Maria Lopez" },
      { text: "The budget is balanced for the first time in a decade.", speaker: "Tom Baker" },
      { text: "We didn't expect Iran's offer to arrive so soon", speaker: "the spokesman" },
      { text: "The talks are over for this year", speaker: "Anna Berg" },
      { text: "The vote is tomorrow and we have the numbers.", speaker: "Paul Grant" },
      { text: "We are not leaving the building", speaker: "Hale" },
    ]);
  });

  it("records the speaker as written and the reporting verb", () => {
    expect(quotes.map((q) => [q.speakerMention, q.cue])).toEqual([
      ["Maria Lopez", "said"],
      ["Tom Baker", "said"],
      ["the spokesman", "said"],
      ["Foreign Minister Anna Berg", "said"],
      ["Senator Paul Grant", "wrote"],
      ["Mr. Hale", "told"],
    ]);
  });

  it("marks full quotations as direct and keeps offsets into the body", () => {
    const article = readArticle(path.join(fixtures, "quote-styles.txt"));
    for (const q of quotes) {
      expect(q.kind).toBe("direct");
      expect(article.body.slice(q.start, q.end)).toBe(q.text);
      expect(q.document).toBe("quote-styles.txt");
    }
  });
});

describe("extractQuotes: a quotation running over two paragraphs", () => {
  it("returns both paragraphs, attributed through the pronoun after the second", () => {
    expect(summary(quotesOf("run-on.txt"))).toEqual([
      {
        text: "The first phase begins in May and covers the northern districts, where the river broke its banks last spring.",
        speaker: "Ellen Park",
      },
      {
        text: "The second phase follows in autumn, once the new bridges are finished",
        speaker: "Ellen Park",
      },
    ]);
  });
});

describe("extractQuotes: quotations that run on within one line", () => {
  it("reads each quotation after a reopening mark, with the speaker of the first", () => {
    expect(summary(quotesOf("run-on-lines.txt"))).toEqual([
      {
        text: "We have already rebuilt the north pier, it took eleven months when we started, and it is open again.",
        speaker: "Olga Brandt",
      },
      {
        text: "We are going to rebuild the south pier next and the aim is to finish the whole wall by the summer of 2028.",
        speaker: "Olga Brandt",
      },
      { text: "We have promised the crews a place to land every night of the year.", speaker: "Olga Brandt" },
      { text: "The harbour pays for half the town's jobs.", speaker: "Ravi Mehta" },
      { text: "A wall that fails in a storm would cost far more than the repairs.", speaker: "Ravi Mehta" },
    ]);
  });
});

describe("extractQuotes: quotations whose closing mark was lost on a run-on line", () => {
  it("ends each quotation where the next is introduced or reopened, each with its speaker", () => {
    expect(summary(quotesOf("run-on-lost-close.txt"))).toEqual([
      { text: "The crossing was too rough for most of January.", speaker: "Ines Varga" },
      { text: "We will run two extra sailings on Saturdays.", speaker: "Ines Varga" },
      { text: "stay ashore until the storms pass.", speaker: "Tomas Rey" },
      { text: "We used the time to repaint the hull", speaker: "Tomas Rey" },
      { text: "One of the regulars shouted 'bring back the boat!'", speaker: "Lena Ortiz" },
      { text: "We could only agree with him.", speaker: "Lena Ortiz" },
    ]);
  });
});

describe("extractQuotes: colons, partial quotations, nesting and labels", () => {
  const quotes = quotesOf("partial-and-labels.txt");

  it("attributes a quotation introduced by a colon to the possessor before it", () => {
    expect(quotes[0]).toMatchObject({
      text: "There is nothing more to add.",
      speakerName: "The minister",
      kind: "direct",
    });
  });

  it("marks fragments inside reported speech as partial", () => {
    expect(quotes.filter((q) => q.kind === "partial").map((q) => [q.text, q.speakerName])).toEqual([
      ["not tolerate delays", "Ellen Park"],
      ["a full review of every contract", "Ellen Park"],
    ]);
  });

  it("keeps a quotation nested in another inside the outer one", () => {
    expect(quotes[3]).toMatchObject({
      text: "My father always told me, ‘Never sign what you have not read,’ and I still follow that advice",
      speakerName: "Ellen Park",
      speakerMention: "Park",
    });
  });

  it("leaves out scare quotes and labels", () => {
    const texts = quotes.map((q) => q.text);
    expect(texts).not.toContain("green corridor");
    expect(texts).not.toContain("pragmatic");
    expect(texts).not.toContain("fairness");
    expect(quotes).toHaveLength(4);
  });
});

describe("extractQuotes: who speaks", () => {
  const quotes = quotesOf("speakers.txt");
  const by = (start: string) => quotes.find((q) => q.text.startsWith(start));

  it("resolves “the official” to the description given earlier", () => {
    expect(by("We expect")).toMatchObject({
      speakerName: "A senior Treasury official",
      speakerKind: "description",
      speakerMention: "the official",
      cue: "explained",
    });
  });

  it("resolves a pronoun to the nearest person before it, past an appositive and a title", () => {
    expect(by("Nobody is walking")).toMatchObject({ speakerName: "Laura Chen", speakerMention: "she" });
  });

  it("resolves a surname to the full name in the article, with the verb before the name", () => {
    expect(by("There will be no delay")).toMatchObject({ speakerName: "Laura Chen", speakerMention: "Chen" });
  });

  it("lets organisations speak", () => {
    expect(by("We stand ready")).toMatchObject({ speakerName: "Pentagon", speakerKind: "organisation" });
  });

  it("passes an unattributed quotation paragraph on from the previous speaker, with lower confidence", () => {
    const reyes = by("The offer is an insult");
    const next = by("Members will vote");
    expect(reyes).toMatchObject({ speakerName: "Mark Reyes", cue: "wrote" });
    expect(next).toMatchObject({ speakerName: "Mark Reyes", cue: null });
    expect(next!.confidence).toBeLessThan(reyes!.confidence);
  });
});
