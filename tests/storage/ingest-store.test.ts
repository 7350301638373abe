import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewArticle, NewItem } from "../../src/storage/ingest-store.js";
import type { Storage } from "../../src/storage/storage.js";
import { embeddedCase, notePostgresSkipped, postgresCase } from "./drivers.js";

notePostgresSkipped("ingest store");

const FEED = "https://example.org/rss";
const NOW = new Date("2024-03-10T09:00:00Z");
const item = (guid: string, link: string): NewItem => ({
  guid,
  link,
  outlet: "Example News",
  title: null,
  author: null,
  published: null,
  tags: [],
});
const article = (url: string, aliases: string[]): NewArticle => ({
  url,
  aliases,
  document: `ingested/example.org/2024-03-10-story-${url.length}.txt`,
  title: "Story",
  source: "Example News",
  author: null,
  date: "2024-03-10",
  tags: [],
  body: "Text.",
  fetchedFrom: url,
});

for (const driver of [embeddedCase(), postgresCase()]) {
  describe.skipIf(!driver.available)(`ingest store (${driver.name})`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await driver.open();
    });
    afterAll(async () => {
      await storage?.close();
      await driver.cleanup();
    });

    it("lets one of several simultaneous claimers poll a due feed, then not again until it is due", async () => {
      const store = storage.ingest;
      await store.syncFeeds([{ url: FEED, outlet: "Example News" }]);
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          store.claimFeed({ url: FEED, owner: `o${i}`, now: NOW, leaseMs: 60_000 }),
        ),
      );
      const winners = claims.filter((c) => c !== null);
      expect(winners).toHaveLength(1);
      const owner = `o${claims.findIndex((c) => c !== null)}`;
      const next = new Date(NOW.getTime() + 600_000);
      await store.finishFeedPoll(FEED, owner, {
        ok: true,
        now: NOW,
        nextPollAt: next,
        etag: '"v1"',
        lastModified: null,
      });
      expect(await store.claimFeed({ url: FEED, owner: "late", now: NOW, leaseMs: 60_000 })).toBeNull();
      expect(await store.claimFeed({ url: FEED, owner: "late", now: next, leaseMs: 60_000 })).toMatchObject({
        etag: '"v1"',
      });
    });

    it("records items once, fetches an address once, and knows it by every address it was reached at", async () => {
      const store = storage.ingest;
      const first = await store.addItems(
        FEED,
        [item("a", "https://example.org/a"), item("b", "https://example.org/a")],
        NOW,
      );
      // Two GUIDs, one address: one pending fetch.
      expect(first).toMatchObject({ duplicates: 0, known: 1 });
      expect(first.pending).toHaveLength(1);
      const id = first.pending[0] as number;
      const claims = await Promise.all(["x", "y", "z"].map((o) => store.claimItem(id, o, NOW, 60_000)));
      expect(claims.filter((c) => c !== null)).toHaveLength(1);
      const owner = ["x", "y", "z"][claims.findIndex((c) => c !== null)] as string;
      const stored = await store.storeArticle(
        id,
        owner,
        article("https://example.org/story", ["https://example.org/a", "https://example.org/a?page=1"]),
        NOW,
      );
      expect(stored).toEqual({ stored: true, document: "ingested/example.org/2024-03-10-story-25.txt" });
      expect(await store.documentFor(["https://example.org/a?page=1"])).toBe(
        stored.stored && stored.document,
      );
      const again = await store.addItems(
        FEED,
        [item("b", "https://example.org/a"), item("c", "https://example.org/c")],
        NOW,
      );
      expect(again).toMatchObject({ duplicates: 1, known: 0 });
      expect(await store.countIngested(NOW, new Date(NOW.getTime() + 1))).toBe(1);
      const [status] = await store.feedStatuses([FEED]);
      expect(status).toMatchObject({ itemsAdded: 1, itemsPending: 1 });
    });
  });
}
