/**
 * A small, predictable Engine for adapter tests: exact (case-insensitive) substring matching over a handful of
 * quotations. It follows the Engine contract — VerbatimError for unusable queries, newest-first pages — so the
 * front end can be exercised without the real matching pipeline.
 */
import { fail, MAX_QUOTE_LENGTH } from "../../../src/core/errors.js";
import type { Article, Engine, Occurrence, Quote, Speaker, VerifyResult } from "../../../src/core/types.js";

export interface FakeQuote {
  speaker: string;
  text: string;
  source: string;
  title: string;
  url?: string;
  date: string;
}

function toArticle(q: FakeQuote, index: number): Article {
  const body = `${q.speaker} said: “${q.text}”`;
  const article: Article = {
    id: `a${index}`,
    file: `a${index}.md`,
    body,
    format: "markdown",
    punctuated: true,
  };
  return { ...article, title: q.title, source: q.source, date: q.date, ...(q.url ? { url: q.url } : {}) };
}

function toQuote(q: FakeQuote, index: number): Quote {
  const start = q.speaker.length + 8;
  return {
    document: `a${index}`,
    start,
    end: start + q.text.length,
    text: q.text,
    speaker: q.speaker,
    speakerMention: q.speaker,
    cue: "said",
    kind: "direct",
    confidence: 0.9,
  };
}

export function fakeEngine(data: readonly FakeQuote[]): Engine {
  const articles = data.map(toArticle);
  const quotes = data.map(toQuote);
  const names = [...new Set(data.map((q) => q.speaker))];
  const speakers: Speaker[] = names.map((name) => ({
    name,
    aliases: [name, name.split(" ").at(-1) ?? name],
    kind: "person",
    quoteCount: data.filter((q) => q.speaker === name).length,
  }));
  const findSpeaker = (name: string) =>
    speakers.find((s) => s.aliases.some((a) => a.toLowerCase() === name.trim().toLowerCase())) ?? null;

  function occurrence(index: number): Occurrence {
    const q = data[index] as FakeQuote;
    const quote = quotes[index] as Quote;
    return {
      document: quote.document,
      start: quote.start,
      end: quote.end,
      text: q.text,
      speaker: q.speaker,
      speakerMention: q.speaker,
      quoted: true,
      source: q.source,
      title: q.title,
      url: q.url ?? null,
      date: q.date,
      dateInferred: false,
      similarity: 1,
      context: `${q.speaker} said: “${q.text}”`,
    };
  }

  function verify(query: { quote: string; speaker?: string }): VerifyResult {
    const quote = query.quote.trim();
    if (!quote) fail("QUOTE_EMPTY");
    if (quote.length > MAX_QUOTE_LENGTH) fail("QUOTE_TOO_LONG", quote.length);
    const hits = data.flatMap((q, i) => (q.text.toLowerCase().includes(quote.toLowerCase()) ? [i] : []));
    const matches = hits.map(occurrence);
    const speaker = matches[0]?.speaker ?? null;
    const claimed = query.speaker ? (findSpeaker(query.speaker)?.name ?? query.speaker) : null;
    const verdict =
      matches.length === 0 ? "not_found" : claimed && claimed !== speaker ? "misattributed" : "verified";
    const explanation =
      verdict === "not_found"
        ? "No article in the corpus has these words."
        : verdict === "misattributed"
          ? `The corpus attributes these words to ${speaker}, not ${claimed}.`
          : `${speaker} said this, in ${matches.length} article${matches.length === 1 ? "" : "s"}.`;
    return {
      quote,
      verdict,
      confidence: matches.length > 0 ? 0.95 : 0.9,
      explanation,
      claimedSpeaker: claimed,
      speaker,
      matches,
      variants: [],
    };
  }

  return {
    articles,
    quotes,
    speakers,
    warnings: [],
    article: (id) => articles.find((a) => a.id === id),
    verify,
    findSpeaker,
    suggestSpeakers: (prefix, limit = 25) =>
      speakers.filter((s) => s.name.toLowerCase().startsWith(prefix.toLowerCase())).slice(0, limit),
    quotesBy(name, { page = 1, pageSize = 5 } = {}) {
      const speaker = findSpeaker(name);
      if (!speaker) return null;
      const items = quotes
        .map((quote, i) => ({ quote, article: articles[i] as Article }))
        .filter((item) => item.quote.speaker === speaker.name)
        .sort((a, b) => ((a.article.date ?? "") < (b.article.date ?? "") ? 1 : -1));
      const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
      const current = Math.min(Math.max(1, page), pageCount);
      const slice = items.slice((current - 1) * pageSize, current * pageSize);
      return { speaker, items: slice, page: current, pageCount, total: items.length };
    },
  };
}
