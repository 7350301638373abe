import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app/start-app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { openEngine } from "../../src/core/engine.js";
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
  it("runs as an ingester only: polls the feeds without loading the corpus, and the new article is answerable", async () => {
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
    // Nothing here answers from the corpus, so it is never loaded: no corpus watcher, no search threads.
    expect(app.services).toEqual(["retention", "ingest"]);
    expect(app.corpus).toBeNull();
    const ready = await fetch(`http://127.0.0.1:${app.opsPort}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.text()).not.toContain("corpus");
    // Real timers here: the ingester polls at once and writes the article into the corpus folder.
    const written = () =>
      readdirSync(corpusDir, { recursive: true, encoding: "utf8" }).filter(
        (f) => f.startsWith("ingested") && f.endsWith(".txt"),
      );
    await waitFor(() => (written().length > 0 ? true : undefined), 60_000, "the ingested article's file");
    expect((await app.ingest?.status())?.[0]).toMatchObject({ itemsAdded: 1, failures: 0 });
    // Whoever serves the corpus answers from the new article.
    const engine = await openEngine({ corpusDir });
    const quote = "We will not sail until the contracts are signed in full";
    expect(engine.verify({ quote }).verdict).toBe("verified");
    expect(engine.verify({ quote }).matches[0]?.source).toBe("Harbour Gazette");
    const scrape = await (await fetch(`http://127.0.0.1:${app.opsPort}/metrics`)).text();
    expect(sample(scrape, `verbatim_feed_items_added{feed="${site.link("/rss.xml")}"}`)).toBe(1);
    expect(sample(scrape, `verbatim_feed_failures{feed="${site.link("/rss.xml")}"}`)).toBe(0);
  }, 90_000);
});
