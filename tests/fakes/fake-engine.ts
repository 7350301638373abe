/**
 * The one stand-in engine for tests of front ends, commands and digests: a handful of quotations matched by their
 * words (case and punctuation aside), answering like the real engine — the same shapes, VerbatimError for unusable
 * queries, newest-first pages — without loading a corpus.
 */
import { fail, MAX_QUOTE_LENGTH } from "../../src/core/errors.js";
import type {
  Article,
  Engine,
  Occurrence,
  Quote,
  Speaker,
  VerifyQuery,
  VerifyResult,
} from "../../src/core/types.js";

/** A quotation with where it was published; each becomes an article of its own. */
export interface FakeQuote {
  speaker: string;
  text: string;
  source?: string;
  title?: string;
  url?: string;
  date?: string;
}

export interface FakeEngineOptions {
  /** Runs before each verification, e.g. to simulate a failure. */
  beforeVerify?: (query: VerifyQuery) => void;
}

export const words = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

const joined = (value: string) => ` ${words(value).join(" ")} `;

/** Share of the shorter text's distinct words that the other has: how digests find rewordings. */
function overlap(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/** Writes an article whose body contains each quotation, and the quotations with their real offsets. */
export function articleWithQuotes(
  meta: Partial<Article> & { id: string },
  said: { speaker: string; text: string }[],
): { article: Article; quotes: Quote[] } {
  let body = `${meta.title ?? "News"}.\n\n`;
  const quotes: Quote[] = [];
  for (const { speaker, text } of said) {
    body += `${speaker} said: “`;
    quotes.push({
      document: meta.id,
      start: body.length,
      end: body.length + text.length,
      text,
      speaker,
      speakerMention: speaker,
      cue: "said",
      kind: "direct",
      confidence: 0.9,
    });
    body += `${text}”\n\n`;
  }
  return { article: { file: meta.id, format: "text", punctuated: true, body, ...meta }, quotes };
}

function fromQuotes(data: readonly FakeQuote[]): { articles: Article[]; quotes: Quote[] } {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  data.forEach((q, i) => {
    const { article, quotes: found } = articleWithQuotes(
      {
        id: `a${i}`,
        ...(q.title ? { title: q.title } : {}),
        ...(q.source ? { source: q.source } : {}),
        ...(q.url ? { url: q.url } : {}),
        ...(q.date ? { date: q.date } : {}),
      },
      [{ speaker: q.speaker, text: q.text }],
    );
    articles.push(article);
    quotes.push(...found);
  });
  return { articles, quotes };
}

export function fakeEngine(
  data: readonly FakeQuote[] | { articles: Article[]; quotes: Quote[] },
  options: FakeEngineOptions = {},
): Engine {
  const { articles, quotes } = Array.isArray(data)
    ? fromQuotes(data)
    : (data as { articles: Article[]; quotes: Quote[] });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const names = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s)))];
  const speakers: Speaker[] = names
    .map((name) => ({
      name,
      aliases: [name, name.split(" ").at(-1) ?? name],
      kind: "person" as const,
      quoteCount: quotes.filter((q) => q.speaker === name).length,
    }))
    .sort((a, b) => b.quoteCount - a.quoteCount);

  function findSpeaker(name: string): Speaker | null {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return null;
    const exact = speakers.find((s) => s.aliases.some((a) => a.toLowerCase() === wanted));
    return exact ?? speakers.find((s) => joined(s.name).includes(joined(name))) ?? null;
  }

  function occurrence(quote: Quote): Occurrence {
    const article = byId.get(quote.document);
    return {
      document: quote.document,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker: quote.speaker,
      speakerMention: quote.speakerMention,
      quoted: true,
      source: article?.source ?? null,
      title: article?.title ?? null,
      url: article?.url ?? null,
      date: article?.date ?? null,
      dateInferred: false,
      similarity: 1,
      context: `${quote.speaker} said: “${quote.text}”`,
    };
  }

  function verify(query: VerifyQuery): VerifyResult {
    options.beforeVerify?.(query);
    const quote = query.quote.trim();
    if (!quote) fail("QUOTE_EMPTY");
    if (quote.length > MAX_QUOTE_LENGTH) fail("QUOTE_TOO_LONG", quote.length);
    if (words(quote).length === 0) fail("QUOTE_NO_WORDS");
    const hits = quotes.filter(
      (q) => joined(q.text).includes(joined(quote)) || overlap(q.text, quote) >= 0.7,
    );
    const variants = new Map<string, { text: string; documents: string[]; sources: string[] }>();
    for (const hit of hits) {
      const key = words(hit.text).join(" ");
      const variant = variants.get(key) ?? { text: hit.text, documents: [], sources: [] };
      variant.documents.push(hit.document);
      variant.sources.push(byId.get(hit.document)?.source ?? hit.document);
      variants.set(key, variant);
    }
    const matches = hits.map(occurrence);
    const speaker = matches[0]?.speaker ?? null;
    const claimed = query.speaker ? (findSpeaker(query.speaker)?.name ?? query.speaker) : null;
    const verdict =
      matches.length === 0
        ? "not_found"
        : claimed && claimed !== speaker
          ? "misattributed"
          : variants.size > 1
            ? "variant"
            : "verified";
    const explanation =
      verdict === "not_found"
        ? "No article in the corpus has these words."
        : verdict === "misattributed"
          ? `The corpus attributes these words to ${speaker}, not ${claimed}.`
          : `${speaker} said this, in ${matches.length} article${matches.length === 1 ? "" : "s"}.`;
    return {
      quote,
      verdict,
      confidence: matches.length > 0 ? 0.95 : 0.1,
      explanation,
      claimedSpeaker: claimed,
      speaker,
      matches,
      variants: [...variants.values()].map((v) => ({ ...v, diff: [] })),
    };
  }

  return {
    articles,
    quotes,
    speakers,
    warnings: [],
    article: (id) => byId.get(id),
    verify,
    findSpeaker,
    suggestSpeakers(prefix, limit = 25) {
      const wanted = prefix.trim().toLowerCase();
      return speakers.filter((s) => s.name.toLowerCase().includes(wanted)).slice(0, limit);
    },
    quotesBy(name, { page = 1, pageSize = 5 } = {}) {
      const speaker = findSpeaker(name);
      if (!speaker) return null;
      const items = quotes
        .filter((quote) => quote.speaker === speaker.name)
        .map((quote) => ({ quote, article: byId.get(quote.document) as Article }))
        .sort((a, b) => (b.article.date ?? "").localeCompare(a.article.date ?? ""));
      const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
      const current = Math.min(Math.max(1, page), pageCount);
      const slice = items.slice((current - 1) * pageSize, current * pageSize);
      const articleCount = new Set(items.map((item) => item.article.id)).size;
      return { speaker, items: slice, page: current, pageCount, total: items.length, articles: articleCount };
    },
  };
}
