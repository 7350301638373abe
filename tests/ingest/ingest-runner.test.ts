import { readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plain } from "../../commands/reply.js";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import { openEngine } from "../../src/core/engine.js";
import type { FeedSpec } from "../../src/ingest/feeds-file.js";
import { type Ingester, startIngest } from "../../src/ingest/ingest-runner.js";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { atomFeed, jsonFeed, rdfFeed, rssFeed } from "../fakes/news-site/feeds.js";
import { NewsSite } from "../fakes/news-site/news-site.js";
import { stories } from "../fakes/news-site/stories.js";
import { VirtualTime } from "../fakes/news-site/virtual-time.js";
import { captureLogs } from "../fakes/slack/slack-harness.js";
import { CONTACT, testLimits } from "./ingest-harness.js";

const MINUTE = 60_000;

let site: NewsSite;
let dataDir: string;
let corpusDir: string;
let storage: Storage;
const time = new VirtualTime("2024-03-10T09:00:00Z");
const { logger, logs } = captureLogs();
let feeds: FeedSpec[];

const feed = (path: string, outlet: string, every = 15 * MINUTE): FeedSpec => ({
  url: site.link(path),
  outlet,
  everyMs: every,
  tags: ["local"],
});

function start(): Promise<Ingester> {
  return startIngest({
    feeds,
    storage,
    corpusDir,
    contact: CONTACT,
    allowPrivateNetworks: true,
    logger,
    clock: time,
    timers: time,
    sleep: time.sleep,
    limits: testLimits,
  });
}

const hostDir = () => join(corpusDir, "ingested", new URL(site.url).host.replace(":", "-"));

function ingestedFiles(): string[] {
  try {
    return readdirSync(hostDir()).sort();
  } catch {
    return [];
  }
}

beforeAll(async () => {
  site = await NewsSite.start("Harbour Gazette");
  dataDir = await mkdtemp(join(tmpdir(), "verbatim-ingest-data-"));
  corpusDir = await mkdtemp(join(tmpdir(), "verbatim-ingest-corpus-"));
  storage = await openStorage({ dataDir, logger });
  const link = (path: string) => site.link(path);
  site.article("/private/memo.html", stories.library!);
  site.redirect("/go/library", "/news/library-hours.html");
  // Coast Times carries the Gazette's harbour story word for word, under its own address.
  site.article("/times/harbour-wall.html", stories.harbour!, { outlet: "Coast Times" });
  site.feed(
    "/feeds/gazette.xml",
    rssFeed("Harbour Gazette", [
      { story: stories.harbour!, link: link("/news/harbour-wall.html?utm_source=rss"), guid: "g-harbour" },
      { story: stories.ferry!, link: link("/news/ferry-strike.html"), guid: "g-ferry" },
      { story: stories.library!, link: link("/go/library"), guid: "g-library" },
      { story: stories.library!, link: link("/private/memo.html"), guid: "g-memo" },
    ]),
  );
  site.feed(
    "/feeds/gazette.atom",
    atomFeed("Harbour Gazette", [
      { story: stories.lighthouse!, link: link("/news/lighthouse-sale.html") },
      // The same article listed again under another id: known by its address, never fetched twice.
      { story: stories.harbour!, link: link("/news/harbour-wall.html"), guid: "urn:other-id" },
    ]),
    "application/atom+xml",
  );
  site.feed(
    "/feeds/times.json",
    jsonFeed("Coast Times", [{ story: stories.harbour!, link: link("/times/harbour-wall.html") }]),
    "application/feed+json",
  );
  site.feed(
    "/feeds/weekly.rdf",
    rdfFeed("Weekly", [{ story: stories.tram!, link: link("/news/tram-extension.html") }]),
  );
  site.text("/feeds/broken.xml", "<?xml version='1.0'?><rss version='2.0'><channel><title>Oops<", "text/xml");
  feeds = [
    feed("/feeds/gazette.xml", "Harbour Gazette"),
    feed("/feeds/gazette.atom", "Harbour Gazette", 30 * MINUTE),
    feed("/feeds/times.json", "Coast Times"),
    feed("/feeds/weekly.rdf", "Weekly Courier"),
    feed("/feeds/broken.xml", "Broken Post", 10 * MINUTE),
  ];
});

