import { type CorpusFile, listCorpusFiles } from "./corpus/load-corpus.js";
import { listingStamp, readCachedImage, writeCachedImage } from "./engine-cache.js";
import { fail } from "./errors.js";
import { buildImage } from "./image/build-image.js";
import {
  articleAt,
  type CorpusImage,
  docCount,
  findDoc,
  quoteAt,
  quoteCount,
  quotesOfDoc,
  speakersOf,
  warningsOf,
} from "./image/corpus-image.js";
import type { Clock, CoreLogger } from "./logger.js";
import { silentLogger, systemClock } from "./logger.js";
import { indexOfImage, type MatchIndex } from "./match/match-index.js";
import { validateQuery } from "./match/validate-query.js";
import { verifyQuote } from "./match/verify-quote.js";
import { DEFAULT_WORK_BUDGET } from "./match/work-budget.js";
import { createSpeakerDirectory, type SpeakerDirectory } from "./speakers/speaker-directory.js";
import type {
  Article,
  ArticleWithQuotes,
  CorpusStats,
  Engine,
  LoadProgress,
  Quote,
  QuoteInContext,
  Speaker,
} from "./types.js";

/** The engine over a corpus image (src/core/image), whose columns may be shared with other threads. */
export interface ImageEngine extends Engine {
  readonly image: CorpusImage;
  readonly stats: CorpusStats;
  articlesWithQuotes(ids: readonly string[]): ArticleWithQuotes[];
  /** Builds now what is otherwise built on first use (vocabulary lookups, speaker directory). */
  prepare(): void;
}

export interface LoadImageOptions {
  corpusDir: string;
  /** Where the corpus cache lives; without it the corpus is read in full on every start. */
  dataDir?: string;
  logger?: CoreLogger;
  clock?: Clock;
  onProgress?: (progress: LoadProgress) => void;
  /** The image being served: unchanged files are copied from it rather than read again. */
  previous?: CorpusImage | null;
}

export interface LoadedImage {
  image: CorpusImage;
  /** "cache" when the cached image matched the folder as it is. */
  source: "cache" | "built";
  /** Files read and parsed, and files copied from a previous image. */
  read: number;
  reused: number;
  ms: number;
}

/**
 * The corpus image for a folder: the cached one when no file changed since it was written; otherwise built, copying
 * every unchanged file from the image being served (or from the stale cache) and reading only the rest.
 */
export async function loadImage(options: LoadImageOptions): Promise<LoadedImage> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const started = clock.now().getTime();
  const elapsed = () => clock.now().getTime() - started;
  let previous = options.previous ?? null;
  if (options.dataDir && !previous) {
    const files: CorpusFile[] = await listCorpusFiles(options.corpusDir);
    const cached = await readCachedImage(options.dataDir, options.corpusDir, logger);
    if (cached && cached.listing === listingStamp(files)) {
      logger.info({ articles: docCount(cached.image), ms: elapsed() }, "corpus loaded from cache");
      return { image: cached.image, source: "cache", read: 0, reused: files.length, ms: elapsed() };
    }
    previous = cached?.image ?? null;
  }
  const built = await buildImage(options.corpusDir, {
    logger,
    previous,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { image } = built;
  // An empty corpus would answer every query "not found" with full confidence: that is a setup error, not an answer.
  if (docCount(image) === 0) fail("CORPUS_EMPTY", options.corpusDir, built.files.length);
  logger.info(
    {
      articles: docCount(image),
      quotes: quoteCount(image),
      filesRead: built.read,
      filesReused: built.reused,
      ms: elapsed(),
    },
    "corpus loaded",
  );
  if (options.dataDir) await writeCachedImage(options.dataDir, options.corpusDir, built.files, image, logger);
  return { image, source: "built", read: built.read, reused: built.reused, ms: elapsed() };
}

export type OpenEngineOptions = Omit<LoadImageOptions, "previous">;

/** Loads a corpus (from the cache when its files have not changed) and returns an engine over it. */
export async function openEngine(options: OpenEngineOptions): Promise<ImageEngine> {
  return createEngine((await loadImage(options)).image);
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * An engine over an image. Nothing is decoded up front but the speakers; the match index's vocabulary lookups and
 * the speaker directory are built on first use, so a thread that only lists quotations never builds them.
 */
export function createEngine(image: CorpusImage): ImageEngine {
  const speakers = speakersOf(image);
  const speakerIndex = new Map<Speaker, number>(speakers.map((s, i) => [s, i]));
  const directory = lazy<SpeakerDirectory>(() => createSpeakerDirectory(speakers));
  const index = lazy<MatchIndex>(() => indexOfImage(image));
  const articles = lazy<Article[]>(() =>
    Array.from({ length: docCount(image) }, (_, d) => articleAt(image, d)),
  );
  const quotes = lazy<Quote[]>(() => {
    const all = articles();
    return all.flatMap((article, d) => quotesOfDoc(image, d, article));
  });
  return {
    image,
    stats: { articles: docCount(image), quotes: quoteCount(image), speakers: speakers.length },
    get articles() {
      return articles();
    },
    get quotes() {
      return quotes();
    },
    speakers,
    warnings: warningsOf(image),
    article(id) {
      const doc = findDoc(image, id);
      return doc < 0 ? undefined : articleAt(image, doc);
    },
    verify: (query, limits = {}) =>
      verifyQuote(index(), validateQuery(query), {
        resolveSpeaker: (name) => directory().find(name),
        budget: limits.budget ?? DEFAULT_WORK_BUDGET,
      }),
    findSpeaker: (name) => directory().find(name),
    suggestSpeakers: (prefix, limit = 25) => directory().suggest(prefix, limit),
    quotesBy(name, { page = 1, pageSize = 5 } = {}) {
      const speaker = directory().find(name);
      if (!speaker) return null;
      const s = speakerIndex.get(speaker)!;
      const from = image.speakerQuoteStarts[s]!;
      const total = image.speakerQuoteStarts[s + 1]! - from;
      const pageCount = Math.max(1, Math.ceil(total / pageSize));
      const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
      const items: QuoteInContext[] = [];
      for (let k = (current - 1) * pageSize; k < Math.min(total, current * pageSize); k++) {
        const q = image.speakerQuotes[from + k]!;
        const article = articleAt(image, image.quoteDoc[q]!);
        items.push({ quote: quoteAt(image, q, article.id, article.body), article });
      }
      const docs = new Set<number>();
      for (let k = 0; k < total; k++) docs.add(image.quoteDoc[image.speakerQuotes[from + k]!]!);
      return { speaker, items, page: current, pageCount, total, articles: docs.size };
    },
    prepare() {
      index();
      directory();
    },
    articlesWithQuotes(ids) {
      const found: ArticleWithQuotes[] = [];
      for (const id of new Set(ids)) {
        const doc = findDoc(image, id);
        if (doc < 0) continue;
        const article = articleAt(image, doc);
        found.push({ article, quotes: quotesOfDoc(image, doc, article) });
      }
      return found;
    },
  };
}
