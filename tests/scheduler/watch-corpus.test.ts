import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CoreLogger } from "../../src/core/logger.js";
import { type CorpusWatcher, watchCorpus } from "../../src/scheduler/watch-corpus.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";

const ARTICLE = "---\ntitle: Test\ndate: 2024-01-02\n---\nThe minister said: \u201cAll is well.\u201d\n";

function recordingLogger(): CoreLogger & { lines: { level: string; msg?: string }[] } {
  const lines: { level: string; msg?: string }[] = [];
  const push = (level: string) => (_obj: object, msg?: string) =>
    lines.push({ level, ...(msg ? { msg } : {}) });
  return { lines, debug: push("debug"), info: push("info"), warn: push("warn"), error: push("error") };
}

const INTERVAL_MS = 5_000;

/**
 * The watcher runs on a fake clock: each `poll()` moves time on by one interval and waits for the poll it fires
 * to finish, so "nothing changed" is asserted after a known number of polls, never after a real wait.
 */
function fakeTime(clock: FakeClock, watcher: () => CorpusWatcher | undefined) {
  return async function poll(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await clock.advanceTo(new Date(clock.now().getTime() + INTERVAL_MS));
      await watcher()?.idle();
    }
  };
}

describe("watchCorpus", () => {
  let dir: string;
  let watcher: CorpusWatcher | undefined;
  let clock: FakeClock;
  let poll: (times?: number) => Promise<void>;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "verbatim-watch-"));
    clock = new FakeClock("2024-01-02T00:00:00Z");
    poll = fakeTime(clock, () => watcher);
  });
  afterEach(async () => {
    await watcher?.stop();
    watcher = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  function watch(onChange: () => void | Promise<void>, logger = recordingLogger(), corpusDir = dir) {
    watcher = watchCorpus({ corpusDir, intervalMs: INTERVAL_MS, logger, onChange, timers: clock });
    return watcher.idle();
  }

  it("calls onChange once when a file is added to the corpus, not for the files already there", async () => {
    await writeFile(join(dir, "first.txt"), ARTICLE);
    let changes = 0;
    await watch(() => void changes++);
    await poll(2);
    expect(changes).toBe(0);
    await writeFile(join(dir, "second.md"), ARTICLE);
    // The first poll sees the change, the next one that it has settled.
    await poll();
    expect(changes).toBe(0);
    await poll();
    expect(changes).toBe(1);
    await poll(3);
    expect(changes).toBe(1);
  });

  it("ignores files the loader does not read", async () => {
    await writeFile(join(dir, "first.txt"), ARTICLE);
    let changes = 0;
    await watch(() => void changes++);
    await writeFile(join(dir, "notes.pdf"), "not an article");
    await writeFile(join(dir, ".hidden.txt"), ARTICLE);
    await poll(3);
    expect(changes).toBe(0);
  });

  it("logs a failed reload, never overlaps reloads, and tries again until one succeeds", async () => {
    await writeFile(join(dir, "first.txt"), ARTICLE);
    const logger = recordingLogger();
    let calls = 0;
    let active = 0;
    let maxActive = 0;
    await watch(async () => {
      calls++;
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setImmediate(resolve));
      active--;
      if (calls === 1) throw new Error("the corpus could not be parsed");
    }, logger);
    await writeFile(join(dir, "second.txt"), ARTICLE);
    await poll(2);
    expect(calls).toBe(1);
    expect(logger.lines).toContainEqual({ level: "error", msg: "reloading the changed corpus failed" });
    await poll();
    expect(calls).toBe(2);
    await poll(3);
    expect(calls).toBe(2);
    expect(maxActive).toBe(1);
  });

  it("keeps polling when the corpus cannot be listed", async () => {
    const logger = recordingLogger();
    await watch(() => undefined, logger, join(dir, "missing"));
    await poll();
    expect(logger.lines.filter((l) => l.level === "warn")).toHaveLength(2);
    expect(logger.lines[0]).toEqual({ level: "warn", msg: "could not list the corpus; will retry" });
  });
});
