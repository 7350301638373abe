import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "../../../src/core/match/match-index.js";
import { verifyQuote } from "../../../src/core/match/verify-quote.js";
import type { VerifyQuery, VerifyResult } from "../../../src/core/types.js";
import { gazette, radio, resolverFor, seaWallCorpus, times } from "../../fixtures/match/sea-wall-corpus.js";

const corpus = seaWallCorpus();
const index = buildMatchIndex(corpus.articles, corpus.quotes);
const verify = (quote: string, speaker?: string): VerifyResult =>
  verifyQuote(index, { quote, ...(speaker ? { speaker } : {}) } as VerifyQuery, {
    resolveSpeaker: resolverFor(corpus.speakers),
  });
const documents = (result: VerifyResult) => [...new Set(result.matches.map((m) => m.document))].sort();

describe("verifyQuote: exact wording", () => {
  const result = verify("We cannot keep patching the old defences every winter");

  it("verifies words the corpus quotes as they are, naming the speaker", () => {
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBe("Elena Fischer");
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.explanation).toContain("Elena Fischer");
    expect(result.explanation).toContain("word for word");
  });

  it("lists every outlet carrying it, earliest first and undated last", () => {
    expect(documents(result)).toEqual([gazette.id, radio.id, times.id].sort());
    expect(result.matches.map((m) => m.date)).toEqual(["2021-03-02", "2021-03-03", null]);
    const first = result.matches[0]!;
    expect(first).toMatchObject({
      source: "Harbour Gazette",
      title: "Council approves new sea wall",
      quoted: true,
    });
    expect(first.url).toBe("https://gazette.example/sea-wall");
  });

  it("quotes each source exactly: text is the article's own characters at start..end", () => {
    for (const match of result.matches) {
      const body = corpus.articles.find((a) => a.id === match.document)!.body;
      expect(body.slice(match.start, match.end)).toBe(match.text);
    }
  });

  it("gives the surrounding sentence as context", () => {
    expect(result.matches[0]!.context).toContain("said Mayor Elena Fischer");
    expect(result.matches[0]!.context.length).toBeLessThanOrEqual(300);
  });

  it("groups identical wordings and shows how the others differ word by word", () => {
    const same = result.variants.find((v) => v.documents.includes(gazette.id))!;
    expect(same.documents).toContain(radio.id);
    expect(same.diff.every((d) => !d.added && !d.removed)).toBe(true);
    const american = result.variants.find((v) => v.documents.includes(times.id))!;
    expect(american.sources).toEqual(["Coastal Times"]);
    expect(american.diff).toContainEqual({ value: "defenses", removed: true });
    expect(american.diff).toContainEqual({ value: "defences", added: true });
  });

  it("finds the words in text stripped of punctuation and capitals", () => {
    const stripped = result.matches.find((m) => m.document === radio.id)!;
    expect(stripped.text).toBe("we cannot keep patching the old defences every winter");
    expect(stripped.similarity).toBe(1);
    expect(stripped.quoted).toBe(true);
  });

  it("verifies a quotation cut short", () => {
    const short = verify("this wall will protect four thousand homes");
    expect(short.verdict).toBe("verified");
    expect(documents(short)).toEqual([gazette.id, radio.id].sort());
  });
});

describe("verifyQuote: misremembered wording", () => {
  it("calls a spelling variant a variant and says which word differs", () => {
    const result = verify("We cannot keep patching the old defenses every winter");
    expect(result.verdict).toBe("variant");
    expect(result.explanation).toContain("“defences” for your “defenses”");
  });

  it("finds the quotation despite typos", () => {
    const result = verify("We cannot keep pacthing the old defences evry winter");
    expect(result.verdict).toBe("variant");
    expect(result.speaker).toBe("Elena Fischer");
    expect(documents(result)).toContain(gazette.id);
    expect(result.variants[0]!.diff).toContainEqual({ value: "pacthing", added: true });
  });

  it("finds it with a word dropped, marking the word left out", () => {
    const result = verify("We cannot keep patching the defences every winter");
    expect(result.verdict).toBe("variant");
    expect(result.variants[0]!.diff).toContainEqual({ value: "old ", removed: true });
  });

  it("finds it with words of emphasis inserted, a variant", () => {
    const result = verify("We simply cannot keep patching the old defences every winter, really");
    expect(result.verdict).toBe("variant");
    expect(result.variants[0]!.diff.filter((d) => d.added).map((d) => d.value.trim())).toEqual([
      "simply",
      "really",
    ]);
  });

  it("calls a content word inserted into the quotation a change of meaning", () => {
    const result = verify("We cannot keep patching the old stone defences every winter");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes?.[0]).toMatchObject({ kind: "word", yours: "stone", source: "" });
    expect(result.explanation).toContain("the source does not have “stone”");
  });

  it("checks each piece around an ellipsis on its own", () => {
    const result = verify(
      "We cannot keep patching the old defences … protect four thousand homes for the next fifty years",
    );
    expect(result.verdict).toBe("verified");
    expect(result.parts).toMatchObject([
      { text: "We cannot keep patching the old defences", supported: true, speaker: "Elena Fischer" },
      { text: "protect four thousand homes for the next fifty years", supported: true },
    ]);
  });
});

