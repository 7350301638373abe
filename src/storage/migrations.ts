import type { CoreLogger } from "../core/logger.js";
import type { Database } from "./sql-client.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema's history, oldest first. A released migration is never edited: a change is a new entry, so every
 * database, whatever version it was left at, reaches the same schema.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "checks, documents, digests",
    sql: `
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL
      );
      CREATE TABLE checks (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        front_end text NOT NULL,
        channel_id text,
        user_hash text,
        quote text NOT NULL,
        speaker text,
        verdict text NOT NULL
      );
      CREATE INDEX checks_at ON checks (at);
      CREATE TABLE documents (
        id text PRIMARY KEY,
        title text,
        source text,
        date text,
        content_hash text NOT NULL,
        first_seen timestamptz NOT NULL,
        changed_at timestamptz NOT NULL
      );
      CREATE INDEX documents_first_seen ON documents (first_seen);
      CREATE TABLE digests (
        slot text PRIMARY KEY,
        scheduled_for timestamptz NOT NULL,
        period_from timestamptz,
        period_to timestamptz,
        built boolean NOT NULL DEFAULT false,
        reply jsonb,
        claimed_by text,
        lease_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      );
      CREATE INDEX digests_scheduled_for ON digests (scheduled_for);
      CREATE TABLE digest_posts (
        slot text NOT NULL REFERENCES digests (slot) ON DELETE CASCADE,
        target text NOT NULL,
        posted_at timestamptz NOT NULL,
        message_id text,
        PRIMARY KEY (slot, target)
      );
    `,
  },
  {
    version: 2,
    name: "requests behind buttons",
    sql: `
      CREATE TABLE actions (
        key text PRIMARY KEY,
        request text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX actions_created_at ON actions (created_at);
    `,
  },
  {
    version: 3,
    name: "feeds, ingested items and articles",
    sql: `
      CREATE TABLE feeds (
        url text PRIMARY KEY,
        outlet text NOT NULL,
        etag text,
        last_modified text,
        next_poll_at timestamptz,
        failures integer NOT NULL DEFAULT 0,
        last_polled_at timestamptz,
        last_success_at timestamptz,
        last_error text,
        last_error_at timestamptz,
        items_added integer NOT NULL DEFAULT 0,
        claimed_by text,
        lease_until timestamptz
      );
      CREATE TABLE ingest_articles (
        id bigserial PRIMARY KEY,
        url text NOT NULL UNIQUE,
        document text NOT NULL UNIQUE,
        feed_url text,
        title text,
        source text,
        author text,
        date text,
        tags jsonb NOT NULL DEFAULT '[]',
        body text NOT NULL,
        fetched_from text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX ingest_articles_created_at ON ingest_articles (created_at);
      CREATE TABLE ingest_urls (
        url text PRIMARY KEY,
        article_id bigint NOT NULL REFERENCES ingest_articles (id) ON DELETE CASCADE
      );
      CREATE TABLE ingest_items (
        id bigserial PRIMARY KEY,
        feed_url text NOT NULL,
        guid text NOT NULL,
        link text NOT NULL,
        outlet text,
        title text,
        author text,
        published text,
        tags jsonb NOT NULL DEFAULT '[]',
        state text NOT NULL,
        reason text,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_by text,
        lease_until timestamptz,
        article_id bigint REFERENCES ingest_articles (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        finished_at timestamptz,
        UNIQUE (feed_url, guid)
      );
      CREATE INDEX ingest_items_pending ON ingest_items (next_attempt_at) WHERE state = 'pending';
      CREATE UNIQUE INDEX ingest_items_pending_link ON ingest_items (link) WHERE state = 'pending';
    `,
  },
];

/**
 * Brings the schema up to date. The whole run holds a transaction-scoped advisory lock, so replicas starting
 * together apply each migration once: the others wait, then find nothing left to do.
 */
export async function migrate(db: Database, lockName: string, logger: CoreLogger): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [lockName]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => Number(r.version)));
    const newer = Math.max(0, ...applied);
    const latest = migrations.at(-1)?.version ?? 0;
    if (newer > latest) {
      throw new Error(
        `The database schema is at version ${newer}, newer than this release knows (${latest}). Upgrade Verbatim.`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      logger.info({ version: migration.version, name: migration.name }, "database migrated");
      done.push(migration.version);
    }
    return done;
  });
}
