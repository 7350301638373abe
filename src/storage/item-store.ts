import type {
  AddedItems,
  ItemClaim,
  ItemOutcome,
  NewArticle,
  NewItem,
  StoredArticle,
  StoreResult,
} from "./ingest-store.js";
import type { Database, SqlClient } from "./sql-client.js";

const MAX_REASON_CHARS = 500;

const tags = (value: unknown): string[] =>
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

/**
 * Stores an article and settles its item in one transaction, so a crash leaves either both or neither: an item
 * never stays pending for an article already stored (which would be fetched again).
 */
export async function storeArticle(
  db: Database,
  itemId: number,
  owner: string,
  a: NewArticle,
  now: Date,
): Promise<StoreResult> {
  return db.transaction(async (tx) => {
    const addresses = [...new Set([a.url, ...a.aliases])];
    const existing = await tx.query<{ id: string; document: string }>(
      `SELECT a.id, a.document FROM ingest_articles a
       WHERE a.url = ANY($1::text[]) OR a.id IN (SELECT article_id FROM ingest_urls WHERE url = ANY($1::text[]))
       ORDER BY a.id LIMIT 1`,
      [addresses],
    );
    let article = existing[0];
    let fresh = false;
    if (!article) {
      const inserted = await tx.query<{ id: string; document: string }>(
        `INSERT INTO ingest_articles
           (url, document, feed_url, title, source, author, date, tags, body, fetched_from, created_at)
         SELECT $1, $2, feed_url, $3, $4, $5, $6, $7::jsonb, $8, $9, $10 FROM ingest_items WHERE id = $11
         ON CONFLICT DO NOTHING
         RETURNING id, document`,
        [
          a.url,
          a.document,
          a.title,
          a.source,
          a.author,
          a.date,
          JSON.stringify(a.tags),
          a.body,
          a.fetchedFrom,
          now,
          itemId,
        ],
      );
      // Another replica may store the same address at the same moment: its row wins and this item is a duplicate.
      fresh = inserted.length > 0;
      article =
        inserted[0] ??
        (
          await tx.query<{ id: string; document: string }>(
            "SELECT id, document FROM ingest_articles WHERE url = $1 OR document = $2",
            [a.url, a.document],
          )
        )[0];
      if (!article) throw new Error(`item ${itemId} does not exist`);
    }
    await tx.query(
      `INSERT INTO ingest_urls (url, article_id) SELECT unnest($1::text[]), $2 ON CONFLICT (url) DO NOTHING`,
      [addresses, article.id],
    );
    const settled = await tx.query(
      `UPDATE ingest_items SET claimed_by = NULL, lease_until = NULL, state = $3, article_id = $4,
         reason = $5, finished_at = $6
       WHERE id = $1 AND claimed_by = $2 RETURNING feed_url`,
      [itemId, owner, fresh ? "added" : "duplicate", article.id, fresh ? null : "already ingested", now],
    );
    // A claim lost to an expired lease: the other owner settles the item; this transaction must not add twice.
    if (settled.length === 0) throw new Error(`item ${itemId} is no longer claimed by ${owner}`);
    if (fresh) {
      await tx.query(
        "UPDATE feeds SET items_added = items_added + 1 FROM ingest_items i WHERE i.id = $1 AND feeds.url = i.feed_url",
        [itemId],
      );
    }
    return fresh
      ? { stored: true, document: article.document }
      : { stored: false, duplicateOf: article.document };
  });
}

export async function documentFor(db: SqlClient, urls: readonly string[]): Promise<string | null> {
  const rows = await db.query<{ document: string }>(
    `SELECT a.document FROM ingest_articles a
     WHERE a.url = ANY($1::text[]) OR a.id IN (SELECT article_id FROM ingest_urls WHERE url = ANY($1::text[]))
     ORDER BY a.id LIMIT 1`,
    [[...urls]],
  );
  return rows[0]?.document ?? null;
}

export async function articleDocuments(db: SqlClient): Promise<{ id: number; document: string }[]> {
  const rows = await db.query<{ id: string; document: string }>(
    "SELECT id, document FROM ingest_articles ORDER BY id",
  );
  return rows.map((r) => ({ id: Number(r.id), document: r.document }));
}

interface ArticleRow {
  id: string;
  url: string;
  document: string;
  feed_url: string | null;
  title: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  tags: unknown;
  body: string;
  fetched_from: string;
  created_at: Date;
}

export async function articles(
  db: SqlClient,
  query: { ids: readonly number[] } | { afterId: number; limit: number },
): Promise<StoredArticle[]> {
  const columns =
    "id, url, document, feed_url, title, source, author, date, tags, body, fetched_from, created_at";
  const rows =
    "ids" in query
      ? await db.query<ArticleRow>(
          `SELECT ${columns} FROM ingest_articles WHERE id = ANY($1::bigint[]) ORDER BY id`,
          [[...query.ids]],
        )
      : await db.query<ArticleRow>(
          `SELECT ${columns} FROM ingest_articles WHERE id > $1 ORDER BY id LIMIT $2`,
          [query.afterId, query.limit],
        );
  return rows.map((r) => ({
    id: Number(r.id),
    url: r.url,
    document: r.document,
    feedUrl: r.feed_url || null,
    title: r.title,
    source: r.source,
    author: r.author,
    date: r.date,
    tags: tags(r.tags),
    body: r.body,
    fetchedFrom: r.fetched_from,
    createdAt: new Date(r.created_at),
  }));
}

export async function countIngested(db: SqlClient, from: Date, to: Date): Promise<number> {
  const rows = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM ingest_articles WHERE created_at >= $1 AND created_at < $2",
    [from, to],
  );
  return Number(rows[0]?.n ?? 0);
}
