import type { FeedSpec } from "./feeds-file.js";
import { isFetchError } from "./fetch-error.js";
import type { IngestContext } from "./ingest-context.js";
import { FeedFormatError, parseFeedBytes } from "./parse-feed.js";
import { politeGet } from "./polite-fetch.js";

export type PollResult =
  | {
      outcome: "polled" | "not-modified";
      /** Items to fetch. */
      pending: number[];
      /** Items the feed lists for the first time (including duplicates of stored articles). */
      newItems: number;
      duplicates: number;
      nextPollAt: Date;
    }
  | { outcome: "failed"; error: string; failures: number; nextPollAt: Date }
  /** Not due, or being polled by another instance. */
  | { outcome: "busy" }
  | { outcome: "stopped" };

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, " +
  "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

/**
 * A failing feed waits twice as long after each further failure (capped), and never less than the server's
 * Retry-After, so a broken feed costs little and others are unaffected.
 */
export function feedBackoffMs(everyMs: number, failures: number, maxMs: number, retryAfterMs = 0): number {
  const doubled = everyMs * 2 ** Math.min(20, Math.max(0, failures - 1));
  return Math.max(retryAfterMs, Math.min(doubled, Math.max(maxMs, everyMs)));
}

function failureText(error: unknown): string {
  if (isFetchError(error) || error instanceof FeedFormatError) return error.message;
  return `unexpected error: ${(error as Error).message ?? String(error)}`;
}

/** Polls one feed once if it is due (or `force`), recording its new items; never throws for a bad feed. */
export async function pollFeed(
  ctx: IngestContext,
  feed: FeedSpec,
  options: { force?: boolean } = {},
): Promise<PollResult> {
  const { store, owner, limits } = ctx;
  const claim = await store.claimFeed({
    url: feed.url,
    owner,
    now: ctx.clock.now(),
    leaseMs: limits.leaseMs,
    ...(options.force ? { force: true } : {}),
  });
  if (!claim) return { outcome: "busy" };
  try {
    const response = await politeGet(ctx.http, feed.url, {
      accept: FEED_ACCEPT,
      maxBytes: limits.feedMaxBytes,
      timeoutMs: limits.feedTimeoutMs,
      maxRedirects: limits.maxRedirects,
      retry: limits.retry,
      etag: claim.etag,
      lastModified: claim.lastModified,
      signal: ctx.signal,
    });
    const now = ctx.clock.now();
    const nextPollAt = new Date(now.getTime() + feed.everyMs);
    if (response.notModified) {
      await store.finishFeedPoll(feed.url, owner, {
        ok: true,
        now,
        nextPollAt,
        etag: claim.etag,
        lastModified: claim.lastModified,
      });
      return { outcome: "not-modified", pending: [], newItems: 0, duplicates: 0, nextPollAt };
    }
    const parsed = parseFeedBytes(response.bytes, response.contentType, response.url);
    const outlet = feed.outlet || parsed.title || new URL(feed.url).host;
    const items = parsed.items.map((item) => ({ ...item, outlet, tags: feed.tags }));
    const added = await store.addItems(feed.url, items, now);
    await store.finishFeedPoll(feed.url, owner, {
      ok: true,
      now,
      nextPollAt,
      etag: response.etag,
      lastModified: response.lastModified,
    });
    return {
      outcome: "polled",
      pending: added.pending,
      newItems: added.pending.length + added.duplicates,
      duplicates: added.duplicates,
      nextPollAt,
    };
  } catch (error) {
    if (isFetchError(error) && error.failure === "stopped") {
      await store.releaseFeed(feed.url, owner).catch(() => undefined);
      return { outcome: "stopped" };
    }
    const now = ctx.clock.now();
    const failures = claim.failures + 1;
    const retryAfter = isFetchError(error) ? error.details.retryAfterMs : undefined;
    const wait = feedBackoffMs(feed.everyMs, failures, limits.maxFeedBackoffMs, retryAfter);
    const nextPollAt = new Date(now.getTime() + wait);
    const message = failureText(error);
    await store.finishFeedPoll(feed.url, owner, { ok: false, now, nextPollAt, error: message });
    return { outcome: "failed", error: message, failures, nextPollAt };
  }
}
