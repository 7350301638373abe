import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckRecord } from "../../commands/index.js";
import type { Reply } from "../../commands/reply.js";
import type { Article } from "../../src/core/types.js";
import { migrations } from "../../src/storage/migrations.js";
import type { Storage } from "../../src/storage/storage.js";
import { type DriverCase, embeddedCase, notePostgresSkipped, postgresCase } from "./drivers.js";

notePostgresSkipped("storage");

const DAY = 86_400_000;
const t0 = new Date("2024-05-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function article(id: string, body: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    file: id,
    body,
    format: "text",
    punctuated: true,
    title: `Title ${id}`,
    source: "BBC",
    ...extra,
  };
}

function check(quote: string, verdict: CheckRecord["verdict"], when: Date, userId = "U123"): CheckRecord {
  return { frontEnd: "slack", channelId: "C1", userId, quote, speaker: null, verdict, at: when };
}

for (const make of [embeddedCase, postgresCase]) {
  const driver: DriverCase = make();
  describe.skipIf(!driver.available)(`storage on ${driver.name}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await driver.open();
    });
    afterAll(async () => {
      await storage?.close();
      await driver.cleanup();
    });

    it("answers a readiness ping", async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    it("reports which documents are new, and keeps a changed article's first-seen time", async () => {
      const first = await storage.noteDocuments([article("a.txt", "one"), article("b.txt", "two")], t0);
      expect(first.added.sort()).toEqual(["a.txt", "b.txt"]);
      const again = await storage.noteDocuments([article("a.txt", "one"), article("b.txt", "two")], at(DAY));
      expect(again).toEqual({ added: [], changed: [] });
      const later = await storage.noteDocuments(
        [article("a.txt", "one, corrected"), article("b.txt", "two"), article("c.txt", "three")],
        at(2 * DAY),
      );
      expect(later).toEqual({ added: ["c.txt"], changed: ["a.txt"] });
      const firstDay = await storage.documentsFirstSeen(t0, at(DAY));
      expect(firstDay.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
      expect(firstDay[0]).toMatchObject({ title: "Title a.txt", source: "BBC", firstSeen: t0 });
      expect(firstDay[0]?.changedAt).toEqual(at(2 * DAY));
      const since = await storage.documentsFirstSeen(at(DAY), at(3 * DAY));
      expect(since.map((d) => d.id)).toEqual(["c.txt"]);
    });

    it("notes a corpus larger than one batch", async () => {
      const many = Array.from({ length: 1203 }, (_, i) => article(`bulk/${i}.txt`, `body ${i}`));
      const noted = await storage.noteDocuments(many, at(10 * DAY));
      expect(noted.added).toHaveLength(1203);
      expect(await storage.documentsFirstSeen(at(10 * DAY), at(11 * DAY))).toHaveLength(1203);
    });

    it("counts checks by verdict and ranks the most-checked quotations", async () => {
      const from = at(20 * DAY);
      await storage.recordCheck(check("All is well", "verified", at(20 * DAY + 1000)));
      await storage.recordCheck(check("all is well ", "verified", at(20 * DAY + 2000), "U9"));
      await storage.recordCheck(check("All is well", "verified", at(20 * DAY + 3000)));
      await storage.recordCheck(check("We do not seek war", "misattributed", at(20 * DAY + 4000)));
      await storage.recordCheck(check("Outside the period", "not_found", at(25 * DAY)));
      const summary = await storage.summariseChecks(from, at(21 * DAY));
      expect(summary.total).toBe(4);
      expect(summary.byVerdict).toEqual({ verified: 3, misattributed: 1 });
      expect(summary.top[0]).toMatchObject({ quote: "All is well", verdict: "verified", count: 3 });
      expect(summary.top[1]).toMatchObject({
        quote: "We do not seek war",
        verdict: "misattributed",
        count: 1,
      });
    });

    it("prunes checks older than the retention period and keeps the rest", async () => {
      await storage.recordCheck(check("old check", "not_found", at(30 * DAY)));
      await storage.recordCheck(check("recent check", "not_found", at(39 * DAY)));
      const removed = await storage.prune(at(40 * DAY), 5);
      expect(removed.checks).toBeGreaterThanOrEqual(5);
      const left = await storage.summariseChecks(t0, at(50 * DAY), 10);
      expect(left.top.map((c) => c.quote)).toEqual(["recent check"]);
    });

    it("lets one owner claim a slot; another takes it over only after the lease runs out", async () => {
      const slot = "2024-06-03T08:00:00.000Z";
      const scheduledFor = new Date(slot);
      const now = new Date(slot);
      const a = await storage.claimDigest({ slot, scheduledFor, owner: "a", now, leaseMs: 60_000 });
      expect(a).toMatchObject({ slot, built: false, attempts: 0 });
      expect(await storage.claimDigest({ slot, scheduledFor, owner: "b", now, leaseMs: 60_000 })).toBeNull();
      const late = new Date(now.getTime() + 61_000);
      const b = await storage.claimDigest({ slot, scheduledFor, owner: "b", now: late, leaseMs: 60_000 });
      expect(b).not.toBeNull();
      expect(await storage.renewDigestLease(slot, "a", late, 60_000)).toBe(false);
      expect(await storage.renewDigestLease(slot, "b", late, 60_000)).toBe(true);
    });

    it("keeps built content, posted targets and pending state across claims", async () => {
      const slot = "2024-06-04T08:00:00.000Z";
      const scheduledFor = new Date(slot);
      const reply: Reply = {
        kind: "digest",
        tone: "info",
        emoji: "🗞️",
        title: "Digest",
        fields: [],
        sections: [],
      };
      await storage.claimDigest({ slot, scheduledFor, owner: "a", now: scheduledFor, leaseMs: 60_000 });
      await storage.saveDigestContent(slot, { from: at(0), to: scheduledFor, reply });
      await storage.markPosted(slot, "slack:C1", scheduledFor, "123.456");
      await storage.markPosted(slot, "slack:C1", scheduledFor, "123.456");
      await storage.finishDigest(slot, "a", {
        now: scheduledFor,
        complete: false,
        error: "discord: HTTP 500",
      });
      expect((await storage.pendingDigests(at(0))).map((p) => p.slot)).toContain(slot);
      const again = await storage.claimDigest({
        slot,
        scheduledFor,
        owner: "b",
        now: scheduledFor,
        leaseMs: 60_000,
      });
      expect(again).toMatchObject({ built: true, attempts: 1, periodTo: scheduledFor });
      expect(again?.reply?.title).toBe("Digest");
      expect(await storage.postedTargets(slot)).toEqual(["slack:C1"]);
      await storage.finishDigest(slot, "b", { now: scheduledFor, complete: true });
      expect((await storage.pendingDigests(at(0))).map((p) => p.slot)).not.toContain(slot);
      const done = await storage.claimDigest({
        slot,
        scheduledFor,
        owner: "c",
        now: at(99 * DAY),
        leaseMs: 1,
      });
      expect(done).toBeNull();
      expect(await storage.lastScheduledSlot()).toEqual(scheduledFor);
      expect(await storage.lastDigestPeriodEnd(at(99 * DAY))).toEqual(scheduledFor);
    });

    it("keeps the requests behind buttons until they are older than the retention period", async () => {
      await storage.saveAction("AAAAAAAAAAAAAAAA", '{"command":"verify"}', at(0));
      await storage.saveAction("BBBBBBBBBBBBBBBB", '{"command":"quotes"}', at(20 * DAY));
      expect(await storage.loadAction("AAAAAAAAAAAAAAAA")).toBe('{"command":"verify"}');
      expect(await storage.loadAction("CCCCCCCCCCCCCCCC")).toBeNull();
      await storage.prune(at(40 * DAY), 30);
      expect(await storage.loadAction("AAAAAAAAAAAAAAAA")).toBeNull();
      expect(await storage.loadAction("BBBBBBBBBBBBBBBB")).toBe('{"command":"quotes"}');
    });

    it("refuses stored digest content that is not an object rather than posting it", async () => {
      const slot = "2024-06-05T08:00:00.000Z";
      const scheduledFor = new Date(slot);
      await storage.claimDigest({ slot, scheduledFor, owner: "a", now: scheduledFor, leaseMs: 1 });
      await storage.saveDigestContent(slot, { from: at(0), to: scheduledFor, reply: ["not", "a", "reply"] });
      await expect(
        storage.claimDigest({ slot, scheduledFor, owner: "b", now: at(40 * DAY), leaseMs: 60_000 }),
      ).rejects.toThrow();
    });

    it("gives back the latest digest that reached a channel, not one still waiting to be posted", async () => {
      const digest = (title: string): Reply => ({
        kind: "digest",
        tone: "info",
        emoji: "🗞️",
        title,
        fields: [],
        sections: [],
      });
      const build = async (slot: string, title: string) => {
        const when = new Date(slot);
        await storage.claimDigest({ slot, scheduledFor: when, owner: "a", now: when, leaseMs: 60_000 });
        await storage.saveDigestContent(slot, { from: at(0), to: when, reply: digest(title) });
      };
      await build("2024-07-01T08:00:00.000Z", "July 1");
      await storage.markPosted(
        "2024-07-01T08:00:00.000Z",
        "slack:C1",
        new Date("2024-07-01T08:00:05Z"),
        null,
      );
      await build("2024-07-02T08:00:00.000Z", "July 2");
      expect(await storage.latestPostedDigest()).toEqual({
        reply: digest("July 1"),
        postedAt: new Date("2024-07-01T08:00:05Z"),
      });
      await storage.markPosted(
        "2024-07-02T08:00:00.000Z",
        "discord:1",
        new Date("2024-07-02T08:01:00Z"),
        null,
      );
      expect((await storage.latestPostedDigest())?.reply?.title).toBe("July 2");
    });
  });
}

for (const make of [embeddedCase, postgresCase]) {
  const driver: DriverCase = make();
  describe.skipIf(!driver.available)(`stored data on ${driver.name}`, () => {
    afterAll(() => driver.cleanup());

    it("stores user ids only as salted hashes, the same user always under the same hash", async () => {
      const storage = await driver.open();
      await storage.recordCheck(check("All is well", "verified", t0, "U0SECRET1"));
      await storage.recordCheck(check("All is well", "verified", t0, "U0SECRET1"));
      await storage.recordCheck({
        ...check("All is well", "verified", t0, "U0SECRET1"),
        frontEnd: "discord",
      });
      await storage.close();
      const reopened = await driver.open();
      await reopened.recordCheck(check("All is well", "verified", t0, "U0SECRET1"));
      await reopened.close();
      const db = await driver.raw();
      try {
        const rows = await db.query<Record<string, unknown>>("SELECT * FROM checks ORDER BY id");
        expect(JSON.stringify(rows)).not.toContain("U0SECRET1");
        const hashes = rows.map((r) => r.user_hash);
        expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
        expect(hashes[1]).toBe(hashes[0]);
        expect(hashes[3]).toBe(hashes[0]);
        expect(hashes[2]).not.toBe(hashes[0]);
        const versions = await db.query<{ version: number }>("SELECT version FROM schema_migrations");
        expect(versions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
      } finally {
        await db.close();
      }
    });
  });
}
