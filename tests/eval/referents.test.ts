import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pronounSources } from "../../eval/polnear/dump-pronoun-sources.js";
import { goldQuotes } from "../../eval/polnear/gold.js";
import { type PolnearDocument, parseAnn } from "../../eval/polnear/load-polnear.js";
import {
  indexReferents,
  loadReferents,
  type PronounReferent,
  REFERENTS_FILE,
} from "../../eval/polnear/referents.js";
import { emptyTally, type Miss, scoreDocument } from "../../eval/polnear/score.js";
import type { ExtractedQuote } from "../../src/core/extract/extracted-quote.js";

// "she" means Ada Brook, though the nearest Source naming a person before it is Tom Reed.
const BODY = [
  'Mayor Ada Brook opened the new bridge. "It is a fine day," said Councillor Tom Reed.',
  'Brook thanked the builders. "We finished early," she said.',
  'A man in the crowd waved. "Hard hats on," he shouted.',
].join("\n");

/** The nth BRAT attribution: `quote` (with its marks) said by the first `source` after it. */
function attribution(n: number, quote: string, source: string): string {
  const q = BODY.indexOf(quote);
  const s = BODY.indexOf(` ${source}`, q + quote.length) + 1;
  return [
    `T${2 * n}\tContent ${q - 1} ${q + quote.length + 1}\t"${quote}"`,
    `T${2 * n + 1}\tSource ${s} ${s + source.length}\t${source}`,
    `E${n}\tAttribution:T${2 * n} Content:T${2 * n} Source:T${2 * n + 1}`,
  ].join("\n");
}

const QUOTES = [
  ["It is a fine day,", "Councillor Tom Reed"],
  ["We finished early,", "she"],
  ["Hard hats on,", "he"],
] as const;

const DOC: PolnearDocument = {
  article: {
    id: "synthetic_bridge",
    file: "synthetic_bridge.txt",
    body: BODY,
    format: "text",
    punctuated: true,
  },
  attributions: parseAnn(QUOTES.map(([q, s], i) => attribution(i + 1, q, s)).join("\n")),
};

const SHE_AT = BODY.indexOf(" she said") + 1;
const HE_AT = BODY.indexOf(" he shouted") + 1;

function ours(quote: string, speakerName: string | null, confidence = 0.9): ExtractedQuote {
  const start = BODY.indexOf(quote);
  return {
    start,
    end: start + quote.length,
    text: quote,
    speakerName,
    kind: "direct",
    confidence,
  } as unknown as ExtractedQuote;
}

