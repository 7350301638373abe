import { fail } from "../../../src/core/errors.js";
import type { Engine, Occurrence, Speaker, VerifyQuery, VerifyResult } from "../../../src/core/types.js";

/**
 * A tiny stand-in engine for adapter unit tests: it knows a handful of quotations and answers like the real one
 * (same shapes, same errors), so the Discord behaviour can be tested without loading a corpus.
 */

export interface KnownQuote {
  text: string;
  speaker: string;
  source: string;
  title: string;
  url: string;
  date: string;
}

function occurrence(known: KnownQuote, index: number): Occurrence {
  return {
    document: `doc-${index}`,
    start: 0,
    end: known.text.length,
    text: known.text,
    speaker: known.speaker,
    speakerMention: known.speaker,
    quoted: true,
    source: known.source,
    title: known.title,
    url: known.url,
    date: known.date,
    dateInferred: false,
    similarity: 1,
    context: `${known.speaker} said: “${known.text}”`,
  };
}

function words(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function fakeEngine(
  known: readonly KnownQuote[],
  options: { beforeVerify?: (query: VerifyQuery) => void } = {},
): Engine {
  const speakers: Speaker[] = [...new Set(known.map((k) => k.speaker))].map((name) => ({
    name,
    aliases: [name],
    kind: "person",
    quoteCount: known.filter((k) => k.speaker === name).length,
  }));
  const findSpeaker = (name: string) =>
    speakers.find((s) => words(s.name).includes(words(name)) && words(name).length > 0) ?? null;
  return {
    articles: [],
    quotes: [],
    speakers,
    warnings: [],
    article: () => undefined,
    verify(query: VerifyQuery): VerifyResult {
      options.beforeVerify?.(query);
      if (!query.quote.trim()) fail("QUOTE_EMPTY");
      if (query.quote.length > 1500) fail("QUOTE_TOO_LONG", query.quote.length);
      const matches = known.map(occurrence).filter((m) => words(m.text) === words(query.quote));
      const claimed = query.speaker ? (findSpeaker(query.speaker)?.name ?? query.speaker) : null;
      const speaker = matches[0]?.speaker ?? null;
      const verdict =
        matches.length === 0 ? "not_found" : claimed && claimed !== speaker ? "misattributed" : "verified";
      return {
        quote: query.quote,
        verdict,
        confidence: matches.length > 0 ? 0.95 : 0.1,
        explanation:
          matches.length > 0 ? `${speaker} said this.` : "Nothing in the corpus matches these words.",
        claimedSpeaker: claimed,
        speaker,
        matches,
        variants: matches.length > 0 ? [{ text: query.quote, documents: [], sources: [], diff: [] }] : [],
      };
    },
    findSpeaker,
    suggestSpeakers: (prefix: string, limit = 25) =>
      speakers.filter((s) => words(s.name).includes(words(prefix))).slice(0, limit),
    quotesBy(name, { page = 1, pageSize = 5 } = {}) {
      const speaker = findSpeaker(name);
      if (!speaker) return null;
      const items = known
        .filter((k) => k.speaker === speaker.name)
        .map((k, i) => ({
          quote: {
            document: `doc-${i}`,
            start: 0,
            end: k.text.length,
            text: k.text,
            speaker: k.speaker,
            speakerMention: k.speaker,
            cue: "said",
            kind: "direct" as const,
            confidence: 0.9,
          },
          article: {
            id: `doc-${i}`,
            file: `doc-${i}.txt`,
            body: k.text,
            format: "text" as const,
            title: k.title,
            source: k.source,
            url: k.url,
            date: k.date,
            punctuated: true,
          },
        }));
      const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
      const current = Math.min(Math.max(1, page), pageCount);
      const slice = items.slice((current - 1) * pageSize, current * pageSize);
      return { speaker, items: slice, page: current, pageCount, total: items.length };
    },
  };
}
