import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckRecord } from "../../commands/context.js";
import { silentLogger } from "../../src/core/logger.js";
import { startRetention } from "../../src/scheduler/retention.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { freshDataDir } from "./scheduler-harness.js";

const DAY = 86_400_000;
const check = (quote: string, at: Date): CheckRecord => ({
  frontEnd: "discord",
  userId: "42",
  quote,
  speaker: null,
  verdict: "not_found",
  at,
});

describe("retention", () => {
  let dataDir: string;
  let storage: Storage;
  beforeAll(async () => {
    dataDir = await freshDataDir();
    storage = await openStorage({ dataDir, logger: silentLogger });
  });
  afterAll(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("prunes checks older than RETENTION_DAYS at start and again as time passes", async () => {
    const clock = new FakeClock("2024-06-30T00:00:00Z");
    const now = clock.now().getTime();
    await storage.recordCheck(check("forty days old", new Date(now - 40 * DAY)));
    await storage.recordCheck(check("twenty-nine days old", new Date(now - 29 * DAY)));
    await storage.recordCheck(check("today", new Date(now - 1000)));
    const remaining = async () =>
      (await storage.summariseChecks(new Date(0), new Date(now + 100 * DAY), 10)).top
        .map((c) => c.quote)
        .sort();

    const retention = startRetention({
      storage,
      retentionDays: 30,
      clock,
      timers: clock,
      intervalMs: 2 * DAY,
      logger: silentLogger,
    });
    await retention.idle();
    expect(await remaining()).toEqual(["today", "twenty-nine days old"]);

    await clock.advanceTo(new Date(now + 2 * DAY));
    await retention.idle();
    expect(await remaining()).toEqual(["today"]);
    await retention.stop();
  });
});
