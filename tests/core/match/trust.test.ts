import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "../../../src/core/match/match-index.js";
import { verifyQuote } from "../../../src/core/match/verify-quote.js";
import type { Article, Quote, QuoteKind, Speaker, VerifyResult } from "../../../src/core/types.js";

/**
 * Which evidence a verdict may rest on: punctuated text over a copy stripped of punctuation, a named speaker over
 * an unnamed one, and what to say when outlets disagree about who spoke.
 */
const FILLER =
  "The port authority published its annual figures on Monday. Cargo volumes were flat and passenger numbers rose " +
  "slightly, while the new terminal remains behind schedule.";

const NARRATION = "Engineers found cracks in three of the older piers during the winter inspection";
const SHARED = "We will open the new terminal before the end of the summer season";
const LONE = "Nobody here has ever been told the real cost of the dredging works";

const articles: Article[] = [];
const quotes: Quote[] = [];

function add(
  id: string,
  meta: Partial<Article>,
  body: string,
  quoted: [string, string | null, QuoteKind][],
): void {
  articles.push({ id, file: id, body, format: "text", punctuated: true, ...meta });
  for (const [text, speaker, kind] of quoted) {
    const start = body.indexOf(text);
    quotes.push({
      document: id,
      start,
      end: start + text.length,
      text,
      speaker,
      speakerMention: speaker,
      cue: "said",
      kind,
      confidence: kind === "frame" ? 0.5 : 0.9,
    });
  }
}

// A report with narration, and its text-only twin in which a reporting frame makes the narration look quoted.
const report = `${FILLER}\n${NARRATION}, according to the inspection report.\n${FILLER}`;
add("gazette.txt", { source: "Port Gazette", date: "2022-04-01" }, report, []);
const twinBody = report.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
add("gazette-text.txt", { source: "Port Gazette (text)", punctuated: false }, twinBody, [
  [NARRATION.toLowerCase(), "Republicans", "frame"],
]);
// One quotation, attributed by two outlets to the harbour master and by a third to an unnamed official.
add("herald.txt", { source: "Herald", date: "2022-04-02" }, `${FILLER}\n"${SHARED}," Ada Brenn said.`, [
  [SHARED, "Ada Brenn", "direct"],
]);
add("courier.txt", { source: "Courier", date: "2022-04-03" }, `${FILLER}\n"${SHARED}," said Ada Brenn.`, [
  [SHARED, "Ada Brenn", "direct"],
]);
add("post.txt", { source: "Evening Post", date: "2022-04-01" }, `${FILLER}\n"${SHARED}," an official said.`, [
  [SHARED, "an official", "direct"],
]);
// A quotation no outlet attributes.
add(
  "ledger.txt",
  { source: "Ledger", date: "2022-04-05" },
  `${FILLER}\nA sign at the gate read: "${LONE}."`,
  [[LONE, null, "direct"]],
);

const speakers: Speaker[] = [
  { name: "Ada Brenn", aliases: ["Brenn"], kind: "person", quoteCount: 2 },
  { name: "an official", aliases: [], kind: "description", quoteCount: 1 },
  { name: "Republicans", aliases: [], kind: "organisation", quoteCount: 1 },
  { name: "Tom Ruiz", aliases: ["Ruiz"], kind: "person", quoteCount: 3 },
];
const index = buildMatchIndex(articles, quotes);
const resolveSpeaker = (name: string) =>
  speakers.find((s) => s.name === name || s.aliases.includes(name) || s.name.endsWith(` ${name}`)) ?? null;
const verify = (quote: string, speaker?: string): VerifyResult =>
  verifyQuote(index, speaker ? { quote, speaker } : { quote }, { resolveSpeaker });

describe("punctuated text outranks a copy without punctuation", () => {
  it("calls narration unquoted although a frame in the stripped copy reads it as a quotation", () => {
    const result = verify(NARRATION);
    expect(result.verdict).toBe("unquoted");
    expect(result.speaker).toBeNull();
    expect(result.explanation).toContain("reporter's own narration");
    expect(result.explanation).toContain(
      "A copy without punctuation (Port Gazette (text)) reads them as a quotation",
    );
  });

  it("never confirms the frame's speaker for it", () => {
    const result = verify(NARRATION, "Republicans");
    expect(result.verdict).toBe("unquoted");
  });
});

describe("the passage that matches best is the evidence", () => {
  it("narration with the very words outranks another outlet's quotation of different ones", () => {
    const told = "The terminal will open before the end of the summer season";
    const words = "We will open the new terminal before the end of the summer season";
    const narrated = `${FILLER}\nThe harbour master says ${told}, weather permitting.`;
    const local = buildMatchIndex(
      [
        ...articles.filter((a) => a.id === "herald.txt"),
        { id: "n.txt", file: "n.txt", body: narrated, format: "text", punctuated: true },
      ],
      quotes.filter((q) => q.document === "herald.txt"),
    );
    const result = verifyQuote(local, { quote: told }, { resolveSpeaker });
    expect(result.verdict).toBe("unquoted");
    expect(verifyQuote(local, { quote: words }, { resolveSpeaker }).verdict).toBe("verified");
  });
});

