/** Builds Article objects from .txt files with optional YAML front matter, for extraction tests. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { ExtractedQuote } from "../../../src/core/extract/extracted-quote.js";
import type { Candidate } from "../../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import type { Article } from "../../../src/core/types.js";

const EXTRACT_FIXTURES = path.resolve(process.cwd(), "tests/fixtures/extract");

export function readArticle(file: string, id = path.basename(file)): Article {
  const text = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const fields = (match ? parseYaml(match[1] ?? "") : {}) as Record<string, string | undefined>;
  const body = match ? text.slice(match[0].length) : text;
  return {
    id,
    file: id,
    body,
    format: "text",
    punctuated: /[.,;:!?]/.test(body),
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.source ? { source: fields.source } : {}),
  };
}

export function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readArticle(path.join(dir, f), f));
}

/** Lowercase words only, for comparing quotations across punctuated and unpunctuated text. */
export function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The quotations extracted from a fixture in tests/fixtures/extract, looked up by how their text starts. */
export function quotesOf(file: string): (start: string) => ExtractedQuote | undefined {
  const quotes = extractQuotes(readArticle(path.join(EXTRACT_FIXTURES, file)));
  return (start) => quotes.find((q) => q.text.startsWith(start));
}

/** A fixture's quotation starting with `start`, with the candidate speakers the model chose among for it. */
export interface QuotationReading {
  quote: ExtractedQuote;
  candidate: (name: string) => Candidate | undefined;
  nobody: Candidate | undefined;
}

export function readingOf(file: string): (start: string) => QuotationReading {
  const seen: Candidate[][] = [];
  const quotes = extractQuotes(readArticle(path.join(EXTRACT_FIXTURES, file)), (candidates) => {
    seen.push([...candidates]);
    return chooseSpeaker(candidates);
  });
  return (start) => {
    const i = quotes.findIndex((q) => q.text.startsWith(start));
    if (i < 0) throw new Error(`no quotation starting "${start}"`);
    const candidates = seen[i]!;
    return {
      quote: quotes[i]!,
      candidate: (name) => candidates.find((c) => c.speaker?.name === name),
      nobody: candidates.find((c) => c.speaker === null),
    };
  };
}
