import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/core/corpus/load-corpus.js";
import { buildMatchIndex, type MatchIndex } from "../../../src/core/match/match-index.js";
import { verifyQuote } from "../../../src/core/match/verify-quote.js";
import { attributeCorpus } from "../../../src/core/speakers/attribute-corpus.js";
import {
  createSpeakerDirectory,
  type SpeakerDirectory,
} from "../../../src/core/speakers/speaker-directory.js";
import type { Article, VerifyQuery, VerifyResult } from "../../../src/core/types.js";

/**
 * Golden answers on the bundled seed corpus (five outlets reporting Iran's missile strikes of January 2020),
 * through the product's own pipeline: load, extract and attribute quotations, index, verify.
 */
let index: MatchIndex;
let directory: SpeakerDirectory;
let articles: Article[];

beforeAll(async () => {
  ({ articles } = await loadCorpus(path.resolve(process.cwd(), "corpus")));
  const { quotes, speakers } = attributeCorpus(articles);
  directory = createSpeakerDirectory(speakers);
  index = buildMatchIndex(articles, quotes);
});

const verify = (quote: string, speaker?: string): VerifyResult =>
  verifyQuote(index, { quote, ...(speaker ? { speaker } : {}) } as VerifyQuery, {
    resolveSpeaker: (name) => directory.find(name),
  });
const prefixes = (result: VerifyResult) =>
  [...new Set(result.matches.map((m) => m.document.slice(0, 3)))].sort();

describe("seed corpus verdicts", () => {
  it("“let's take a breath” — “the general sentiment”, in an official's account — is never confirmed as Pompeo's", () => {
    const claimed = verify("let's take a breath", "Mike Pompeo");
    expect(claimed.verdict).toBe("unattributed");
    expect(claimed.explanation).toContain("cannot confirm Mike Pompeo");
    const unclaimed = verify("let's take a breath");
    expect(unclaimed.verdict).toBe("verified");
    expect(unclaimed.speaker).toBeNull();
  });

  it("“All is well” is Donald Trump's, verified in TIME (002) and NBC News (004)", () => {
    const result = verify("All is well");
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBe("Donald Trump");
    expect(prefixes(result)).toEqual(["002", "004"]);
    expect(result.matches.flatMap((m) => m.source ?? [])).toEqual(
      expect.arrayContaining(["TIME", "NBC News"]),
    );
  });

  it("Zarif's self-defence line with British spelling is a variant, in 001, 002 and 004", () => {
    const result = verify("Iran took and concluded proportionate measures in self defence");
    expect(result.verdict).toBe("variant");
    expect(result.speaker).toMatch(/Javad Zarif$/);
    expect(prefixes(result)).toEqual(["001", "002", "004"]);
    const diffs = result.variants.flatMap((v) => v.diff);
    expect(diffs).toContainEqual({ value: "defence", added: true });
    expect(diffs).toContainEqual({ value: "defense", removed: true });
    expect(result.explanation).toContain("“defense” for your “defence”");
  });

  it("“We do not seek escalation or war” credited to Mike Pompeo is misattributed: the corpus names Zarif", () => {
    const result = verify("We do not seek escalation or war", "Mike Pompeo");
    expect(result.verdict).toBe("misattributed");
    expect(result.speaker).toMatch(/Zarif/);
    expect(result.explanation).toMatch(/Zarif, not Mike Pompeo/);
  });

  it("Zarif's whole sentence is verified from the copy without punctuation, once the punctuated text quotes it too", () => {
    const result = verify("We do not seek escalation or war");
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBe("Mohammad Javad Zarif");
    expect(result.explanation).toContain("word for word, as reported by TIME");
    expect(result.attributions?.map((a) => a.speaker)).toEqual(["Mohammad Javad Zarif"]);
  });

  it("Zarif's words with the negation left out are misquoted, and the explanation gives the source's words", () => {
    const result = verify("We seek escalation or war", "Mohammad Javad Zarif");
    expect(result.verdict).toBe("misquoted");
    expect(result.speaker).toBe("Mohammad Javad Zarif");
    expect(result.changes?.[0]).toMatchObject({ kind: "negation", source: "not seek" });
    expect(result.explanation).toContain("changed in meaning: the source says “not seek”");
    expect(prefixes(result)).toEqual(["001", "002", "004"]);
  });

  it("Trump's tweet spliced to Zarif's statement is partial, naming where each part comes from", () => {
    const result = verify("All is well. We do not seek escalation or war");
    expect(result.verdict).toBe("partial");
    expect(result.parts).toEqual([
      {
        text: "All is well",
        supported: true,
        quoted: true,
        speaker: "Donald Trump",
        sources: ["NBC News", "TIME"],
      },
      {
        text: "We do not seek escalation or war",
        supported: true,
        quoted: true,
        speaker: "Mohammad Javad Zarif",
        sources: ["TIME", "unknown outlet", "NBC News"],
      },
    ]);
    expect(result.speaker).toBeNull();
    expect(result.explanation).toContain("from separate passages rather than one quotation");
  });

  it("a State Department official's words claimed for Mike Pompeo are unattributed, not verified", () => {
    const result = verify("We could have done it and we didn't do it", "Mike Pompeo");
    expect(result.verdict).toBe("unattributed");
    expect(result.explanation).toContain("cannot confirm Mike Pompeo");
  });

  it("the claim that the missiles missed on purpose is the reporter's narration in 000", () => {
    const result = verify("Iran's missiles intentionally missed areas populated by Americans");
    expect(result.verdict).toBe("unquoted");
    expect(prefixes(result)).toEqual(["000"]);
    expect(result.matches[0]!.quoted).toBe(false);
  });

  it("Trump's two tweets run together are partly supported, showing what differs", () => {
    const result = verify("All is well, we have the most powerful military in the world");
    expect(["partial", "variant"]).toContain(result.verdict);
    const changes = result.variants.flatMap((v) => v.diff.filter((d) => d.added || d.removed));
    expect(changes.map((d) => d.value.trim())).toEqual(expect.arrayContaining(["and well equipped"]));
    if (result.verdict === "partial") {
      expect(result.parts?.map((p) => p.text)).toEqual([
        "All is well",
        "we have the most powerful military in the world",
      ]);
    }
  });

  it("an invented sentence is not found", () => {
    const result = verify("Iran will close the Strait of Hormuz to all oil tankers tomorrow");
    expect(result.verdict).toBe("not_found");
    expect(result.matches).toEqual([]);
  });

  it("every occurrence quotes its article exactly", () => {
    for (const quote of ["All is well", "defend ourselves against any aggression", "so far so good"]) {
      for (const match of verify(quote).matches) {
        const body = articles.find((a) => a.id === match.document)!.body;
        expect(body.slice(match.start, match.end)).toBe(match.text);
      }
    }
  });
});