describe("sources that disagree on the speaker", () => {
  it("names each side, the majority and the earliest", () => {
    const result = verify(SHARED);
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBe("Ada Brenn");
    expect(result.explanation).toContain(
      "Sources disagree on the speaker: Herald and Courier quote Ada Brenn; Evening Post gives it to an official.",
    );
    expect(result.explanation).toContain("Most name Ada Brenn; the earliest (2022-04-01) names an official.");
    expect(result.attributions).toEqual([
      {
        speaker: "Ada Brenn",
        sources: ["Herald", "Courier"],
        documents: ["herald.txt", "courier.txt"],
        earliest: "2022-04-02",
      },
      { speaker: "an official", sources: ["Evening Post"], documents: ["post.txt"], earliest: "2022-04-01" },
    ]);
  });

  it("confirms a claimed speaker some sources name, saying that others differ, with less confidence", () => {
    const claimed = verify(SHARED, "Ada Brenn");
    expect(claimed.verdict).toBe("verified");
    expect(claimed.explanation).toContain("Sources disagree");
    expect(claimed.confidence).toBeLessThan(verify(LONE).confidence);
  });

  it("calls a claim no source makes misattributed, naming who the sources give it to", () => {
    const result = verify(SHARED, "Tom Ruiz");
    expect(result.verdict).toBe("misattributed");
    expect(result.explanation).toContain("Ada Brenn and an official, not Tom Ruiz");
  });
});

describe("a claimed speaker is never confirmed by a source that names nobody", () => {
  it("answers unattributed for a claim on a quotation without a speaker", () => {
    const result = verify(LONE, "Tom Ruiz");
    expect(result.verdict).toBe("unattributed");
    expect(result.speaker).toBeNull();
    expect(result.explanation).toBe(
      "Quoted in Ledger (earliest 2022-04-05), but no source names who said it, so this cannot confirm Tom Ruiz.",
    );
  });

  it("still verifies the words when no speaker is claimed", () => {
    const result = verify(LONE);
    expect(result.verdict).toBe("verified");
    expect(result.explanation).toContain("does not say who said them");
  });

  it("answers unattributed when the only speaker given is a description", () => {
    const onlyOfficial = verify(
      "We will open the new terminal before the end of the summer season",
      "Tom Ruiz",
    );
    expect(onlyOfficial.verdict).toBe("misattributed");
    const description = verifyQuote(
      buildMatchIndex(
        articles.filter((a) => a.id === "post.txt"),
        quotes.filter((q) => q.document === "post.txt"),
      ),
      { quote: SHARED, speaker: "Tom Ruiz" },
      { resolveSpeaker },
    );
    expect(description.verdict).toBe("unattributed");
    expect(description.explanation).toContain("which gives it only to an official");
  });
});

describe("a speaker the article does not name clearly is offered, never stated", () => {
  // The model found Tom Ruiz only 60% likely to have said it: the sentence is about him, but the words are "the
  // general mood". Confidence 0.72 is a direct quotation's at that probability (0.9 × (0.5 + 0.5 × 0.6)).
  const MOOD = "Let us wait and see what the council decides in the spring";
  const body = `${FILLER}\nTom Ruiz is calm for now, and the general mood on Monday was "${MOOD}."`;
  const unclear = (confidence: number) =>
    buildMatchIndex(
      [{ id: "tide.txt", file: "tide.txt", body, format: "text", punctuated: true, source: "Tide Weekly" }],
      [
        {
          document: "tide.txt",
          start: body.indexOf(MOOD),
          end: body.indexOf(MOOD) + MOOD.length,
          text: MOOD,
          speaker: "Tom Ruiz",
          speakerMention: "Tom Ruiz",
          cue: null,
          kind: "direct",
          confidence,
        },
      ],
    );
  const check = (confidence: number, speaker?: string) =>
    verifyQuote(unclear(confidence), speaker ? { quote: MOOD, speaker } : { quote: MOOD }, {
      resolveSpeaker,
    });

  it("does not confirm the claimed speaker, and says who the article may mean", () => {
    const result = check(0.72, "Tom Ruiz");
    expect(result.verdict).toBe("unattributed");
    expect(result.explanation).toBe(
      "Quoted in Tide Weekly, which may give it to Tom Ruiz but does not make it clear, so this cannot confirm Tom Ruiz.",
    );
  });

  it("does not call another claimed speaker misattributed on that evidence", () => {
    expect(check(0.72, "Ada Brenn").verdict).toBe("unattributed");
  });

  it("verifies the words without stating a speaker when none is claimed", () => {
    const result = check(0.72);
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBeNull();
    expect(result.explanation).toContain("the source does not make clear who said them (perhaps Tom Ruiz)");
  });

  it("states the speaker once the article names it clearly (probability 0.8 and above)", () => {
    expect(check(0.81, "Tom Ruiz").verdict).toBe("verified");
    expect(check(0.81).speaker).toBe("Tom Ruiz");
    expect(check(0.81, "Ada Brenn").verdict).toBe("misattributed");
  });
});
