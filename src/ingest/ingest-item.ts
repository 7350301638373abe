import type { ItemClaim, NewArticle } from "../storage/ingest-store.js";
import { articleFileText, documentPath, writeArticleFile } from "./corpus-file.js";
import { extractPage, type PageArticle } from "./extract-page.js";
import { FetchError, isFetchError } from "./fetch-error.js";
import type { IngestContext } from "./ingest-context.js";
import { politeGet } from "./polite-fetch.js";
import { hostOf } from "./url-key.js";

export type ItemResult =
  | { outcome: "added"; url: string; document: string; title: string }
  | { outcome: "duplicate"; url: string; document: string }
  | { outcome: "skipped"; url: string; reason: string }
  | { outcome: "failed"; url: string; reason: string; willRetry: boolean }
  /** Not ours to fetch: done already, not due, or being fetched by another instance. */
  | { outcome: "busy" }
  | { outcome: "stopped"; url: string };

const PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

/** RSS authors are often "jane@example.org (Jane Doe)"; the name is what an answer should show. */
function authorName(value: string | null): string | null {
  if (!value) return null;
  const inParens = /\(([^)]+)\)\s*$/.exec(value)?.[1]?.trim();
  if (inParens) return inParens;
  return /^\S+@\S+$/.test(value.trim()) ? null : value.trim();
}

/** The item's and the page's accounts joined: the operator's outlet name first, the page's own date first. */
function composeArticle(item: ItemClaim, page: PageArticle, finalUrl: string, today: string): NewArticle {
  const url = page.canonical ?? finalUrl;
  const title = item.title ?? page.title ?? url;
  const date = page.date ?? item.published;
  return {
    url,
    aliases: [item.link, finalUrl],
    document: documentPath(url, date ?? today, title),
    title,
    source: item.outlet ?? page.source ?? hostOf(url),
    author: page.author ?? authorName(item.author),
    date,
    tags: item.tags,
    body: page.body,
    fetchedFrom: finalUrl,
  };
}

async function settleFailure(ctx: IngestContext, item: ItemClaim, error: FetchError): Promise<ItemResult> {
  const now = ctx.clock.now();
  const reason = error.message;
  if (error.failure === "robots") {
    await ctx.store.finishItem(item.id, ctx.owner, { state: "skipped", reason, now });
    return { outcome: "skipped", url: item.link, reason };
  }
  // Outlets often list an item a little before its page is live: a 404 is worth another try later.
  const passing = error.transient || error.details.status === 404;
  const willRetry = passing && item.attempts < ctx.limits.itemAttempts;
  if (willRetry) {
    const wait = Math.max(error.details.retryAfterMs ?? 0, ctx.limits.itemRetryMs * 2 ** (item.attempts - 1));
    const nextAttemptAt = new Date(now.getTime() + wait);
    await ctx.store.finishItem(item.id, ctx.owner, { state: "retry", reason, now, nextAttemptAt });
  } else {
    await ctx.store.finishItem(item.id, ctx.owner, { state: "failed", reason, now });
  }
  return { outcome: "failed", url: item.link, reason, willRetry };
}

async function fetchClaimed(ctx: IngestContext, item: ItemClaim): Promise<ItemResult> {
  const known = await ctx.store.documentFor([item.link]);
  if (known) {
    await ctx.store.finishItem(item.id, ctx.owner, {
      state: "duplicate",
      reason: "already ingested",
      now: ctx.clock.now(),
    });
    return { outcome: "duplicate", url: item.link, document: known };
  }
  const response = await politeGet(ctx.http, item.link, {
    accept: PAGE_ACCEPT,
    maxBytes: ctx.limits.pageMaxBytes,
    timeoutMs: ctx.limits.pageTimeoutMs,
    maxRedirects: ctx.limits.maxRedirects,
    retry: ctx.limits.retry,
    signal: ctx.signal,
  });
  // Pages are fetched unconditionally, so a 304 here means a misbehaving server.
  if (response.notModified) throw new FetchError("status", { url: item.link, status: 304 });
  const page = extractPage(response.bytes, response.contentType, response.url);
  const now = ctx.clock.now();
  if ("skip" in page) {
    await ctx.store.finishItem(item.id, ctx.owner, { state: "skipped", reason: page.skip, now });
    return { outcome: "skipped", url: item.link, reason: page.skip };
  }
  const article = composeArticle(item, page, response.url, now.toISOString().slice(0, 10));
  const stored = await ctx.store.storeArticle(item.id, ctx.owner, article, now);
  if (!stored.stored) return { outcome: "duplicate", url: item.link, document: stored.duplicateOf };
  const text = articleFileText({ ...article, feedUrl: item.feedUrl || null });
  // The database has the article now; if the file cannot be written, the next sweep writes it.
  await writeArticleFile(ctx.corpusDir, stored.document, text).catch((error: unknown) =>
    ctx.logger.error({ err: error, document: stored.document }, "could not write an ingested article"),
  );
  return {
    outcome: "added",
    url: article.url,
    document: stored.document,
    title: article.title ?? article.url,
  };
}

/** Fetches one item's page, extracts the article and adds it to the corpus, once across every instance. */
export async function ingestItem(ctx: IngestContext, id: number): Promise<ItemResult> {
  const item = await ctx.store.claimItem(id, ctx.owner, ctx.clock.now(), ctx.limits.leaseMs);
  if (!item) return { outcome: "busy" };
  try {
    return await fetchClaimed(ctx, item);
  } catch (error) {
    if (isFetchError(error) && error.failure === "stopped") {
      await ctx.store.releaseItem(item.id, ctx.owner).catch(() => undefined);
      return { outcome: "stopped", url: item.link };
    }
    if (isFetchError(error)) return settleFailure(ctx, item, error);
    // A bug or a database failure: the lease runs out and the item is tried again; the error is the caller's.
    throw error;
  }
}
