import { z } from "zod";
import type { SqlClient } from "./sql-client.js";
import type { ClaimRequest, DigestClaim, PendingDigest, PostedDigest, StoredContent } from "./storage.js";

/** Slots posted on demand (`verbatim digest --post`) rather than by the schedule. */
export const MANUAL_SLOT_PREFIX = "manual:";

const date = z.union([z.date(), z.string()]).transform((value) => new Date(value));
/** Drivers return jsonb parsed or as text; either way it must be an object (or null for a quiet period). */
const content = z.union([
  z.null(),
  z.record(z.string(), z.unknown()),
  z.string().transform((text, ctx): StoredContent => {
    try {
      return z.record(z.string(), z.unknown()).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: "custom", message: "stored digest content is not a JSON object" });
      return z.NEVER;
    }
  }),
]);

/** A digests row as read back, checked: a damaged row is refused rather than posted. */
const digestRow = z.object({
  slot: z.string(),
  scheduled_for: date,
  built: z.boolean(),
  period_from: date.nullable(),
  period_to: date.nullable(),
  reply: content,
  attempts: z.coerce.number().int(),
});

type DigestRow = z.input<typeof digestRow>;

function toClaim(raw: DigestRow): DigestClaim {
  const row = digestRow.parse(raw);
  return {
    slot: row.slot,
    scheduledFor: row.scheduled_for,
    built: row.built,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    reply: row.reply,
    attempts: row.attempts,
  };
}

const asDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/**
 * One statement decides who posts a slot. The insert wins for the first claimer; later claimers hit the conflict,
 * and the update only applies when the slot is unfinished and its lease has run out (or is already theirs). The
 * row lock the upsert takes makes concurrent claimers from several replicas queue, so exactly one gets a row back.
 */
export async function claimDigest(db: SqlClient, r: ClaimRequest): Promise<DigestClaim | null> {
  const leaseUntil = new Date(r.now.getTime() + r.leaseMs);
  const rows = await db.query<DigestRow>(
    `INSERT INTO digests (slot, scheduled_for, claimed_by, lease_until, created_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slot) DO UPDATE SET claimed_by = EXCLUDED.claimed_by, lease_until = EXCLUDED.lease_until
     WHERE digests.completed_at IS NULL
       AND (digests.lease_until IS NULL OR digests.lease_until <= $5 OR digests.claimed_by = EXCLUDED.claimed_by)
     RETURNING slot, scheduled_for, built, period_from, period_to, reply, attempts`,
    [r.slot, r.scheduledFor, r.owner, leaseUntil, r.now],
  );
  const row = rows[0];
  return row ? toClaim(row) : null;
}

export async function renewDigestLease(
  db: SqlClient,
  slot: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE digests SET lease_until = $3 WHERE slot = $1 AND claimed_by = $2 AND completed_at IS NULL
     RETURNING slot`,
    [slot, owner, new Date(now.getTime() + leaseMs)],
  );
  return rows.length > 0;
}

export async function saveDigestContent(
  db: SqlClient,
  slot: string,
  content: { from: Date; to: Date; reply: object | null },
): Promise<void> {
  await db.query(
    `UPDATE digests SET built = true, period_from = $2, period_to = $3, reply = $4::jsonb
     WHERE slot = $1 AND built = false`,
    [slot, content.from, content.to, content.reply === null ? null : JSON.stringify(content.reply)],
  );
}

export async function postedTargets(db: SqlClient, slot: string): Promise<string[]> {
  const rows = await db.query<{ target: string }>("SELECT target FROM digest_posts WHERE slot = $1", [slot]);
  return rows.map((r) => r.target);
}

export async function markPosted(
  db: SqlClient,
  slot: string,
  target: string,
  at: Date,
  messageId: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO digest_posts (slot, target, posted_at, message_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slot, target) DO NOTHING`,
    [slot, target, at, messageId],
  );
}