describe("hand-resolved pronoun referents", () => {
  const referents = indexReferents([
    { article: "synthetic_bridge", at: SHE_AT, pronoun: "she", referent: "Ada Brook" },
    { article: "synthetic_bridge", at: HE_AT, pronoun: "he", referent: null },
  ]);

  /** Scores our quotations of the synthetic article against its gold, with the referents above. */
  function scoreBridge(extracted: ExtractedQuote[], misses: Miss[] = []) {
    const tally = emptyTally();
    const gold = goldQuotes(DOC, referents.get("synthetic_bridge"));
    scoreDocument("synthetic_bridge", BODY, gold, extracted, tally, misses);
    return tally;
  }

  it("gives each annotated pronoun quotation its referent, beside the nearest-named guess", () => {
    const gold = goldQuotes(DOC, referents.get("synthetic_bridge"));
    const she = gold.find((g) => g.source === "she")!;
    expect(she.expected).toBe("Councillor Tom Reed");
    expect(she.referent).toBe("Ada Brook");
    expect(gold.find((g) => g.source === "he")!.referent).toBeNull();
    const named = gold.find((g) => g.category === "name");
    const unresolved = goldQuotes(DOC).find((g) => g.source === "she");
    expect(named).toBeDefined();
    expect(unresolved).toBeDefined();
    expect(named).not.toHaveProperty("referent");
    expect(unresolved).not.toHaveProperty("referent");
  });

  it("scores pronoun speakers against the referent, leaving out the undeterminable, and the guess's agreement", () => {
    const misses: Miss[] = [];
    const extracted = [
      ours("It is a fine day,", "Tom Reed"),
      ours("We finished early,", "Ada Brook"),
      ours("Hard hats on,", null),
    ];
    const tally = scoreBridge(extracted, misses);
    // The proxy calls Ada Brook wrong (it expects Tom Reed); the hand-resolved referent calls her right.
    expect(tally.pronoun).toEqual({ total: 2, right: 0, unknown: 1 });
    expect(tally.resolved).toEqual({ total: 1, right: 1, unknown: 0 });
    expect(tally.proxyAgreement).toEqual({ total: 1, agree: 0 });
    // Stated in a verdict: Tom Reed (named gold, right) and Ada Brook (resolved referent, right).
    expect(tally.stated).toEqual({ total: 2, right: 2 });
  });

  it("leaves a speaker named below the verdicts' bar out of the stated figure", () => {
    const extracted = [
      ours("It is a fine day,", "Ada Brook", 0.72),
      ours("We finished early,", "Tom Reed", 0.85),
    ];
    const tally = scoreBridge(extracted);
    expect(tally.stated).toEqual({ total: 1, right: 0 });
  });

  it("tallies what a verdict would state at lower and higher bars than its own", () => {
    // Tom Reed is named surely and rightly; "she" is given to him, wrongly, at a probability near 0.75.
    const extracted = [
      ours("It is a fine day,", "Tom Reed", 0.9),
      ours("We finished early,", "Tom Reed", 0.79),
    ];
    const tally = scoreBridge(extracted);
    expect(tally.statedAt).toEqual({
      base: 2,
      bars: [
        { total: 2, right: 1 },
        { total: 1, right: 1 },
        { total: 1, right: 1 },
      ],
    });
    expect(tally.stated).toEqual(tally.statedAt.bars[1]);
  });

  it("counts recall over quotations of four or more words apart, found or missed", () => {
    // Only "It is a fine day," has four words or more.
    expect(scoreBridge([ours("It is a fine day,", "Tom Reed")]).long).toEqual({ gold: 1, found: 1 });
    expect(scoreBridge([ours("We finished early,", "Ada Brook")]).long).toEqual({ gold: 1, found: 0 });
  });

  it("counts proxy agreement over annotated quotations our extraction missed too", () => {
    const tally = emptyTally();
    scoreDocument(
      "synthetic_bridge",
      BODY,
      goldQuotes(DOC, referents.get("synthetic_bridge")),
      [],
      tally,
      [],
    );
    expect(tally.resolved.total).toBe(0);
    expect(tally.proxyAgreement).toEqual({ total: 1, agree: 0 });
  });

  it("lists each pronoun Source that speaks a quotation once, in text order, for annotating", () => {
    expect(pronounSources(DOC)).toEqual([
      { article: "synthetic_bridge", at: SHE_AT, pronoun: "she" },
      { article: "synthetic_bridge", at: HE_AT, pronoun: "he" },
    ]);
  });

  it("loads the annotations from a file, and none when it is absent", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "referents-"));
    const file = path.join(dir, "pronoun-referents.json");
    const entries: PronounReferent[] = [{ article: "a", at: 5, pronoun: "he", referent: "Tom Reed" }];
    writeFileSync(file, JSON.stringify(entries));
    expect(loadReferents(file).get("a")?.get(5)).toBe("Tom Reed");
    expect(loadReferents(path.join(dir, "missing.json")).size).toBe(0);
  });

  it("keeps the shipped annotations sorted, one per Source, with names only", () => {
    const entries = JSON.parse(readFileSync(REFERENTS_FILE, "utf8")) as PronounReferent[];
    const keys = entries.map((e) => `${e.article}\u0000${String(e.at).padStart(8, "0")}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(["article", "at", "pronoun", "referent"]);
      expect(e.pronoun.toLowerCase()).toMatch(/^(?:he|she|they|him|his|her|them|their)$/);
      if (e.referent !== null) expect(e.referent.length).toBeLessThan(60);
    }
  });
});
