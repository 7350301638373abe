import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { type FakeDiscordApi, startFakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import { flakyStorage } from "../fakes/digest/flaky-storage.js";
import { recordingLogger } from "../fakes/digest/recording-logger.js";
import { databaseUrl, dropSchema, notePostgresSkipped, uniqueSchema } from "../storage/drivers.js";
import {
  DISCORD_TOKEN,
  freshDataDir,
  SLACK_TOKEN,
  type Started,
  startScheduler,
  targetsFor,
} from "./scheduler-harness.js";

notePostgresSkipped("digest storage outage");

describe("digests through a storage outage", () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscordApi;
  let dataDir: string;
  let storage: Storage;
  let running: Started[] = [];
  const schema = uniqueSchema();
  const servers: Storage[] = [];

  beforeAll(async () => {
    slack = await startFakeSlackApi(SLACK_TOKEN);
    discord = await startFakeDiscordApi(DISCORD_TOKEN);
  });
  afterAll(async () => {
    await slack.close();
    await discord.close();
    for (const server of servers) await server.close();
    await dropSchema(schema);
  });
  beforeEach(async () => {
    slack.posts.length = 0;
    discord.posts.length = 0;
    dataDir = await freshDataDir();
    storage = await openStorage({ dataDir, logger: silentLogger });
  });
  afterEach(async () => {
    for (const r of running) await r.scheduler.stop();
    running = [];
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const postedSlots = () => slack.posts.map((p) => p.metadata?.event_payload.slot);
  const idle = () => Promise.all(running.map((r) => r.scheduler.idle())).then(() => undefined);

  function start(clock: FakeClock, flaky: ReturnType<typeof flakyStorage>, owner?: string) {
    const logger = recordingLogger();
    running.push(
      startScheduler({
        clock,
        storage: flaky.storage,
        targets: targetsFor(slack, discord),
        logger,
        ...(owner ? { owner } : {}),
      }),
    );
    return logger;
  }

  const recovered = (logger: ReturnType<typeof recordingLogger>) =>
    logger.lines.filter((l) => /recovered/.test(l.msg)).map((l) => l.fields.slot);

  it("posts a slot missed while the database refused connections once it is back, and says so", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    const flaky = flakyStorage(storage, clock);
    flaky.outage("refuse", "2024-06-03T07:59:30Z", "2024-06-03T08:00:40Z");
    const logger = start(clock, flaky);
    await idle();
    await clock.advanceTo("2024-06-03T08:30:00Z", idle);
    expect(flaky.refusedCalls()).toBeGreaterThan(0);
    expect(postedSlots()).toEqual(["2024-06-03T08:00:00.000Z"]);
    expect(discord.posts).toHaveLength(1);
    expect(recovered(logger)).toEqual(["2024-06-03T08:00:00.000Z"]);
    await clock.advanceTo("2024-06-04T07:59:00Z", idle);
    expect(postedSlots()).toEqual(["2024-06-03T08:00:00.000Z"]);
  });

  it("after an outage across several slots, posts only the most recent one, once", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    const flaky = flakyStorage(storage, clock);
    flaky.outage("refuse", "2024-06-03T07:59:30Z", "2024-06-05T08:00:40Z");
    const logger = start(clock, flaky);
    await idle();
    await clock.advanceTo("2024-06-05T09:00:00Z", idle);
    expect(postedSlots()).toEqual(["2024-06-05T08:00:00.000Z"]);
    expect(discord.posts).toHaveLength(1);
    expect(recovered(logger)).toEqual(["2024-06-05T08:00:00.000Z"]);
  });

  it("times out calls that hang, and posts the slot once the database answers again", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    const flaky = flakyStorage(storage, clock);
    flaky.outage("hang", "2024-06-03T07:59:30Z", "2024-06-03T08:00:20Z");
    const logger = start(clock, flaky);
    await idle();
    // A hung call leaves the scheduler waiting on a timer, so the clock may move on.
    const settle = () => Promise.race([idle(), flaky.nextHang()]);
    await clock.advanceTo("2024-06-03T08:30:00Z", settle);
    await idle();
    expect(flaky.hungCalls()).toBeGreaterThan(0);
    expect(postedSlots()).toEqual(["2024-06-03T08:00:00.000Z"]);
    expect(discord.posts).toHaveLength(1);
    expect(recovered(logger)).toEqual(["2024-06-03T08:00:00.000Z"]);
    expect(logger.lines.some((l) => l.level === "error" && /did not answer/.test(String(l.fields.err)))).toBe(
      true,
    );
  });

  it("with two replicas on one storage, the recovered slot is posted once between them", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    const flaky = flakyStorage(storage, clock);
    flaky.outage("refuse", "2024-06-03T07:59:30Z", "2024-06-03T08:00:40Z");
    const a = start(clock, flaky, "replica-a");
    const b = start(clock, flaky, "replica-b");
    await idle();
    await clock.advanceTo("2024-06-03T09:00:00Z", idle);
    expect(postedSlots()).toEqual(["2024-06-03T08:00:00.000Z"]);
    expect(discord.posts).toHaveLength(1);
    expect([...recovered(a), ...recovered(b)]).toEqual(["2024-06-03T08:00:00.000Z"]);
  });

  describe.skipIf(!databaseUrl)("with two replicas on one PostgreSQL", () => {
    it("the recovered slot is posted once between them", async () => {
      const open = () => openStorage({ databaseUrl, dataDir: "unused", schema, logger: silentLogger });
      servers.push(...(await Promise.all([open(), open()])));
      const clock = new FakeClock("2024-06-03T07:59:00Z");
      const loggers = servers.map((server, i) => {
        const flaky = flakyStorage(server, clock);
        flaky.outage("refuse", "2024-06-03T07:59:30Z", "2024-06-03T08:00:40Z");
        return start(clock, flaky, `pg-replica-${i}`);
      });
      await idle();
      await clock.advanceTo("2024-06-03T09:00:00Z", idle);
      expect(postedSlots()).toEqual(["2024-06-03T08:00:00.000Z"]);
      expect(discord.posts).toHaveLength(1);
      expect(loggers.flatMap(recovered)).toEqual(["2024-06-03T08:00:00.000Z"]);
    });
  });
});
