/** Ingested articles: stored with their item in one transaction, then looked up by address, id or date. */
import type { NewArticle, StoredArticle, StoreResult } from "./ingest-store.js";
import { tags } from "./item-store.js";
import type { Database, SqlClient } from "./sql-client.js";

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
