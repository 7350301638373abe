import { loadCorpus } from "./corpus/load-corpus.js";
import { readCachedCorpus, writeCachedCorpus } from "./engine-cache.js";
import type { Clock, CoreLogger } from "./logger.js";
import { silentLogger, systemClock } from "./logger.js";
import { buildMatchIndex, type MatchIndex } from "./match/match-index.js";
import { validateQuery } from "./match/validate-query.js";
import { verifyQuote } from "./match/verify-quote.js";
import { attributeCorpus } from "./speakers/attribute-corpus.js";
import { createSpeakerDirectory } from "./speakers/speaker-directory.js";
import type { Article, Engine, LoadProgress, LoadWarning, Quote, QuoteInContext, Speaker } from "./types.js";

export interface CorpusState {
  articles: readonly Article[];
  quotes: readonly Quote[];
  speakers: readonly Speaker[];
  warnings: readonly LoadWarning[];
}

export interface OpenEngineOptions {
  corpusDir: string;
  /** Where the index cache lives; without it the corpus is parsed on every start. */
  dataDir?: string;
  logger?: CoreLogger;
  clock?: Clock;
  onProgress?: (progress: LoadProgress) => void;
}

/** Loads a corpus (from the cache when its files have not changed) and returns an engine over it. */
export async function openEngine(options: OpenEngineOptions): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const started = clock.now().getTime();
  const cached = options.dataDir ? await readCachedCorpus(options.dataDir, options.corpusDir, logger) : null;
  if (cached) {
    logger.info(
      { articles: cached.state.articles.length, ms: clock.now().getTime() - started },
      "corpus loaded from cache",
    );
    return createEngine(cached.state, cached.index);
  }
  const { articles, warnings, files } = await loadCorpus(options.corpusDir, {
    logger,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { quotes, speakers } = attributeCorpus(articles);
  options.onProgress?.({
    filesRead: files.length,
    filesTotal: files.length,
    filesSkipped: files.length - new Set(articles.map((a) => a.file)).size,
    quotesFound: quotes.length,
  });
  const state: CorpusState = { articles, quotes, speakers, warnings };
  const index = buildMatchIndex(articles, quotes);
  logger.info(
    {
      articles: articles.length,
      quotes: quotes.length,
      skipped: warnings.length,
      ms: clock.now().getTime() - started,
    },
    "corpus loaded",
  );
  if (options.dataDir)
    await writeCachedCorpus(options.dataDir, options.corpusDir, files, state, index, logger);
  return createEngine(state, index);
}

function byNewest(a: QuoteInContext, b: QuoteInContext): number {
  const da = a.article.date ?? "";
  const db = b.article.date ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return a.article.id === b.article.id ? a.quote.start - b.quote.start : a.article.id < b.article.id ? -1 : 1;
}

export function createEngine(state: CorpusState, index: MatchIndex): Engine {
  const byId = new Map(state.articles.map((a) => [a.id, a]));
  const directory = createSpeakerDirectory(state.speakers);
  const quotesOf = new Map<string, Quote[]>();
  for (const quote of state.quotes) {
    if (!quote.speaker) continue;
    const list = quotesOf.get(quote.speaker) ?? [];
    list.push(quote);
    quotesOf.set(quote.speaker, list);
  }
  return {
    ...state,
    article: (id) => byId.get(id),
    verify: (query) =>
      verifyQuote(index, validateQuery(query), { resolveSpeaker: (name) => directory.find(name) }),
    findSpeaker: (name) => directory.find(name),
    suggestSpeakers: (prefix, limit = 25) => directory.suggest(prefix, limit),
    quotesBy(name, { page = 1, pageSize = 5 } = {}) {
      const speaker = directory.find(name);
      if (!speaker) return null;
      const items = (quotesOf.get(speaker.name) ?? [])
        .map((quote) => ({ quote, article: byId.get(quote.document) }))
        .filter((item): item is QuoteInContext => item.article !== undefined)
        .sort(byNewest);
      const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
      const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
      const slice = items.slice((current - 1) * pageSize, current * pageSize);
      const articles = new Set(items.map((item) => item.article.id)).size;
      return { speaker, items: slice, page: current, pageCount, total: items.length, articles };
    },
  };
}
