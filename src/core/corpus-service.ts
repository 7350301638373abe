import type {
  ArticleWithQuotes,
  CorpusStats,
  Engine,
  Quote,
  QuotePage,
  Speaker,
  VerifyQuery,
  VerifyResult,
} from "./types.js";

/** Who a piece of work is for, so that one requester's burst cannot starve everyone else's answers. */
export interface QueryOptions {
  /** A stable key per user (or "digest", "cli"); work is shared fairly between keys. */
  requester?: string;
}

export type { ArticleWithQuotes, CorpusStats };

/**
 * What commands, front ends and digests ask of the corpus. The answers may be computed in another thread (a
 * verification can take far longer than a platform's acknowledgement deadline), so everything that searches or
 * walks the corpus returns a promise; speaker lookups stay synchronous because autocomplete must answer at once.
 * One service outlives corpus reloads: each call is answered by the corpus current when it starts.
 */
export interface CorpusService {
  stats(): CorpusStats;
  /** Rejects with `VerbatimError` (code QUOTE_*) for a query that cannot be checked. */
  verify(query: VerifyQuery, options?: QueryOptions): Promise<VerifyResult>;
  /** The speaker's quotations, newest first; null when no speaker matches the name. */
  quotesBy(
    name: string,
    page?: { page?: number; pageSize?: number },
    options?: QueryOptions,
  ): Promise<QuotePage | null>;
  /** The canonical speaker a (possibly misspelled or partial) name refers to, or null. */
  findSpeaker(name: string): Speaker | null;
  /** Speakers for autocomplete, best first; an empty prefix gives the most quoted. */
  suggestSpeakers(prefix: string, limit?: number): Speaker[];
  /** The articles with these ids that the corpus holds, each with its quotations in text order. */
  articlesWithQuotes(ids: readonly string[], options?: QueryOptions): Promise<ArticleWithQuotes[]>;
}

/** A service answering in the calling thread, over whichever engine `current` returns at each call. */
export function inProcessCorpus(current: () => Engine): CorpusService {
  return {
    stats() {
      const engine = current();
      if (engine.stats) return engine.stats;
      return {
        articles: engine.articles.length,
        quotes: engine.quotes.length,
        speakers: engine.speakers.length,
      };
    },
    verify: async (query) => current().verify(query),
    quotesBy: async (name, page) => current().quotesBy(name, page),
    findSpeaker: (name) => current().findSpeaker(name),
    suggestSpeakers: (prefix, limit) => current().suggestSpeakers(prefix, limit),
    async articlesWithQuotes(ids) {
      const engine = current();
      if (engine.articlesWithQuotes) return engine.articlesWithQuotes(ids);
      const wanted = new Set(ids);
      const quotesOf = new Map<string, Quote[]>();
      for (const quote of engine.quotes) {
        if (!wanted.has(quote.document)) continue;
        const list = quotesOf.get(quote.document);
        if (list) list.push(quote);
        else quotesOf.set(quote.document, [quote]);
      }
      const found: ArticleWithQuotes[] = [];
      for (const id of wanted) {
        const article = engine.article(id);
        if (article) found.push({ article, quotes: quotesOf.get(id) ?? [] });
      }
      return found;
    },
  };
}