afterAll(async () => {
  await storage?.close();
  await site?.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(corpusDir, { recursive: true, force: true });
});

describe("startIngest", () => {
  let ingester: Ingester;

  it("polls every feed format and writes each new article into the corpus folder once", async () => {
    ingester = await start();
    await time.advanceBy(0, () => ingester.idle());
    expect(ingestedFiles()).toHaveLength(6);
    for (const path of [
      "/news/harbour-wall.html",
      "/news/ferry-strike.html",
      "/news/library-hours.html",
      "/news/lighthouse-sale.html",
      "/news/tram-extension.html",
      "/times/harbour-wall.html",
    ]) {
      expect(site.hits(path), path).toBe(1);
    }
    // The tracking parameter is dropped; the Atom feed's second listing of the page is not fetched.
    expect(site.hits("/news/harbour-wall.html?utm_source=rss")).toBe(0);
    expect(site.hits("/private/memo.html")).toBe(0);

    const texts = ingestedFiles().map((f) => readFileSync(join(hostDir(), f), "utf8"));
    const text = texts.find((t) => t.includes("source: Harbour Gazette") && t.includes("harbour-wall")) ?? "";
    expect(text).toMatch(
      /^---\ntitle: Harbour wall repairs to finish by spring\nsource: Harbour Gazette\ndate: 2024-03-04\n/,
    );
    expect(text).toContain(`url: ${site.link("/news/harbour-wall.html")}\nauthor: Mara Quill\n`);
    expect(text).not.toContain("ADVERTISEMENT");
  });

  it("makes the articles answerable, the syndicated story as two sources", async () => {
    const engine = await openEngine({ corpusDir });
    const result = engine.verify({
      quote: "The harbour wall will be finished by spring, and not a week later",
    });
    expect(result.verdict).toBe("verified");
    expect(result.speaker).toBe("Ines Okafor");
    expect(new Set(result.matches.map((m) => m.source))).toEqual(new Set(["Harbour Gazette", "Coast Times"]));
    expect(result.matches.every((m) => m.date === "2024-03-04")).toBe(true);
    const redirected = engine.verify({ quote: "A library that is shut is a library that is lost" });
    expect(redirected.matches[0]?.url).toBe(site.link("/news/library-hours.html"));
  });

  it("shows what was ingested in the next digest, with each article's outlet", async () => {
    const engine = await openEngine({ corpusDir });
    const from = new Date(time.now().getTime() - 60 * MINUTE);
    await storage.noteDocuments(engine.articles, time.now());
    const corpus = inProcessCorpus(() => engine);
    const reply = await buildDigest({ corpus, storage, from, to: new Date(time.now().getTime() + 1) });
    expect(reply?.summary).toMatch(/^6 new articles \(6 from feeds\) · /);
    const items = reply?.sections.find((s) => s.heading === "New articles")?.items ?? [];
    const lines = items.map(plain);
    expect(lines).toContain(
      "Harbour wall repairs to finish by spring — Coast Times · 2024-03-04 · 2 quotations from Ines Okafor, Tomas Brenner",
    );
  });

  it("reports each feed's status, a broken feed failing without holding up the others", async () => {
    const status = await ingester.status();
    const byUrl = new Map(status.map((s) => [s.url, s]));
    expect(byUrl.get(site.link("/feeds/gazette.xml"))).toMatchObject({
      itemsAdded: 3,
      failures: 0,
      lastError: null,
    });
    expect(byUrl.get(site.link("/feeds/times.json"))).toMatchObject({ itemsAdded: 1, outlet: "Coast Times" });
    const broken = byUrl.get(site.link("/feeds/broken.xml"));
    expect(broken).toMatchObject({ failures: 1, itemsAdded: 0, lastSuccessAt: null });
    expect(broken?.lastError).toMatch(/^the feed is malformed/);
    const lines = logs.entries();
    expect(
      lines.some(
        (l) => l.msg === "feed poll failed; backing off" && l.feed === site.link("/feeds/broken.xml"),
      ),
    ).toBe(true);
    expect(lines.filter((l) => l.msg === "feed polled")).toHaveLength(4);
    expect(lines.some((l) => l.msg === "article skipped" && String(l.reason).includes("robots.txt"))).toBe(
      true,
    );
  });

  it("polls again on each feed's interval with conditional requests, backing off the broken feed", async () => {
    const before = site.requests.length;
    await time.advanceBy(60 * MINUTE, () => ingester.idle());
    const polls = site.requests.slice(before);
    const count = (path: string) => polls.filter((r) => r.path === path).length;
    expect(count("/feeds/gazette.xml")).toBe(4);
    expect(count("/feeds/gazette.atom")).toBe(2);
    // 10 minutes, then 20, then 40: three polls in the hour after the first failure.
    expect(count("/feeds/broken.xml")).toBe(2);
    expect(polls.filter((r) => r.path.startsWith("/news/"))).toEqual([]);
    expect(polls.find((r) => r.path === "/feeds/gazette.xml")?.headers["if-none-match"]).toMatch(/^"/);
    const [broken] = await storage.ingest.feedStatuses([site.link("/feeds/broken.xml")]);
    expect(broken?.failures).toBe(3);
  });

  it("fetches a new item, and knows a moved page by its canonical address", async () => {
    site.article("/news/harbour-wall-updated.html", stories.harbour!, {
      canonical: "/news/harbour-wall.html",
    });
    site.feed(
      "/feeds/gazette.xml",
      rssFeed("Harbour Gazette", [
        { story: stories.bakery!, link: site.link("/news/bakery-award.html"), guid: "g-bakery" },
        { story: stories.harbour!, link: site.link("/news/harbour-wall-updated.html"), guid: "g-harbour-2" },
        {
          story: stories.harbour!,
          link: site.link("/news/harbour-wall.html?utm_source=rss"),
          guid: "g-harbour",
        },
      ]),
    );
    const files = ingestedFiles().length;
    // Waits between requests move virtual time on a little, so the next poll is slightly past 15 minutes.
    await time.advanceBy(16 * MINUTE, () => ingester.idle());
    expect(site.hits("/news/bakery-award.html")).toBe(1);
    expect(site.hits("/news/harbour-wall-updated.html")).toBe(1);
    expect(ingestedFiles()).toHaveLength(files + 1);
    const harbourFiles = ingestedFiles().map((f) => readFileSync(join(hostDir(), f), "utf8"));
    expect(harbourFiles.filter((t) => t.includes("source: Harbour Gazette\ndate: 2024-03-04"))).toHaveLength(
      1,
    );
  });

  it("after a restart, refetches nothing stored and restores a missing file from the database", async () => {
    await ingester.stop();
    const harbour = ingestedFiles().find((f) => f.includes("harbour-wall")) as string;
    rmSync(join(hostDir(), harbour));
    const pages = site.requests.filter((r) => r.path.startsWith("/news/")).length;
    ingester = await start();
    await time.advanceBy(0, () => ingester.idle());
    expect(ingestedFiles()).toContain(harbour);
    expect(site.requests.filter((r) => r.path.startsWith("/news/")).length).toBe(pages);
    await ingester.stop();
  });

  it("stopped in the middle of a poll, gives the page back and fetches it after the restart", async () => {
    site.article("/news/late-edition.html", stories.tram!, { outlet: "Late Edition" });
    const held = site.hold("/news/late-edition.html");
    site.feed(
      "/feeds/late.xml",
      rssFeed("Late", [{ story: stories.tram!, link: site.link("/news/late-edition.html") }]),
    );
    feeds = [...feeds, feed("/feeds/late.xml", "Late Edition")];
    ingester = await start();
    await time.advanceBy(0);
    await held.seen;
    await ingester.stop();
    held.release();
    const [pending] = await storage.ingest.feedStatuses([site.link("/feeds/late.xml")]);
    expect(pending).toMatchObject({ itemsPending: 1, itemsAdded: 0, failures: 0 });

    ingester = await start();
    await ingester.idle();
    await time.advanceBy(0, () => ingester.idle());
    await ingester.stop();
    expect(site.hits("/feeds/late.xml")).toBe(1);
    expect(site.hits("/news/late-edition.html")).toBe(2);
    const texts = ingestedFiles().map((f) => readFileSync(join(hostDir(), f), "utf8"));
    expect(texts.filter((t) => t.includes("source: Late Edition"))).toHaveLength(1);
  });
});
