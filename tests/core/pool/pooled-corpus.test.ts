/**
 * The corpus pool answers exactly what the engine answers in-thread, swaps reloads in under requests in flight,
 * survives a thread dying, and drains on shutdown. Pools of one or two threads, shared within each block.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../../src/core/engine.js";
import { isVerbatimError } from "../../../src/core/errors.js";
import { silentLogger } from "../../../src/core/logger.js";
import { openPooledCorpus, type PooledCorpus } from "../../../src/core/pool/pooled-corpus.js";
import type { ImageEngine, VerifyQuery } from "../../../src/core/types.js";
import { CRASH_QUOTE } from "../../fixtures/pool/crashing-worker.js";

const SEED_QUERIES: VerifyQuery[] = [
  { quote: "All is well" },
  { quote: "Iran took and concluded proportionate measures in self defence" },
  { quote: "We do not seek escalation or war", speaker: "Mike Pompeo" },
  { quote: "Iran's missiles intentionally missed areas populated by Americans" },
  { quote: "All is well, we have the most powerful military in the world" },
  { quote: "Iran will close the Strait of Hormuz to all oil tankers tomorrow" },
  { quote: "defend ourselves against any aggression", speaker: "Zarif" },
  { quote: "so far so good" },
];

function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "verbatim-pool-corpus-"));
  cpSync("corpus", dir, { recursive: true });
  return dir;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isVerbatimError(error)) return error.code;
    throw error;
  }
  throw new Error("expected the request to be refused");
}

describe("the corpus pool over the seed corpus", () => {
  let pool: PooledCorpus;
  let engine: ImageEngine;
  beforeAll(async () => {
    [pool, engine] = await Promise.all([
      openPooledCorpus({ corpusDir: "corpus", logger: silentLogger, threads: 2 }),
      openEngine({ corpusDir: "corpus" }),
    ]);
  }, 120_000);
  afterAll(() => pool?.close());

  it("answers every verification exactly as the in-thread engine does", async () => {
    const pooled = await Promise.all(SEED_QUERIES.map((query) => pool.verify(query, { requester: "test" })));
    expect(pooled).toEqual(SEED_QUERIES.map((query) => engine.verify(query)));
    expect(pooled[0]!.verdict).toBe("verified");
  });

  it("lists quotations, articles and speakers as the engine does", async () => {
    expect(await pool.quotesBy("Zarif", { page: 2, pageSize: 2 })).toEqual(
      engine.quotesBy("Zarif", { page: 2, pageSize: 2 }),
    );
    expect(await pool.quotesBy("Nobody Known")).toBeNull();
    const ids = engine.articles.slice(0, 3).map((a) => a.id);
    expect(await pool.articlesWithQuotes([...ids, "missing.txt"])).toEqual(engine.articlesWithQuotes(ids));
    expect(pool.suggestSpeakers("za", 5)).toEqual(engine.suggestSpeakers("za", 5));
    expect(pool.stats()).toEqual(engine.stats);
  });

  it("refuses a query it cannot check with the engine's own message", async () => {
    expect(await refusal(pool.verify({ quote: "   " }))).toBe("QUOTE_EMPTY");
  });

  it("refuses a requester's requests beyond its share, and only that requester's", async () => {
    const small = await openPooledCorpus({
      corpusDir: "corpus",
      logger: silentLogger,
      threads: 1,
      perRequester: 2,
    });
    try {
      const first = [
        small.verify({ quote: "All is well" }, { requester: "u1" }),
        small.verify({ quote: "so far so good" }, { requester: "u1" }),
      ];
      expect(await refusal(small.verify({ quote: "All is well" }, { requester: "u1" }))).toBe(
        "TOO_MANY_REQUESTS",
      );
      const other = small.verify({ quote: "All is well" }, { requester: "u2" });
      expect((await Promise.all([...first, other])).map((r) => r.verdict)).toEqual([
        "verified",
        "verified",
        "verified",
      ]);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("reloading the pool", () => {
  let dir: string;
  let pool: PooledCorpus;
  beforeAll(async () => {
    dir = tempCorpus();
    pool = await openPooledCorpus({ corpusDir: dir, logger: silentLogger, threads: 2 });
  }, 120_000);
  afterAll(async () => {
    await pool?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("swaps in the new corpus while requests in flight finish on the old one", async () => {
    const quote = "The harbour wall will be finished by spring";
    // Both threads are busy with requests that started on the old corpus when the reload begins.
    const inFlight = [pool.verify({ quote }), pool.verify({ quote: "All is well" })] as const;
    writeFileSync(
      join(dir, "005-new.txt"),
      `---\ntitle: Harbour plan\nsource: Coast Gazette\ndate: 2020-01-09\n---\n"${quote}," Mayor Ines Okafor said.\n`,
    );
    const outcome = await pool.reload();
    expect(outcome).toMatchObject({ generation: 2, articles: 6, read: 1, reused: 5 });
    const [old, unrelated] = await Promise.all(inFlight);
    expect(old.verdict).toBe("not_found");
    expect(unrelated.verdict).toBe("verified");
    const fresh = await pool.verify({ quote });
    expect(fresh.verdict).toBe("verified");
    expect(fresh.speaker).toBe("Ines Okafor");
    expect(pool.stats().articles).toBe(6);
  }, 60_000);

  it("keeps serving the old corpus when a reload fails", async () => {
    rmSync(dir, { recursive: true, force: true });
    await expect(pool.reload()).rejects.toThrow(/does not exist/);
    expect((await pool.verify({ quote: "All is well" })).verdict).toBe("verified");
    cpSync("corpus", dir, { recursive: true });
  }, 60_000);
});

describe("a thread that dies", () => {
  it("costs only its own request: the pool replaces it and answers the next", async () => {
    const pool = await openPooledCorpus({
      corpusDir: "corpus",
      logger: silentLogger,
      threads: 1,
      workerFile: resolve(fileURLToPath(new URL("../../fixtures/pool/crashing-worker.ts", import.meta.url))),
    });
    try {
      const crashed = pool.verify({ quote: CRASH_QUOTE });
      const queued = pool.verify({ quote: "All is well" }, { requester: "someone else" });
      expect(await refusal(crashed)).toBe("SEARCH_FAILED");
      expect((await queued).verdict).toBe("verified");
      expect((await pool.verify({ quote: "so far so good" })).verdict).toBe("verified");
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe("shutting the pool down", () => {
  it("answers every request already taken, then refuses new ones", async () => {
    const pool = await openPooledCorpus({ corpusDir: "corpus", logger: silentLogger, threads: 1 });
    const taken = SEED_QUERIES.map((query, i) => pool.verify(query, { requester: `user-${i % 3}` }));
    const closed = pool.close();
    expect(await refusal(pool.verify({ quote: "All is well" }))).toBe("CORPUS_CLOSING");
    const answers = await Promise.all(taken);
    await closed;
    expect(answers.map((a) => a.quote)).toEqual(SEED_QUERIES.map((q) => q.quote));
  }, 120_000);

  it("abandons a reload still being built instead of waiting for it", async () => {
    const pool = await openPooledCorpus({ corpusDir: "corpus", logger: silentLogger, threads: 1 });
    const reload = pool.reload();
    await pool.close();
    await expect(reload).rejects.toThrow(/abort/i);
  }, 120_000);
});
