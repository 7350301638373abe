import type { Verdict } from "../core/types.js";
import * as digests from "./digest-store.js";
import { documentsFirstSeen, noteDocuments } from "./document-store.js";
import type { Database } from "./sql-client.js";
import { createIngestStore } from "./sql-ingest-store.js";
import type { CheckSummary, CheckToRecord, Storage } from "./storage.js";
import { hashUserId, loadUserHashSalt } from "./user-hash.js";

/** Longest quotation kept per check; the matcher refuses longer ones anyway. */
const MAX_STORED_QUOTE = 2000;
const DAY_MS = 86_400_000;

interface TopRow {
  quote: string;
  verdict: Verdict;
  speaker: string | null;
  n: number;
}

async function summariseChecks(db: Database, from: Date, to: Date, top: number): Promise<CheckSummary> {
  const counts = await db.query<{ verdict: Verdict; n: number }>(
    "SELECT verdict, count(*)::int AS n FROM checks WHERE at >= $1 AND at < $2 GROUP BY verdict",
    [from, to],
  );
  // Quotations differing only in case or surrounding space count as one; the latest check gives the verdict shown.
  const rows = await db.query<TopRow>(
    `SELECT (array_agg(quote ORDER BY at DESC, id DESC))[1] AS quote,
            (array_agg(verdict ORDER BY at DESC, id DESC))[1] AS verdict,
            (array_agg(speaker ORDER BY at DESC, id DESC))[1] AS speaker,
            count(*)::int AS n
     FROM checks WHERE at >= $1 AND at < $2
     GROUP BY lower(btrim(quote))
     ORDER BY n DESC, max(at) DESC
     LIMIT $3`,
    [from, to, top],
  );
  const byVerdict: CheckSummary["byVerdict"] = {};
  let total = 0;
  for (const row of counts) {
    byVerdict[row.verdict] = Number(row.n);
    total += Number(row.n);
  }
  const topChecks = rows.map((r) => ({
    quote: r.quote,
    verdict: r.verdict,
    speaker: r.speaker,
    count: Number(r.n),
  }));
  return { total, byVerdict, top: topChecks };
}

/** The storage logic, once, over either driver. Migrations must have run. */
export async function createSqlStorage(db: Database): Promise<Storage> {
  const salt = await loadUserHashSalt(db);
  return {
    driver: db.driver,
    async recordCheck(check: CheckToRecord) {
      const userHash = check.userId ? hashUserId(salt, check.frontEnd, check.userId) : null;
      await db.query(
        `INSERT INTO checks (at, front_end, channel_id, user_hash, quote, speaker, verdict)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          check.at,
          check.frontEnd,
          check.channelId ?? null,
          userHash,
          check.quote.slice(0, MAX_STORED_QUOTE),
          check.speaker,
          check.verdict,
        ],
      );
    },
    noteDocuments: (articles, at) => noteDocuments(db, articles, at),
    documentsFirstSeen: (from, to) => documentsFirstSeen(db, from, to),
    summariseChecks: (from, to, top = 5) => summariseChecks(db, from, to, top),
    async settingOnce(key, value) {
      await db.query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
        key,
        value,
      ]);
      const rows = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = $1", [key]);
      return rows[0]?.value ?? value;
    },
    async prune(now, retentionDays) {
      const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
      const removed = await db.query("DELETE FROM checks WHERE at < $1 RETURNING id", [cutoff]);
      const removedDigests = await digests.pruneDigests(db, cutoff);
      await digests.pruneActions(db, cutoff);
      return { checks: removed.length, digests: removedDigests };
    },
    lastScheduledSlot: () => digests.lastScheduledSlot(db),
    lastDigestPeriodEnd: (at) => digests.lastDigestPeriodEnd(db, at),
    claimDigest: (request) => digests.claimDigest(db, request),
    renewDigestLease: (slot, owner, now, leaseMs) => digests.renewDigestLease(db, slot, owner, now, leaseMs),
    saveDigestContent: (slot, content) => digests.saveDigestContent(db, slot, content),
    postedTargets: (slot) => digests.postedTargets(db, slot),
    markPosted: (slot, target, at, messageId) => digests.markPosted(db, slot, target, at, messageId),
    finishDigest: (slot, owner, outcome) => digests.finishDigest(db, slot, owner, outcome),
    pendingDigests: (since) => digests.pendingDigests(db, since),
    ingest: createIngestStore(db),
    saveAction: (key, request, at) => digests.saveAction(db, key, request, at),
    loadAction: (key) => digests.loadAction(db, key),
    latestPostedDigest: () => digests.latestPostedDigest(db),
    async ping() {
      await db.query("SELECT 1");
    },
    close: () => db.close(),
  };
}
