import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MetricsSink } from "../../commands/metrics.js";
import { silentLogger } from "../../src/core/logger.js";
import type { RetryPolicy } from "../../src/scheduler/post-with-retry.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { type FakeDiscordApi, startFakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import {
  DISCORD_TOKEN,
  digestOutcomes,
  fastRetry,
  freshDataDir,
  postedPeriod,
  SLACK_TOKEN,
  type Started,
  startScheduler,
  targetsFor,
} from "./scheduler-harness.js";

describe("the digest scheduler on the embedded database", () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscordApi;
  let dataDir: string;
  let storage: Storage | undefined;
  let running: Started | undefined;

  beforeAll(async () => {
    slack = await startFakeSlackApi(SLACK_TOKEN);
    discord = await startFakeDiscordApi(DISCORD_TOKEN);
  });
  afterAll(async () => {
    await slack.close();
    await discord.close();
  });
  beforeEach(async () => {
    slack.posts.length = 0;
    discord.posts.length = 0;
    dataDir = await freshDataDir();
  });
  afterEach(async () => {
    await running?.scheduler.stop();
    running = undefined;
    await storage?.close();
    storage = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  async function boot(
    clock: FakeClock,
    options: { quiet?: "note" | "skip"; empty?: boolean; retry?: RetryPolicy; metrics?: MetricsSink } = {},
  ) {
    storage = await openStorage({ dataDir, logger: silentLogger });
    running = startScheduler(
      {
        clock,
        storage,
        targets: targetsFor(slack, discord),
        ...(options.quiet ? { quiet: options.quiet } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}),
      },
      options.empty ? async () => null : undefined,
    );
    await running.scheduler.idle();
    return running;
  }

  async function shutDown() {
    await running?.scheduler.stop();
    running = undefined;
    await storage?.close();
    storage = undefined;
  }

  const settle = () => running?.scheduler.idle() ?? Promise.resolve();

  it("posts each slot once, to every channel, when the cron fires", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    await boot(clock);
    expect(slack.posts).toHaveLength(0);
    await clock.advanceTo("2024-06-03T08:00:00Z", settle);
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
    expect(slack.posts[0]?.metadata?.event_payload.slot).toBe("2024-06-03T08:00:00.000Z");
    // The first digest covers one cron interval.
    expect(postedPeriod(slack.posts[0]!)).toBe("2024-06-02T08:00:00.000Z → 2024-06-03T08:00:00.000Z");
    await clock.advanceTo("2024-06-04T09:00:00Z", settle);
    expect(slack.posts).toHaveLength(2);
    expect(discord.posts).toHaveLength(2);
    expect(postedPeriod(slack.posts[1]!)).toBe("2024-06-03T08:00:00.000Z → 2024-06-04T08:00:00.000Z");
  });

  it("does not post a slot again after a restart with the same DATA_DIR", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    await boot(clock);
    await clock.advanceTo("2024-06-03T08:00:00Z", settle);
    await shutDown();
    const again = new FakeClock("2024-06-03T08:00:30Z");
    await boot(again);
    await again.advanceTo("2024-06-03T20:00:00Z", settle);
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
  });

  it("catches up only the most recent slot missed while it was down, once", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    await boot(clock);
    await clock.advanceTo("2024-06-03T08:00:00Z", settle);
    await shutDown();
    const later = new FakeClock("2024-06-07T10:00:00Z");
    await boot(later);
    expect(slack.posts).toHaveLength(2);
    expect(discord.posts).toHaveLength(2);
    expect(slack.posts[1]?.metadata?.event_payload.slot).toBe("2024-06-07T08:00:00.000Z");
    expect(postedPeriod(slack.posts[1]!)).toBe("2024-06-03T08:00:00.000Z → 2024-06-07T08:00:00.000Z");
    await shutDown();
    await boot(new FakeClock("2024-06-07T10:05:00Z"));
    expect(slack.posts).toHaveLength(2);
  });

  it("on its first start, posts nothing for slots before it existed", async () => {
    const clock = new FakeClock("2024-06-03T09:00:00Z");
    await boot(clock);
    expect(slack.posts).toHaveLength(0);
    await shutDown();
    // Down across the next morning's slot: that one was missed and is caught up.
    await boot(new FakeClock("2024-06-04T09:30:00Z"));
    expect(slack.posts.map((p) => p.metadata?.event_payload.slot)).toEqual(["2024-06-04T08:00:00.000Z"]);
  });

  it("keeps a failing channel pending and retries it later without re-posting the one that worked", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    const metrics = digestOutcomes();
    const { builds } = await boot(clock, { metrics });
    discord.fail(
      { kind: "server-error" },
      { kind: "server-error" },
      { kind: "server-error" },
      { kind: "server-error" },
    );
    await clock.advanceTo("2024-06-03T08:00:00Z", settle);
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(0);
    expect((await storage!.pendingDigests(new Date(0))).map((p) => p.slot)).toEqual([
      "2024-06-03T08:00:00.000Z",
    ]);
    await clock.advanceTo("2024-06-03T08:05:00Z", settle);
    expect(discord.posts).toHaveLength(0);
    await clock.advanceTo("2024-06-03T08:10:00Z", settle);
    expect(discord.posts).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
    expect(builds).toHaveLength(1);
    expect(JSON.stringify(discord.posts[0]?.body)).toContain("2024-06-03T08:00:00.000Z");
    expect(await storage!.pendingDigests(new Date(0))).toEqual([]);
    expect(metrics.posts).toEqual([
      "slack:C0DIGEST posted",
      "discord:1023456789012345678 failed",
      "discord:1023456789012345678 failed",
      "discord:1023456789012345678 posted",
    ]);
  });

  it("takes over a slot whose claimer died once the lease runs out", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    storage = await openStorage({ dataDir, logger: silentLogger });
    const slot = "2024-06-03T08:00:00.000Z";
    await storage.claimDigest({
      slot,
      scheduledFor: new Date(slot),
      owner: "crashed-replica",
      now: new Date(slot),
      leaseMs: 10 * 60_000,
    });
    running = startScheduler({ clock, storage, targets: targetsFor(slack, discord), owner: "survivor" });
    await clock.advanceTo("2024-06-03T08:05:00Z", settle);
    expect(slack.posts).toHaveLength(0);
    await clock.advanceTo("2024-06-03T08:15:00Z", settle);
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
  });

  it("with DIGEST_QUIET=skip, posts nothing for a quiet period and does not retry it", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    await boot(clock, { quiet: "skip", empty: true });
    await clock.advanceTo("2024-06-03T09:00:00Z", settle);
    expect(slack.posts).toHaveLength(0);
    expect(discord.posts).toHaveLength(0);
    expect(await storage!.pendingDigests(new Date(0))).toEqual([]);
  });

  it("stops promptly even while waiting out a long Retry-After, leaving the slot pending", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    // No sleep of its own: the wait for Retry-After runs on the scheduler's (fake) timers.
    const { sleep: _immediate, ...onTimers } = fastRetry;
    await boot(clock, { retry: onTimers });
    discord.fail({ kind: "rate-limited", retryAfterSeconds: 4 });
    await clock.advanceTo("2024-06-03T08:00:00Z");
    // The post was refused with a 4 s Retry-After; the fake clock never gets there, so only stop() can end the wait.
    for (let i = 0; i < 1000 && discord.hits.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(discord.hits.length).toBeGreaterThan(0);
    await running?.scheduler.stop();
    expect(discord.posts).toHaveLength(0);
    expect((await storage!.pendingDigests(new Date(0))).map((p) => p.slot)).toEqual([
      "2024-06-03T08:00:00.000Z",
    ]);
  });
});
