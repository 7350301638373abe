import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CoreLogger } from "../../src/core/logger.js";
import { type CorpusWatcher, watchCorpus } from "../../src/scheduler/watch-corpus.js";

const ARTICLE = "---\ntitle: Test\ndate: 2024-01-02\n---\nThe minister said: \u201cAll is well.\u201d\n";

function recordingLogger(): CoreLogger & { lines: { level: string; msg?: string }[] } {
  const lines: { level: string; msg?: string }[] = [];
  const push = (level: string) => (_obj: object, msg?: string) =>
    lines.push({ level, ...(msg ? { msg } : {}) });
  return { lines, debug: push("debug"), info: push("info"), warn: push("warn"), error: push("error") };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("watchCorpus", () => {
  let dir: string;
  let watcher: CorpusWatcher | undefined;
  afterEach(async () => {
    await watcher?.stop();
    watcher = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it("calls onChange once when a file is added to the corpus, not for the files already there", async () => {
    dir = await mkdtemp(join(tmpdir(), "verbatim-watch-"));
    await writeFile(join(dir, "first.txt"), ARTICLE);
    let changes = 0;
    watcher = watchCorpus({
      corpusDir: dir,
      intervalMs: 30,
      logger: recordingLogger(),
      onChange: () => void changes++,
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(changes).toBe(0);
    await writeFile(join(dir, "second.md"), ARTICLE);
    await until(() => changes === 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(changes).toBe(1);
  });

  it("ignores files the loader does not read", async () => {
    dir = await mkdtemp(join(tmpdir(), "verbatim-watch-"));
    await writeFile(join(dir, "first.txt"), ARTICLE);
    let changes = 0;
    watcher = watchCorpus({
      corpusDir: dir,
      intervalMs: 30,
      logger: recordingLogger(),
      onChange: () => void changes++,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await writeFile(join(dir, "notes.pdf"), "not an article");
    await writeFile(join(dir, ".hidden.txt"), ARTICLE);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(changes).toBe(0);
  });

  it("logs a failed reload, never overlaps reloads, and tries again until one succeeds", async () => {
    dir = await mkdtemp(join(tmpdir(), "verbatim-watch-"));
    await writeFile(join(dir, "first.txt"), ARTICLE);
    const logger = recordingLogger();
    let calls = 0;
    let active = 0;
    let maxActive = 0;
    watcher = watchCorpus({
      corpusDir: dir,
      intervalMs: 10,
      logger,
      onChange: async () => {
        calls++;
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 60));
        active--;
        if (calls === 1) throw new Error("the corpus could not be parsed");
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    await writeFile(join(dir, "second.txt"), ARTICLE);
    await until(() => calls === 2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls).toBe(2);
    expect(maxActive).toBe(1);
    expect(logger.lines).toContainEqual({ level: "error", msg: "reloading the changed corpus failed" });
  });

  it("keeps polling when the corpus cannot be listed", async () => {
    dir = await mkdtemp(join(tmpdir(), "verbatim-watch-"));
    const logger = recordingLogger();
    watcher = watchCorpus({
      corpusDir: join(dir, "missing"),
      intervalMs: 20,
      logger,
      onChange: () => undefined,
    });
    await until(() => logger.lines.filter((l) => l.level === "warn").length >= 2);
    expect(logger.lines[0]).toEqual({ level: "warn", msg: "could not list the corpus; will retry" });
  });
});
