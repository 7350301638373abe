import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { silentLogger } from "../../src/core/logger.js";
import { renderFeedTable, runFeedsCommand } from "../../src/ingest/feeds-command.js";
import { runIngestCommand } from "../../src/ingest/ingest-command.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { runCli } from "../cli/run-cli.js";
import { rssFeed } from "../fakes/news-site/feeds.js";
import { NewsSite } from "../fakes/news-site/news-site.js";
import { stories } from "../fakes/news-site/stories.js";
import { CONTACT } from "./ingest-harness.js";

function capture(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

let site: NewsSite;
let storage: Storage;
const dataDir = mkdtempSync(join(tmpdir(), "verbatim-ingest-cli-data-"));
const corpusDir = mkdtempSync(join(tmpdir(), "verbatim-ingest-cli-corpus-"));

beforeAll(async () => {
  site = await NewsSite.start("Harbour Gazette");
  storage = await openStorage({ dataDir, logger: silentLogger });
});
afterAll(async () => {
  await storage.close();
  await site.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(corpusDir, { recursive: true, force: true });
});

async function run(request: Parameters<typeof runIngestCommand>[0], env: Record<string, string> = {}) {
  const out = capture();
  const err = capture();
  const config = loadConfig(
    {
      CORPUS_DIR: corpusDir,
      DATA_DIR: dataDir,
      INGEST_CONTACT: CONTACT,
      INGEST_ALLOW_PRIVATE: "true",
      ...env,
    },
    {},
  );
  const code = await runIngestCommand(request, {
    config,
    logger: silentLogger,
    storage,
    // No spacing between requests: these run in real time.
    limits: { hostGapMs: 0 },
    stdout: out.stream,
    stderr: err.stream,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe("verbatim ingest", () => {
  it("adds article pages and says what it added, skipped and why, and what failed", async () => {
    site.failFirst("/news/gone.html", 99, 404);
    const first = await run({
      urls: [
        site.link("/news/harbour-wall.html"),
        site.link("/private/secret.html"),
        site.link("/news/gone.html"),
        "mailto:desk@example.org",
      ],
    });
    expect(first.stdout).toContain(`added    ${site.link("/news/harbour-wall.html")}`);
    expect(first.stdout).toMatch(
      /“Harbour wall repairs to finish by spring” → ingested\/127\.0\.0\.1-\d+\/2024-03-04-/,
    );
    expect(first.stdout).toContain("robots.txt disallows fetching it");
    expect(first.stdout).toContain(
      `failed   ${site.link("/news/gone.html")}\n         the server answered HTTP 404`,
    );
    expect(first.stdout).toContain("skipped  mailto:desk@example.org\n         not an http(s) address");
    expect(first.stdout).toContain("1 added, 2 skipped, 1 failed.");
    expect(first.code).toBe(1);

    const again = await run({ urls: [`${site.link("/news/harbour-wall.html")}#comments`] });
    expect(again.stdout).toMatch(/skipped .*\n\s+already in the corpus as ingested\//);
    expect(again.code).toBe(0);
    expect(site.hits("/news/harbour-wall.html")).toBe(1);
    expect(
      readdirSync(corpusDir, { recursive: true }).filter((f) => String(f).endsWith(".txt")),
    ).toHaveLength(1);
  });

  it("polls one feed once and fetches its new items", async () => {
    site.feed(
      "/cli/feed.xml",
      rssFeed("Gazette Extra", [
        { story: stories.harbour!, link: site.link("/news/harbour-wall.html") },
        { story: stories.ferry!, link: site.link("/news/ferry-strike.html") },
      ]),
    );
    const polled = await run({ feed: site.link("/cli/feed.xml") });
    expect(polled.stdout).toContain(`Polled ${site.link("/cli/feed.xml")}: 2 new items.`);
    expect(polled.stdout).toContain("skipped  1 already in the corpus");
    expect(polled.stdout).toContain(`added    ${site.link("/news/ferry-strike.html")}`);
    expect(polled.code).toBe(0);
    const again = await run({ feed: site.link("/cli/feed.xml") });
    expect(again.stdout).toContain("unchanged since the last poll");
  });

  it("needs a contact and something to fetch", async () => {
    const noContact = capture();
    const code = await runIngestCommand(
      { urls: ["https://example.org/a"] },
      { config: loadConfig({}, {}), logger: silentLogger, storage, stderr: noContact.stream },
    );
    expect(code).toBe(2);
    expect(noContact.text()).toContain("set INGEST_CONTACT");
    expect((await run({ urls: [] })).stderr).toContain("give one or more article addresses");
    expect((await run({ feed: "not a url" })).code).toBe(2);
  });
});

describe("verbatim feeds", () => {
  it("prints each feed's status as a table", async () => {
    const feedsFile = join(dataDir, "feeds.yaml");
    writeFileSync(
      feedsFile,
      `feeds:\n  - url: ${site.link("/cli/feed.xml")}\n    outlet: Gazette Extra\n  - url: ${site.link("/cli/new.xml")}\n    outlet: New Post\n`,
    );
    const out = capture();
    const config = loadConfig({ FEEDS_FILE: feedsFile, INGEST_CONTACT: CONTACT, DATA_DIR: dataDir }, {});
    expect(await runFeedsCommand({ config, logger: silentLogger, storage, stdout: out.stream })).toBe(0);
    const [header, first] = out.text().split("\n");
    expect(header).toMatch(
      /^OUTLET\s+LAST SUCCESS\s+ADDED\s+PENDING\s+FAILURES\s+NEXT POLL\s+LAST ERROR\s+FEED$/,
    );
    expect(first).toMatch(/^127\.0\.0\.1:\d+\s+(?:now|\d+ min ago)\s+1\s+0\s+0\s/);
    expect(out.text()).toContain(`Not polled yet: ${site.link("/cli/new.xml")} (New Post)`);
  });

  it("shows a failing feed's error", () => {
    const now = new Date("2024-03-10T12:00:00Z");
    const table = renderFeedTable(
      [
        {
          url: "https://example.org/rss",
          outlet: "Example News",
          lastPolledAt: now,
          lastSuccessAt: new Date("2024-03-10T11:00:00Z"),
          lastError: "the server answered HTTP 503",
          lastErrorAt: now,
          failures: 2,
          nextPollAt: new Date("2024-03-10T12:30:00Z"),
          itemsAdded: 14,
          itemsPending: 1,
        },
      ],
      new Set(["https://example.org/rss"]),
      now,
    );
    expect(table.split("\n")[1]).toBe(
      "Example News  60 min ago    14     1        2         in 30 min  the server answered HTTP 503  https://example.org/rss",
    );
  });

  it("runs from the command line", async () => {
    const bad = await runCli(["ingest", "--feed", "x", "https://example.org/a"], { INGEST_CONTACT: CONTACT });
    expect(bad.stderr).toContain("give either URLs or --feed URL, not both");
    expect(bad.code).toBe(2);
  });
});
