import type { Config } from "../config/schema.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import { systemClock } from "../core/logger.js";
import type { FeedStatus } from "../storage/ingest-store.js";
import type { Storage } from "../storage/storage.js";
import { loadFeedsFile } from "./feeds-file.js";
import { openConfiguredStorage } from "./ingest-command.js";

export interface FeedsCommandDeps {
  config: Config;
  logger: CoreLogger;
  storage?: Storage;
  clock?: Clock;
  stdout?: NodeJS.WritableStream;
}

const COLUMNS = [
  "OUTLET",
  "LAST SUCCESS",
  "ADDED",
  "PENDING",
  "FAILURES",
  "NEXT POLL",
  "LAST ERROR",
  "FEED",
] as const;
const MAX_ERROR = 60;

function when(date: Date | null, now: Date): string {
  if (!date) return "never";
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  const stamp = `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  if (Math.abs(minutes) >= 24 * 60) return stamp;
  if (minutes === 0) return "now";
  return minutes > 0 ? `in ${minutes} min` : `${-minutes} min ago`;
}

function row(status: FeedStatus, now: Date, listed: boolean): string[] {
  const error = status.failures > 0 && status.lastError ? status.lastError : "";
  return [
    status.outlet,
    when(status.lastSuccessAt, now),
    String(status.itemsAdded),
    String(status.itemsPending),
    String(status.failures),
    listed ? when(status.nextPollAt, now) : "not in FEEDS_FILE",
    error.length > MAX_ERROR ? `${error.slice(0, MAX_ERROR - 1)}…` : error,
    status.url,
  ];
}

export function renderFeedTable(
  statuses: readonly FeedStatus[],
  listed: ReadonlySet<string>,
  now: Date,
): string {
  const rows = [[...COLUMNS], ...statuses.map((s) => row(s, now, listed.has(s.url)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** `verbatim feeds`: each feed's status, from the database every instance shares. */
export async function runFeedsCommand(deps: FeedsCommandDeps): Promise<number> {
  const out = deps.stdout ?? process.stdout;
  const listed = deps.config.FEEDS_FILE ? await loadFeedsFile(deps.config.FEEDS_FILE) : [];
  const storage = deps.storage ?? (await openConfiguredStorage(deps.config, deps.logger));
  try {
    const known = await storage.ingest.feedStatuses();
    const order = new Map(listed.map((f, i) => [f.url, i]));
    const statuses = [...known].sort(
      (a, b) => (order.get(a.url) ?? Infinity) - (order.get(b.url) ?? Infinity) || a.url.localeCompare(b.url),
    );
    const missing = listed.filter((f) => !known.some((s) => s.url === f.url));
    if (statuses.length === 0 && missing.length === 0) {
      out.write("No feeds yet. List them in the file FEEDS_FILE names and start Verbatim (npm start).\n");
      return 0;
    }
    const now = (deps.clock ?? systemClock).now();
    out.write(`${renderFeedTable(statuses, new Set(order.keys()), now)}\n`);
    for (const feed of missing) out.write(`Not polled yet: ${feed.url} (${feed.outlet})\n`);
    return 0;
  } finally {
    if (!deps.storage) await storage.close();
  }
}
