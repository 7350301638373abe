import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { openEngine } from "../../src/core/engine.js";
import { silentLogger } from "../../src/core/logger.js";
import { pullIngestedArticles } from "../../src/ingest/pull-ingested.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { runCli } from "../cli/run-cli.js";
import { recordingLogger } from "../fakes/digest/recording-logger.js";
import { databaseUrl, dropSchema, notePostgresSkipped, uniqueSchema } from "../storage/drivers.js";

notePostgresSkipped("articles ingested by another instance");

const NOW = new Date("2024-03-10T09:00:00Z");
const BODY =
  'The harbour master said the new quay would open in May. "We will have the cranes working before the first ships arrive," said Ines Varga, the port\'s director.';

describe.skipIf(!databaseUrl)("articles ingested by another instance, on a shared PostgreSQL", () => {
  const schema = uniqueSchema();
  const dirs: string[] = [];
  afterAll(async () => {
    await dropSchema(schema);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const open = () => openStorage({ databaseUrl, dataDir: "unused", schema, logger: silentLogger });

  it("are written into this corpus folder, once, and answer a verification", async () => {
    const elsewhere = await open();
    const { pending } = await elsewhere.ingest.addItems(
      "https://example.org/rss",
      [
        {
          guid: "quay",
          link: "https://example.org/quay",
          outlet: "Harbour News",
          title: null,
          author: null,
          published: null,
          tags: [],
        },
      ],
      NOW,
    );
    const id = pending[0] as number;
    await elsewhere.ingest.claimItem(id, "replica-a", NOW, 60_000);
    await elsewhere.ingest.storeArticle(
      id,
      "replica-a",
      {
        url: "https://example.org/quay",
        aliases: [],
        document: "ingested/example.org/2024-03-10-quay.txt",
        title: "New quay opens in May",
        source: "Harbour News",
        author: null,
        date: "2024-03-10",
        tags: [],
        body: BODY,
        fetchedFrom: "https://example.org/quay",
      },
      NOW,
    );
    await elsewhere.close();

    const corpusDir = mkdtempSync(join(tmpdir(), "verbatim-pull-"));
    dirs.push(corpusDir);
    const config = loadConfig({ DATABASE_URL: databaseUrl ?? "", CORPUS_DIR: corpusDir }, {});
    expect(await pullIngestedArticles(config, corpusDir, silentLogger, open)).toBe(1);
    expect(await pullIngestedArticles(config, corpusDir, silentLogger, open)).toBe(0);
    expect(readdirSync(join(corpusDir, "ingested", "example.org"))).toEqual(["2024-03-10-quay.txt"]);

    const engine = await openEngine({
      corpusDir,
      dataDir: mkdtempSync(join(tmpdir(), "verbatim-pull-data-")),
      logger: silentLogger,
    });
    const answer = await engine.verify({
      quote: "We will have the cranes working before the first ships arrive",
    });
    expect(answer.verdict).toBe("verified");
    expect(answer.speaker).toBe("Ines Varga");
    expect(answer.matches[0]?.source).toBe("Harbour News");
  });
});

describe("bringing in ingested articles", () => {
  it("does nothing without DATABASE_URL: the embedded database's bot shares this corpus folder", async () => {
    const corpusDir = mkdtempSync(join(tmpdir(), "verbatim-pull-none-"));
    const config = loadConfig({ CORPUS_DIR: corpusDir }, {});
    const open = () => Promise.reject(new Error("must not open"));
    expect(await pullIngestedArticles(config, corpusDir, silentLogger, open)).toBeNull();
    expect(existsSync(join(corpusDir, "ingested"))).toBe(false);
  });

  it("warns and answers from the folder as it is when the database cannot be reached", async () => {
    const logger = recordingLogger();
    const config = loadConfig({ DATABASE_URL: "postgres://verbatim:hunter2@127.0.0.1:1/verbatim" }, {});
    const open = () => Promise.reject(new Error("PostgreSQL at 127.0.0.1:1 could not be reached"));
    expect(await pullIngestedArticles(config, "corpus", logger, open)).toBeNull();
    expect(JSON.stringify(logger.lines)).toContain("using the corpus folder as it is");
  });

  it("never keeps `verify` from answering", async () => {
    const run = await runCli(["verify", "--json", "All is well"], {
      DATABASE_URL: "postgres://verbatim:hunter2@127.0.0.1:1/verbatim",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"verdict":"verified"');
    expect(run.stderr).toContain("using the corpus folder as it is");
    expect(run.stderr).not.toContain("hunter2");
  });
});
