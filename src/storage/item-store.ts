import type { AddedItems, ItemClaim, ItemOutcome, NewItem } from "./ingest-store.js";
import type { SqlClient } from "./sql-client.js";

const MAX_REASON_CHARS = 500;

/** Tags as the database returns them: a JSON array, parsed by the driver or not. */
export const tags = (value: unknown): string[] =>
  (typeof value === "string" ? JSON.parse(value) : value) as string[];

/**
 * Inserts the items not seen before. An item whose link is already an ingested article's address is recorded as a
 * duplicate at once, so it is never fetched. An item whose link another feed's item is waiting to fetch is not
 * recorded yet (one pending item per address, enforced by a unique index, so two replicas polling two feeds that
 * list one story fetch it once); the feed's next poll records it, by then as a duplicate.
 */
export async function addItems(
  db: SqlClient,
  feedUrl: string,
  items: readonly NewItem[],
  now: Date,
  retryFailed: boolean,
): Promise<AddedItems> {
  if (items.length === 0) return { pending: [], duplicates: 0, known: 0 };
  const rows = await db.query<{ id: string; state: string }>(
    `INSERT INTO ingest_items
       (feed_url, guid, link, outlet, title, author, published, tags, state, next_attempt_at, created_at)
     SELECT $1, t.guid, t.link, t.outlet, t.title, t.author, t.published, t.tags::jsonb,
       CASE WHEN EXISTS (SELECT 1 FROM ingest_urls u WHERE u.url = t.link) THEN 'duplicate' ELSE 'pending' END,
       $9, $9
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS t(guid, link, outlet, title, author, published, tags)
     ON CONFLICT DO NOTHING
     RETURNING id, state`,
    [
      feedUrl,
      items.map((i) => i.guid),
      items.map((i) => i.link),
      items.map((i) => i.outlet),
      items.map((i) => i.title),
      items.map((i) => i.author),
      items.map((i) => i.published),
      items.map((i) => JSON.stringify(i.tags)),
      now,
    ],
  );
  const pending = rows.filter((r) => r.state === "pending").map((r) => Number(r.id));
  const duplicates = rows.length - pending.length;
  if (retryFailed) pending.push(...(await retryFailedItems(db, feedUrl, items, now)));
  return { pending, duplicates, known: items.length - rows.length };
}

/** Items asked for again by hand after failing or being skipped go back to pending (unless another item is fetching the page). */
async function retryFailedItems(db: SqlClient, feedUrl: string, items: readonly NewItem[], now: Date) {
  const ids: number[] = [];
  for (const item of items) {
    try {
      const rows = await db.query<{ id: string }>(
        `UPDATE ingest_items SET state = 'pending', reason = NULL, attempts = 0, next_attempt_at = $3
         WHERE feed_url = $1 AND guid = $2 AND state IN ('failed', 'skipped') RETURNING id`,
        [feedUrl, item.guid, now],
      );
      ids.push(...rows.map((r) => Number(r.id)));
    } catch (error) {
      if ((error as { code?: string }).code !== "23505") throw error;
    }
  }
  return ids;
}

export async function dueItems(db: SqlClient, now: Date, limit: number): Promise<number[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM ingest_items WHERE state = 'pending' AND next_attempt_at <= $1
       AND (lease_until IS NULL OR lease_until <= $1)
     ORDER BY next_attempt_at, id LIMIT $2`,
    [now, limit],
  );
  return rows.map((r) => Number(r.id));
}

interface ItemRow {
  id: string;
  feed_url: string;
  guid: string;
  link: string;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  tags: unknown;
  attempts: number;
}

export async function claimItem(
  db: SqlClient,
  id: number,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<ItemClaim | null> {
  const rows = await db.query<ItemRow>(
    `UPDATE ingest_items SET claimed_by = $2, lease_until = $4, attempts = attempts + 1
     WHERE id = $1 AND state = 'pending' AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)
     RETURNING id, feed_url, guid, link, outlet, title, author, published, tags, attempts`,
    [id, owner, now, new Date(now.getTime() + leaseMs)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: Number(row.id),
    feedUrl: row.feed_url,
    guid: row.guid,
    link: row.link,
    outlet: row.outlet,
    title: row.title,
    author: row.author,
    published: row.published,
    tags: tags(row.tags),
    attempts: Number(row.attempts),
  };
}

export async function releaseItem(db: SqlClient, id: number, owner: string): Promise<void> {
  await db.query(
    `UPDATE ingest_items SET claimed_by = NULL, lease_until = NULL, attempts = greatest(attempts - 1, 0)
     WHERE id = $1 AND claimed_by = $2 AND state = 'pending'`,
    [id, owner],
  );
}

export async function finishItem(db: SqlClient, id: number, owner: string, outcome: ItemOutcome) {
  const retry = outcome.state === "retry";
  await db.query(
    `UPDATE ingest_items SET claimed_by = NULL, lease_until = NULL, state = $3, reason = $4,
       next_attempt_at = COALESCE($5, next_attempt_at), finished_at = $6
     WHERE id = $1 AND claimed_by = $2`,
    [
      id,
      owner,
      retry ? "pending" : outcome.state,
      outcome.reason.slice(0, MAX_REASON_CHARS),
      retry ? outcome.nextAttemptAt : null,
      retry ? null : outcome.now,
    ],
  );
}
