import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { ExtractedQuote } from "../../../src/core/extract/extracted-quote.js";
import { inQuotationSentence } from "../../../src/core/extract/quotation-sentence.js";
import type { Candidate } from "../../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import { readArticle } from "./read-articles.js";

const fixtures = path.resolve(process.cwd(), "tests/fixtures/extract");

/** Each quotation with the candidates the model weighed for it. */
function read(file: string): Array<{ quote: ExtractedQuote; candidates: Candidate[] }> {
  const seen: Candidate[][] = [];
  const quotes = extractQuotes(readArticle(path.join(fixtures, file)), (candidates) => {
    seen.push([...candidates]);
    return chooseSpeaker(candidates);
  });
  return quotes.map((quote, i) => ({ quote, candidates: seen[i]! }));
}

function reading(file: string, start: string) {
  const found = read(file).find((r) => r.quote.text.startsWith(start));
  if (!found) throw new Error(`no quotation starting "${start}" in ${file}`);
  const candidate = (name: string) => found.candidates.find((c) => c.speaker?.name === name);
  return { quote: found.quote, candidate };
}

describe("speaker evidence: a nationality standing for a person", () => {
  it("gives 'the Australian said' to the person named as a subject before it in its sentence", () => {
    const { quote } = reading("nationality-described.txt", "She is simply the best");
    expect(quote).toMatchObject({ speakerName: "Lena Dahl", speakerKind: "person" });
  });

  it("gives 'said the German' after a quotation to the subject of the sentence before", () => {
    const { quote } = reading("nationality-described.txt", "I felt strong today");
    expect(quote).toMatchObject({ speakerName: "Karl Berger", speakerKind: "person" });
  });

  it("keeps 'the Frenchman' a description when the only name before it is no subject (a remark by Tom Hale)", () => {
    const { quote } = reading("nationality-described.txt", "Nobody plays like that");
    expect(quote).toMatchObject({ speakerName: "the Frenchman", speakerKind: "description" });
  });
});

describe("speaker evidence: the quotation's own sentence", () => {
  it("marks the rules' speaker when its reporting verb stands in the quotation's sentence, not in one before", () => {
    const own = reading("sentence-evidence.txt", "We are not convinced").candidate("Peter Grant");
    expect(own?.features).toMatchObject({ rule: 1, ruleSentence: 1 });
    const before = reading("sentence-evidence.txt", "Nobody has asked").candidate("Peter Grant");
    expect(before?.features.rule).toBe(1);
    expect(before?.features.ruleSentence).toBeUndefined();
  });

  it("marks a person named in the sentence of a quotation that has no reporting verb of its own", () => {
    const uncued = reading("sentence-evidence.txt", "a plan that nobody");
    expect(uncued.candidate("Helen Marsh")?.features.namedSentenceUncued).toBe(1);
    expect(uncued.candidate("Peter Grant")?.features).toMatchObject({ rule: 1, ruleInherited: 1 });
    const before = reading("sentence-evidence.txt", "Nobody has asked").candidate("Peter Grant");
    expect(before?.features.namedSentenceUncued).toBeUndefined();
  });

  it("reads a full stop closing the quotation, then a capital, as the end of its sentence", () => {
    const body = 'Ms Lane said: "We believe it." Mr Cole said no. "Fine," Mr Cole said.';
    const open = body.indexOf("We believe");
    const close = body.indexOf('." Mr');
    expect(inQuotationSentence(body, body.indexOf("said:"), open, close + 1)).toBe(true);
    expect(inQuotationSentence(body, body.indexOf("said no"), open, close + 1)).toBe(false);
    const fine = body.indexOf("Fine");
    expect(inQuotationSentence(body, body.lastIndexOf("said"), fine, fine + 5)).toBe(true);
  });
});

describe("speaker evidence: subjects that cannot speak", () => {
  it("flags a description whose head is no person, group or document noun", () => {
    const business = reading("sentence-evidence.txt", "a sensible investment").candidate("Her business");
    expect(business?.features.unlistedHead).toBe(1);
    const adviser = reading("sentence-evidence.txt", "a costly mistake").candidate("A senior adviser");
    expect(adviser?.features.unlistedHead).toBeUndefined();
  });
});

describe("speaker evidence: the subject of the quotation's sentence", () => {
  it("marks the subject whose clause a quotation ends, not a name written nearer the quotation", () => {
    const { candidate } = reading("sentence-subject.txt", "The river belongs");
    expect(candidate("Clara Voss")?.features.sentenceSubject).toBe(1);
    expect(candidate("Tom Ruddle")?.features.sentenceSubject).toBeUndefined();
  });
});
