import type { Config } from "../config/schema.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import { DataDirBusyError } from "../storage/data-dir-lock.js";
import { DatabaseUnavailableError } from "../storage/database-unavailable.js";
import { NO_FEED } from "../storage/ingest-store.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";
import { type FeedSpec, loadFeedsFile } from "./feeds-file.js";
import { createIngestContext, type IngestContext, type IngestLimits } from "./ingest-context.js";
import { type ItemResult, ingestItem } from "./ingest-item.js";
import { pollFeed } from "./poll-feed.js";
import { normaliseUrl } from "./url-key.js";

export interface IngestCommandDeps {
  config: Config;
  logger: CoreLogger;
  /** Opened from the configuration (and closed again) when not given. */
  storage?: Storage;
  corpusDir?: string;
  clock?: Clock;
  fetch?: typeof fetch;
  limits?: Partial<IngestLimits>;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

/** What `verbatim ingest` was asked: pages, or one feed to poll once. */
export type IngestRequest = { urls: readonly string[] } | { feed: string };

interface Tally {
  added: number;
  skipped: number;
  failed: number;
}

const NEEDS_CONTACT =
  "set INGEST_CONTACT to a URL or e-mail address where site owners can reach you; it goes in the User-Agent " +
  "of every request. Example: INGEST_CONTACT=https://newsroom.example.org/verbatim";

function line(out: NodeJS.WritableStream, tally: Tally, result: ItemResult, url: string): void {
  switch (result.outcome) {
    case "added":
      tally.added++;
      out.write(`added    ${result.url}\n         “${result.title}” → ${result.document}\n`);
      return;
    case "duplicate":
      tally.skipped++;
      out.write(`skipped  ${url}\n         already in the corpus as ${result.document}\n`);
      return;
    case "skipped":
      tally.skipped++;
      out.write(`skipped  ${url}\n         ${result.reason}\n`);
      return;
    case "failed":
      tally.failed++;
      out.write(`failed   ${url}\n         ${result.reason}\n`);
      return;
    case "busy":
      tally.skipped++;
      out.write(`skipped  ${url}\n         another Verbatim instance is fetching it now\n`);
      return;
    case "stopped":
      tally.failed++;
      out.write(`failed   ${url}\n         interrupted\n`);
  }
}

async function ingestPages(
  ctx: IngestContext,
  urls: readonly string[],
  out: NodeJS.WritableStream,
  tally: Tally,
) {
  for (const raw of urls) {
    const url = normaliseUrl(raw);
    if (!url) {
      tally.skipped++;
      out.write(`skipped  ${raw}\n         not an http(s) address\n`);
      continue;
    }
    const known = await ctx.store.documentFor([url]);
    if (known) {
      line(out, tally, { outcome: "duplicate", url, document: known }, url);
      continue;
    }
    const item = { guid: url, link: url, outlet: null, title: null, author: null, published: null, tags: [] };
    const added = await ctx.store.addItems(NO_FEED, [item], ctx.clock.now(), { retryFailed: true });
    const id = added.pending[0];
    if (id === undefined) {
      line(out, tally, { outcome: "busy" }, url);
      continue;
    }
    line(out, tally, await ingestItem(ctx, id), url);
  }
}

async function pollOnce(ctx: IngestContext, spec: FeedSpec, out: NodeJS.WritableStream, tally: Tally) {
  await ctx.store.syncFeeds([{ url: spec.url, outlet: spec.outlet || new URL(spec.url).host }]);
  const result = await pollFeed(ctx, spec, { force: true });
  if (result.outcome === "busy") {
    out.write(`Another Verbatim instance is polling ${spec.url} right now; try again in a minute.\n`);
    return;
  }
  if (result.outcome === "failed" || result.outcome === "stopped") {
    tally.failed++;
    out.write(
      `failed   ${spec.url}\n         ${result.outcome === "failed" ? result.error : "interrupted"}\n`,
    );
    return;
  }
  const news =
    result.outcome === "not-modified" ? "unchanged since the last poll" : `${result.newItems} new items`;
  out.write(`Polled ${spec.url}: ${news}.\n`);
  if (result.duplicates > 0) {
    tally.skipped += result.duplicates;
    out.write(`skipped  ${result.duplicates} already in the corpus\n`);
  }
  const results = await Promise.all(result.pending.map((id) => ingestItem(ctx, id)));
  for (const item of results) line(out, tally, item, "url" in item ? item.url : spec.url);
}

async function feedSpec(config: Config, url: string): Promise<FeedSpec> {
  const listed = config.FEEDS_FILE ? await loadFeedsFile(config.FEEDS_FILE) : [];
  const known = listed.find((f) => f.url === url);
  // An unlisted feed's items are credited to the feed's own title.
  return known ?? { url, outlet: "", everyMs: 15 * 60_000, tags: [] };
}

/**
 * `verbatim ingest URL…` and `verbatim ingest --feed URL`: fetches now, writes the articles into the corpus folder,
 * and prints what was added, skipped and failed. Exit status 0 when nothing failed, 1 when something did, 2 for
 * bad input or configuration.
 */
export async function runIngestCommand(request: IngestRequest, deps: IngestCommandDeps): Promise<number> {
  const out = deps.stdout ?? process.stdout;
  const err = deps.stderr ?? process.stderr;
  const { config } = deps;
  if (!config.INGEST_CONTACT) {
    err.write(`verbatim: ${NEEDS_CONTACT}\n`);
    return 2;
  }
  const feedUrl = "feed" in request ? normaliseUrl(request.feed) : null;
  if ("feed" in request && !feedUrl) {
    err.write(`verbatim: --feed needs the feed's http(s) address, got “${request.feed}”.\n`);
    return 2;
  }
  if ("urls" in request && request.urls.length === 0) {
    err.write(
      "verbatim: give one or more article addresses: verbatim ingest URL…, or poll a feed with --feed URL.\n",
    );
    return 2;
  }
  let storage: Storage;
  try {
    storage = deps.storage ?? (await openConfiguredStorage(config, deps.logger));
  } catch (error) {
    if (!(error instanceof DataDirBusyError || error instanceof DatabaseUnavailableError)) throw error;
    err.write(`verbatim: ${error.message}\n`);
    return 2;
  }
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once("SIGINT", stop);
  try {
    const ctx = createIngestContext(
      {
        store: storage.ingest,
        corpusDir: deps.corpusDir ?? config.CORPUS_DIR,
        contact: config.INGEST_CONTACT,
        allowPrivateNetworks: config.INGEST_ALLOW_PRIVATE,
        logger: deps.logger,
        owner: `cli:${process.pid}`,
        ...(deps.clock ? { clock: deps.clock } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.limits ? { limits: deps.limits } : {}),
      },
      abort.signal,
    );
    const tally: Tally = { added: 0, skipped: 0, failed: 0 };
    if (feedUrl) await pollOnce(ctx, await feedSpec(config, feedUrl), out, tally);
    else if ("urls" in request) await ingestPages(ctx, request.urls, out, tally);
    out.write(`${tally.added} added, ${tally.skipped} skipped, ${tally.failed} failed.\n`);
    return tally.failed > 0 ? 1 : 0;
  } finally {
    process.off("SIGINT", stop);
    if (!deps.storage) await storage.close();
  }
}

export function openConfiguredStorage(config: Config, logger: CoreLogger): Promise<Storage> {
  return openStorage({
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    dataDir: config.DATA_DIR,
    logger,
  });
}
