import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app/start-app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { rssFeed } from "../fakes/news-site/feeds.js";
import { NewsSite } from "../fakes/news-site/news-site.js";
import { stories } from "../fakes/news-site/stories.js";
import { waitFor } from "../fakes/slack/fake-slack-api.js";
import { captureLogs } from "../fakes/slack/slack-harness.js";
import { sample } from "../ops/prometheus-text.js";
import { freePort } from "./app-fixtures.js";

let app: RunningApp | undefined;
let site: NewsSite | undefined;
afterAll(async () => {
  await app?.stop();
  await site?.close();
});

describe("startApp with FEEDS_FILE", () => {
  it("runs as an ingester: polls the feeds and the new article becomes answerable", async () => {
    site = await NewsSite.start("Harbour Gazette");
    site.feed(
      "/rss.xml",
      rssFeed("Gazette", [{ story: stories.ferry!, link: site.link("/news/ferry-strike.html") }]),
    );
    const dir = mkdtempSync(join(tmpdir(), "verbatim-app-ingest-"));
    const corpusDir = join(dir, "corpus");
    cpSync("corpus", corpusDir, { recursive: true });
    writeFileSync(
      join(dir, "feeds.yaml"),
      `feeds:\n  - url: ${site.link("/rss.xml")}\n    outlet: Harbour Gazette\n`,
    );
    const config = loadConfig(
      {
        CORPUS_DIR: corpusDir,
        DATA_DIR: join(dir, "data"),
        FEEDS_FILE: join(dir, "feeds.yaml"),
        INGEST_CONTACT: "desk@example.org",
        INGEST_ALLOW_PRIVATE: "true",
        HTTP_PORT: String(await freePort()),
      },
      {},
    );
    const { logger } = captureLogs();
    app = await startApp(config, logger, { watchIntervalMs: 100 });
    expect(app.services).toEqual(["corpus watcher", "retention", "ingest"]);
    const quote = "We will not sail until the contracts are signed in full";
    // Real timers here: the ingester polls at once, and the watcher reloads once the new file has settled.
    await waitFor(
      () => (app?.engine().verify({ quote }).verdict === "verified" ? true : undefined),
      60_000,
      "answer from the ingested article",
    );
    expect((await app.ingest?.status())?.[0]).toMatchObject({ itemsAdded: 1, failures: 0 });
    expect(app.engine().verify({ quote }).matches[0]?.source).toBe("Harbour Gazette");
    const scrape = await (await fetch(`http://127.0.0.1:${app.opsPort}/metrics`)).text();
    expect(sample(scrape, `verbatim_feed_items_added{feed="${site.link("/rss.xml")}"}`)).toBe(1);
    expect(sample(scrape, `verbatim_feed_failures{feed="${site.link("/rss.xml")}"}`)).toBe(0);
  }, 90_000);
});