export async function finishDigest(
  db: SqlClient,
  slot: string,
  owner: string,
  outcome: { now: Date; complete: boolean; error?: string },
): Promise<void> {
  if (outcome.complete) {
    await db.query(
      `UPDATE digests SET completed_at = $3, claimed_by = NULL, lease_until = NULL, last_error = NULL
       WHERE slot = $1 AND claimed_by = $2`,
      [slot, owner, outcome.now],
    );
    return;
  }
  await db.query(
    `UPDATE digests SET claimed_by = NULL, lease_until = NULL, attempts = attempts + 1, last_error = $3
     WHERE slot = $1 AND claimed_by = $2`,
    [slot, owner, (outcome.error ?? "").slice(0, 1000)],
  );
}

export async function pendingDigests(db: SqlClient, since: Date): Promise<PendingDigest[]> {
  const rows = await db.query<{ slot: string; scheduled_for: Date; attempts: number }>(
    `SELECT slot, scheduled_for, attempts FROM digests
     WHERE completed_at IS NULL AND scheduled_for >= $1 ORDER BY scheduled_for DESC`,
    [since],
  );
  return rows.map((r) => ({
    slot: r.slot,
    scheduledFor: new Date(r.scheduled_for),
    attempts: Number(r.attempts),
  }));
}

export async function lastScheduledSlot(db: SqlClient): Promise<Date | null> {
  const rows = await db.query<{ at: Date | null }>(
    "SELECT max(scheduled_for) AS at FROM digests WHERE slot NOT LIKE $1",
    [`${MANUAL_SLOT_PREFIX}%`],
  );
  return asDate(rows[0]?.at ?? null);
}

export async function lastDigestPeriodEnd(db: SqlClient, at: Date): Promise<Date | null> {
  const rows = await db.query<{ at: Date | null }>(
    "SELECT max(period_to) AS at FROM digests WHERE built AND period_to <= $1",
    [at],
  );
  return asDate(rows[0]?.at ?? null);
}

/** The content of the most recently posted digest (to any target), and when it was posted. */
export async function latestPostedDigest(db: SqlClient): Promise<PostedDigest | null> {
  const rows = await db.query<{ reply: unknown; posted_at: Date }>(
    `SELECT d.reply, p.posted_at FROM digest_posts p JOIN digests d ON d.slot = p.slot
     WHERE d.reply IS NOT NULL ORDER BY p.posted_at DESC, d.scheduled_for DESC LIMIT 1`,
  );
  const row = rows[0];
  if (!row) return null;
  const reply = content.parse(row.reply);
  return reply ? { reply, postedAt: new Date(row.posted_at) } : null;
}

/** Old digest records go with the checks they summarised; the newest scheduled one stays for catch-up. */
export async function pruneDigests(db: SqlClient, cutoff: Date): Promise<number> {
  const rows = await db.query(
    `DELETE FROM digests WHERE scheduled_for < $1
       AND slot <> COALESCE((SELECT slot FROM digests WHERE slot NOT LIKE $2
                             ORDER BY scheduled_for DESC LIMIT 1), '')
     RETURNING slot`,
    [cutoff, `${MANUAL_SLOT_PREFIX}%`],
  );
  return rows.length;
}

export async function saveAction(db: SqlClient, key: string, request: string, at: Date): Promise<void> {
  await db.query(
    "INSERT INTO actions (key, request, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
    [key, request, at],
  );
}

export async function loadAction(db: SqlClient, key: string): Promise<string | null> {
  const rows = await db.query<{ request: unknown }>("SELECT request FROM actions WHERE key = $1", [key]);
  const request = rows[0]?.request;
  return typeof request === "string" ? request : null;
}

/** Buttons older than the retention period stop working; their requests go with the checks. */
export async function pruneActions(db: SqlClient, cutoff: Date): Promise<number> {
  return (await db.query("DELETE FROM actions WHERE created_at < $1 RETURNING key", [cutoff])).length;
}
