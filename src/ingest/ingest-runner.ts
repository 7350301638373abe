import PQueue from "p-queue";
import type { FeedStatus } from "../storage/ingest-store.js";
import type { Storage } from "../storage/storage.js";
import type { FeedSpec } from "./feeds-file.js";
import { createIngestContext, type IngestContext, type IngestContextOptions } from "./ingest-context.js";
import { type ItemResult, ingestItem } from "./ingest-item.js";
import { Materialiser } from "./materialise.js";
import { type PollResult, pollFeed } from "./poll-feed.js";

export interface StartIngestOptions extends Omit<IngestContextOptions, "store"> {
  feeds: readonly FeedSpec[];
  storage: Storage;
}

export interface Ingester {
  /** Stops polling; requests in flight are abandoned and their claims given back. */
  stop(): Promise<void>;
  /** Each configured feed's status, as every instance sees it (read from the database). */
  status(): Promise<FeedStatus[]>;
  /** Resolves when no poll or fetch is running or queued (for tests and the command line). */
  idle(): Promise<void>;
}

/** When a feed another instance is polling has not reported back, look again after this long. */
const RECHECK_MS = 60_000;
const SWEEP_BATCH = 100;

function logItem(ctx: IngestContext, result: ItemResult): void {
  const { logger } = ctx;
  switch (result.outcome) {
    case "added":
      logger.info({ url: result.url, document: result.document }, "article ingested");
      break;
    case "duplicate":
      logger.debug({ url: result.url, document: result.document }, "article already ingested");
      break;
    case "skipped":
      logger.info({ url: result.url, reason: result.reason }, "article skipped");
      break;
    case "failed":
      logger.warn(
        { url: result.url, reason: result.reason, willRetry: result.willRetry },
        "article fetch failed",
      );
      break;
  }
}

function logPoll(ctx: IngestContext, feed: FeedSpec, result: PollResult, status: FeedStatus | undefined) {
  const common = { feed: feed.url, outlet: feed.outlet, itemsAdded: status?.itemsAdded ?? 0 };
  if (result.outcome === "failed") {
    ctx.logger.warn(
      {
        ...common,
        error: result.error,
        failures: result.failures,
        lastSuccessAt: status?.lastSuccessAt ?? null,
        nextPollAt: result.nextPollAt,
      },
      "feed poll failed; backing off",
    );
  } else if (result.outcome === "polled" || result.outcome === "not-modified") {
    ctx.logger.info(
      { ...common, outcome: result.outcome, newItems: result.newItems, nextPollAt: result.nextPollAt },
      "feed polled",
    );
  }
}

/**
 * Polls every feed on its interval and fetches the new items' pages, sharing the work with other instances
 * through the database's leases. Articles land in `corpusDir/ingested/`, where the corpus watcher picks them up.
 */
export async function startIngest(options: StartIngestOptions): Promise<Ingester> {
  const abort = new AbortController();
  const ctx = createIngestContext({ ...options, store: options.storage.ingest }, abort.signal);
  const { store, clock, timers, logger, limits } = ctx;
  const materialiser = new Materialiser(store, ctx.corpusDir, logger);
  const items = new PQueue({ concurrency: limits.fetchConcurrency });
  const queued = new Set<number>();
  const pollTimers = new Map<string, unknown>();
  const active = new Set<Promise<void>>();
  let sweepTimer: unknown;
  let stopped = false;

  const track = (work: Promise<void>) => {
    active.add(work);
    void work.finally(() => active.delete(work));
  };

  function enqueueItems(ids: readonly number[]): void {
    for (const id of ids) {
      if (stopped || queued.has(id)) continue;
      queued.add(id);
      void items
        .add(async () => {
          try {
            if (!stopped) logItem(ctx, await ingestItem(ctx, id));
          } catch (error) {
            logger.error({ err: error, item: id }, "fetching an article failed; it will be tried again");
          } finally {
            queued.delete(id);
          }
        })
        .catch(() => undefined);
    }
  }

  function schedule(feed: FeedSpec, at: Date): void {
    if (stopped) return;
    timers.clearTimeout(pollTimers.get(feed.url));
    const wait = Math.max(0, at.getTime() - clock.now().getTime());
    pollTimers.set(
      feed.url,
      timers.setTimeout(() => track(poll(feed)), wait),
    );
  }

  async function poll(feed: FeedSpec): Promise<void> {
    let next = new Date(clock.now().getTime() + RECHECK_MS);
    try {
      const result = await pollFeed(ctx, feed);
      if (result.outcome === "stopped") return;
      if ("pending" in result) enqueueItems(result.pending);
      const [status] = await store.feedStatuses([feed.url]);
      logPoll(ctx, feed, result, status);
      if (result.outcome !== "busy") next = result.nextPollAt;
      else if (status?.nextPollAt && status.nextPollAt > clock.now()) next = status.nextPollAt;
    } catch (error) {
      logger.error({ err: error, feed: feed.url }, "polling a feed failed; will try again");
    }
    schedule(feed, next);
  }

  async function sweep(): Promise<void> {
    try {
      await materialiser.pull();
      enqueueItems(await store.dueItems(clock.now(), SWEEP_BATCH));
    } catch (error) {
      logger.error({ err: error }, "looking for pending articles failed; will try again");
    }
    if (!stopped) sweepTimer = timers.setTimeout(() => track(sweep()), limits.sweepIntervalMs);
  }

  await store.syncFeeds(options.feeds.map((f) => ({ url: f.url, outlet: f.outlet })));
  const written = await materialiser.catchUp();
  if (written > 0) logger.info({ written }, "restored ingested articles missing from the corpus folder");
  const statuses = new Map(
    (await store.feedStatuses(options.feeds.map((f) => f.url))).map((s) => [s.url, s]),
  );
  for (const feed of options.feeds) schedule(feed, statuses.get(feed.url)?.nextPollAt ?? clock.now());
  track(sweep());
  logger.info({ feeds: options.feeds.length, owner: ctx.owner }, "ingesting feeds");

  async function idle(): Promise<void> {
    for (;;) {
      await Promise.all([...active]);
      await items.onIdle();
      if (active.size === 0 && items.size === 0 && items.pending === 0) return;
    }
  }

  return {
    async stop() {
      stopped = true;
      abort.abort();
      for (const handle of pollTimers.values()) timers.clearTimeout(handle);
      timers.clearTimeout(sweepTimer);
      items.clear();
      await idle();
    },
    status: () => store.feedStatuses(options.feeds.map((f) => f.url)),
    idle,
  };
}
