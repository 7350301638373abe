import type { FeedClaim, FeedClaimRequest, FeedPollOutcome, FeedStatus } from "./ingest-store.js";
import type { SqlClient } from "./sql-client.js";

/** Longest error text kept per feed: enough to read, never a whole HTML error page. */
const MAX_ERROR_CHARS = 500;

export async function syncFeeds(db: SqlClient, feeds: readonly { url: string; outlet: string }[]) {
  if (feeds.length === 0) return;
  await db.query(
    `INSERT INTO feeds (url, outlet) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (url) DO UPDATE SET outlet = EXCLUDED.outlet WHERE feeds.outlet <> EXCLUDED.outlet`,
    [feeds.map((f) => f.url), feeds.map((f) => f.outlet)],
  );
}

interface ClaimRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
}

/**
 * One statement decides who polls: the row lock makes concurrent claimers queue, and each re-reads the lease after
 * the first has taken it, so exactly one gets the row back (as with digest slots).
 */
export async function claimFeed(db: SqlClient, r: FeedClaimRequest): Promise<FeedClaim | null> {
  const rows = await db.query<ClaimRow>(
    `UPDATE feeds SET claimed_by = $2, lease_until = $4, last_polled_at = $3
     WHERE url = $1 AND ($5 OR next_poll_at IS NULL OR next_poll_at <= $3)
       AND (lease_until IS NULL OR lease_until <= $3)
     RETURNING url, etag, last_modified, failures`,
    [r.url, r.owner, r.now, new Date(r.now.getTime() + r.leaseMs), r.force === true],
  );
  const row = rows[0];
  if (!row) return null;
  return { url: row.url, etag: row.etag, lastModified: row.last_modified, failures: Number(row.failures) };
}

export async function finishFeedPoll(db: SqlClient, url: string, owner: string, outcome: FeedPollOutcome) {
  if (outcome.ok) {
    await db.query(
      `UPDATE feeds SET claimed_by = NULL, lease_until = NULL, failures = 0, last_success_at = $3,
         next_poll_at = $4, etag = $5, last_modified = $6
       WHERE url = $1 AND claimed_by = $2`,
      [url, owner, outcome.now, outcome.nextPollAt, outcome.etag, outcome.lastModified],
    );
    return;
  }
  await db.query(
    `UPDATE feeds SET claimed_by = NULL, lease_until = NULL, failures = failures + 1, last_error = $3,
       last_error_at = $4, next_poll_at = $5
     WHERE url = $1 AND claimed_by = $2`,
    [url, owner, outcome.error.slice(0, MAX_ERROR_CHARS), outcome.now, outcome.nextPollAt],
  );
}

export async function releaseFeed(db: SqlClient, url: string, owner: string): Promise<void> {
  await db.query(
    "UPDATE feeds SET claimed_by = NULL, lease_until = NULL WHERE url = $1 AND claimed_by = $2",
    [url, owner],
  );
}

interface StatusRow {
  url: string;
  outlet: string;
  last_polled_at: Date | null;
  last_success_at: Date | null;
  last_error: string | null;
  last_error_at: Date | null;
  failures: number;
  next_poll_at: Date | null;
  items_added: number;
  pending: number;
}

const date = (value: Date | null) => (value === null ? null : new Date(value));

export async function feedStatuses(db: SqlClient, urls?: readonly string[]): Promise<FeedStatus[]> {
  const rows = await db.query<StatusRow>(
    `SELECT f.url, f.outlet, f.last_polled_at, f.last_success_at, f.last_error, f.last_error_at, f.failures,
       f.next_poll_at, f.items_added,
       (SELECT count(*)::int FROM ingest_items i WHERE i.feed_url = f.url AND i.state = 'pending') AS pending
     FROM feeds f WHERE $1::text[] IS NULL OR f.url = ANY($1::text[]) ORDER BY f.url`,
    [urls ? [...urls] : null],
  );
  const statuses = rows.map(
    (r): FeedStatus => ({
      url: r.url,
      outlet: r.outlet,
      lastPolledAt: date(r.last_polled_at),
      lastSuccessAt: date(r.last_success_at),
      lastError: r.last_error,
      lastErrorAt: date(r.last_error_at),
      failures: Number(r.failures),
      nextPollAt: date(r.next_poll_at),
      itemsAdded: Number(r.items_added),
      itemsPending: Number(r.pending),
    }),
  );
  if (!urls) return statuses;
  const byUrl = new Map(statuses.map((s) => [s.url, s]));
  return urls.map((url) => byUrl.get(url)).filter((s): s is FeedStatus => s !== undefined);
}
