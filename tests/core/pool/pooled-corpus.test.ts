/**
 * The corpus pool answers exactly what the engine answers in-thread, swaps reloads in under requests in flight,
 * survives a thread dying, and drains on shutdown. Two pools in all (threads are slow to start under tsx): one over
 * the seed corpus whose threads can be made to crash, and one over a copy that is reloaded and then shut down.
 */
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImageEngine } from "../../../src/core/engine.js";
import { openEngine } from "../../../src/core/engine.js";
import { isVerbatimError } from "../../../src/core/errors.js";
import { silentLogger } from "../../../src/core/logger.js";
import { openPooledCorpus, type PooledCorpus } from "../../../src/core/pool/pooled-corpus.js";
import type { VerifyQuery } from "../../../src/core/types.js";
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

const crashingWorker = resolve(
  fileURLToPath(new URL("../../fixtures/pool/crashing-worker.ts", import.meta.url)),
);

describe("the corpus pool over the seed corpus", () => {
  let pool: PooledCorpus;
  let engine: ImageEngine;
  beforeAll(async () => {
    [pool, engine] = await Promise.all([
      openPooledCorpus({
        corpusDir: "corpus",
        logger: silentLogger,
        threads: 2,
        perRequester: 2,
        workerFile: crashingWorker,
      }),
      openEngine({ corpusDir: "corpus" }),
    ]);
  }, 120_000);
  afterAll(() => pool?.close());

  it("answers every verification exactly as the in-thread engine does", async () => {
    const pooled = await Promise.all(
      SEED_QUERIES.map((query, i) => pool.verify(query, { requester: `u${i}` })),
    );
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
    const first = [
      pool.verify({ quote: "All is well" }, { requester: "busy" }),
      pool.verify({ quote: "so far so good" }, { requester: "busy" }),
    ];
    expect(await refusal(pool.verify({ quote: "All is well" }, { requester: "busy" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    const other = pool.verify({ quote: "All is well" }, { requester: "calm" });
    expect((await Promise.all([...first, other])).map((r) => r.verdict)).toEqual([
      "verified",
      "verified",
      "verified",
    ]);
  });

  it("when a thread dies, fails only its request: the pool replaces it and answers the next", async () => {
    const crashed = pool.verify({ quote: CRASH_QUOTE }, { requester: "crash" });
    const others = [1, 2, 3].map((i) => pool.verify({ quote: "All is well" }, { requester: `other-${i}` }));
    expect(await refusal(crashed)).toBe("SEARCH_FAILED");
    expect((await Promise.all(others)).map((r) => r.verdict)).toEqual(["verified", "verified", "verified"]);
    expect((await pool.verify({ quote: "so far so good" })).verdict).toBe("verified");
  });
});

describe("reloading and shutting down the pool", () => {
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
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    await expect(pool.reload()).rejects.toThrow(/does not exist/);
    expect((await pool.verify({ quote: "All is well" })).verdict).toBe("verified");
    renameSync(moved, dir);
  }, 60_000);

  it("on shutdown answers every request already taken, refuses new ones and abandons a reload being built", async () => {
    const taken = SEED_QUERIES.map((query, i) => pool.verify(query, { requester: `user-${i % 3}` }));
    const reload = pool.reload();
    const closed = pool.close();
    expect(await refusal(pool.verify({ quote: "All is well" }))).toBe("CORPUS_CLOSING");
    const answers = await Promise.all(taken);
    await closed;
    expect(answers.map((a) => a.quote)).toEqual(SEED_QUERIES.map((q) => q.quote));
    await expect(reload).rejects.toThrow(/abort/i);
  }, 120_000);
});
