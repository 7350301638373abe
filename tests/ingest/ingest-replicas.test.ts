import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import type { FeedSpec } from "../../src/ingest/feeds-file.js";
import { type Ingester, startIngest } from "../../src/ingest/ingest-runner.js";
import type { IngestStore } from "../../src/storage/ingest-store.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { atomFeed, rssFeed } from "../fakes/news-site/feeds.js";
import { NewsSite } from "../fakes/news-site/news-site.js";
import { stories } from "../fakes/news-site/stories.js";
import { VirtualTime } from "../fakes/news-site/virtual-time.js";
import { databaseUrl, dropSchema, notePostgresSkipped, uniqueSchema } from "../storage/drivers.js";
import { CONTACT, testLimits } from "./ingest-harness.js";

notePostgresSkipped("ingest replicas");

const MINUTE = 60_000;

describe.skipIf(!databaseUrl)("two replicas ingesting the same feeds from one PostgreSQL", () => {
  const schema = uniqueSchema();
  let site: NewsSite;
  const storages: Storage[] = [];
  const ingesters: Ingester[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    site = await NewsSite.start();
  });
  afterAll(async () => {
    for (const i of ingesters) await i.stop().catch(() => undefined);
    for (const s of storages) await s.close();
    await site.close();
    await dropSchema(schema);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function replica(time: VirtualTime, feeds: FeedSpec[], owner: string, wrap = (s: Storage) => s) {
    const storage = await openStorage({ databaseUrl, dataDir: "unused", schema, logger: silentLogger });
    storages.push(storage);
    const corpusDir = await mkdtemp(join(tmpdir(), `verbatim-${owner}-`));
    dirs.push(corpusDir);
    const ingester = await startIngest({
      feeds,
      storage: wrap(storage),
      corpusDir,
      contact: CONTACT,
      allowPrivateNetworks: true,
      logger: silentLogger,
      clock: time,
      timers: time,
      sleep: time.sleep,
      owner,
      limits: testLimits,
    });
    ingesters.push(ingester);
    const files = () => {
      try {
        return readdirSync(join(corpusDir, "ingested", new URL(site.url).host.replace(":", "-"))).sort();
      } catch {
        return [];
      }
    };
    return { ingester, files };
  }

  it("polls each feed and fetches each page once between them; both corpus folders get every article", async () => {
    const time = new VirtualTime();
    site.feed(
      "/replicas/one.xml",
      rssFeed("One", [
        { story: stories.harbour!, link: site.link("/news/harbour-wall.html") },
        { story: stories.ferry!, link: site.link("/news/ferry-strike.html") },
        { story: stories.library!, link: site.link("/news/library-hours.html") },
      ]),
    );
    site.feed(
      "/replicas/two.atom",
      atomFeed("Two", [
        { story: stories.lighthouse!, link: site.link("/news/lighthouse-sale.html") },
        { story: stories.ferry!, link: site.link("/news/ferry-strike.html") },
      ]),
      "application/atom+xml",
    );
    const feeds: FeedSpec[] = [
      { url: site.link("/replicas/one.xml"), outlet: "One", everyMs: 10 * MINUTE, tags: [] },
      { url: site.link("/replicas/two.atom"), outlet: "Two", everyMs: 10 * MINUTE, tags: [] },
    ];
    const [a, b] = await Promise.all([replica(time, feeds, "replica-a"), replica(time, feeds, "replica-b")]);
    const settle = async () => {
      await Promise.all([a.ingester.idle(), b.ingester.idle()]);
    };
    await time.advanceBy(0, settle);
    await time.advanceBy(2 * MINUTE, settle);
    expect(site.hits("/replicas/one.xml")).toBe(1);
    expect(site.hits("/replicas/two.atom")).toBe(1);
    for (const slug of ["harbour-wall", "ferry-strike", "library-hours", "lighthouse-sale"]) {
      expect(site.hits(`/news/${slug}.html`), slug).toBe(1);
    }
    expect(a.files()).toHaveLength(4);
    expect(b.files()).toEqual(a.files());

    await time.advanceBy(21 * MINUTE, settle);
    // Two more polls of each feed in 21 minutes, shared between the replicas, all answered 304.
    expect(site.hits("/replicas/one.xml")).toBe(3);
    expect(site.hits("/replicas/two.atom")).toBe(3);
    expect(site.requests.filter((r) => r.path.startsWith("/news/"))).toHaveLength(4);
    const status = await a.ingester.status();
    expect(status.map((s) => s.itemsAdded).reduce((x, y) => x + y)).toBe(4);
  });

  it("takes over a fetch from a replica that died in the middle of it, once its lease runs out", async () => {
    const time = new VirtualTime("2024-04-01T09:00:00Z");
    site.article("/crash/tram.html", stories.tram!);
    site.article("/crash/bakery.html", stories.bakery!);
    const held = site.hold("/crash/tram.html");
    site.feed(
      "/replicas/crash.xml",
      rssFeed("Crash", [
        { story: stories.bakery!, link: site.link("/crash/bakery.html") },
        { story: stories.tram!, link: site.link("/crash/tram.html") },
      ]),
    );
    const feeds: FeedSpec[] = [
      { url: site.link("/replicas/crash.xml"), outlet: "Crash", everyMs: 30 * MINUTE, tags: [] },
    ];
    let dead = false;
    const dying = (storage: Storage): Storage => {
      const ingest = new Proxy(storage.ingest, {
        get(target, key: keyof IngestStore) {
          const method = target[key];
          return (...args: unknown[]) =>
            dead
              ? Promise.reject(new Error("connection lost"))
              : (method as (...a: unknown[]) => unknown)(...args);
        },
      });
      return { ...storage, ingest };
    };
    const a = await replica(time, feeds, "replica-dies", dying);
    await time.advanceBy(0);
    await held.seen;
    const b = await replica(time, feeds, "replica-survives");
    await b.ingester.idle();
    dead = true;
    held.release();
    await a.ingester.idle();
    expect(a.files().some((f) => f.includes("tram-line"))).toBe(false);

    await time.advanceBy(7 * MINUTE, () => b.ingester.idle());
    expect(site.hits("/crash/tram.html")).toBe(2);
    expect(site.hits("/crash/bakery.html")).toBe(1);
    expect(b.files().filter((f) => f.includes("tram-line"))).toHaveLength(1);
    const [status] = await b.ingester.status();
    expect(status).toMatchObject({ itemsAdded: 2, itemsPending: 0 });
  });
});