describe("verifyQuote: who said it and where", () => {
  it("accepts a claimed speaker the corpus agrees with", () => {
    const result = verify("This is a very expensive gamble with public money", "Okafor");
    expect(result.verdict).toBe("verified");
    expect(result.claimedSpeaker).toBe("Ruth Okafor");
  });

  it("reports a misattribution and names who the corpus credits", () => {
    const result = verify("This is a very expensive gamble with public money", "Elena Fischer");
    expect(result.verdict).toBe("misattributed");
    expect(result.speaker).toBe("Ruth Okafor");
    expect(result.explanation).toContain("Ruth Okafor, not Elena Fischer");
  });

  it("reports a misattribution to a name the corpus does not know", () => {
    const result = verify("This is a very expensive gamble with public money", "Harold Smith");
    expect(result.verdict).toBe("misattributed");
    expect(result.claimedSpeaker).toBe("Harold Smith");
  });

  it("calls words from the reporter's narration unquoted", () => {
    const result = verify("Residents living near the harbour have long complained about flooding");
    expect(result.verdict).toBe("unquoted");
    expect(result.speaker).toBeNull();
    expect(result.matches[0]!.quoted).toBe(false);
    expect(result.explanation).toContain("narration");
  });

  it("keeps an unattributed quotation verified without inventing a speaker", () => {
    const result = verify("welcome any protection for the boats moored in the inner basin");
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBeNull();
    expect(result.explanation).toContain("does not say who");
  });
});

describe("verifyQuote: partial and absent quotations", () => {
  it("calls two quotations spliced together partial, saying which parts are supported", () => {
    const result = verify(
      "We cannot keep patching the old defences every winter, this is a very expensive gamble with public money",
    );
    expect(result.verdict).toBe("partial");
    expect(result.parts?.map((p) => p.supported)).toEqual([true, true]);
    expect(result.explanation).toContain("Ruth Okafor");
  });

  it("calls a quotation with a made-up ending partial", () => {
    const result = verify(
      "We cannot keep patching the old defences every winter and we will tax every tourist heavily",
    );
    expect(result.verdict).toBe("partial");
    expect(result.parts).toEqual([
      {
        text: "We cannot keep patching the old defences every winter",
        supported: true,
        quoted: true,
        speaker: "Elena Fischer",
        // Coastal Times has "could not" in its own words, then quotes the rest.
        sources: ["Harbour Gazette", "Harbour Radio"],
      },
      {
        text: "and we will tax every tourist heavily",
        supported: false,
        quoted: false,
        speaker: null,
        sources: [],
      },
    ]);
    expect(result.explanation).toContain("“and we will tax every tourist heavily” is not in the corpus");
  });

  it("says plainly when nothing supports the words", () => {
    const result = verify("Completely unrelated words about bananas");
    expect(result).toMatchObject({ verdict: "not_found", speaker: null, matches: [], variants: [] });
    expect(result.explanation).toMatch(/^Nothing in the corpus supports this quotation/);
  });

  it("does not stretch near misses that share a few words into a match", () => {
    for (const quote of [
      "The council will build a new airport next to the harbour by 2030",
      "We cannot keep building new roads every summer",
      "Families living near the river complained about the noise",
      "Storms destroyed the harbour wall last winter",
    ]) {
      const result = verify(quote);
      expect(result.verdict, quote).toBe("not_found");
      expect(result.matches, quote).toEqual([]);
    }
  });

  it("does not read the link targets of a markdown article as words", () => {
    expect(verify("reports sea wall 2021 final").verdict).toBe("not_found");
    expect(verify("full council report").verdict).toBe("unquoted");
  });
});

describe("verifyQuote: narration around a partial quotation", () => {
  it("does not verify the reporter's words that lead into a quoted phrase", () => {
    // "promised the wall would" is the reporter's; only the rest is inside the quotation marks.
    const result = verify("promised the wall would protect 4,000 homes for the next fifty years");
    expect(result.verdict).not.toBe("verified");
    expect(result.matches.find((m) => m.document === times.id)?.quoted).toBe(false);
    expect(result.explanation).toContain("narration");
  });

  it("says which of those words are inside the quotation", () => {
    const result = verify("promised the wall would protect 4,000 homes for the next fifty years");
    expect(result.explanation).toContain(
      "only “protect 4,000 homes for the next fifty years” is inside a quotation there; the rest is the reporter's own narration",
    );
  });
});
