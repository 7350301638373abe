import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { type FakeDiscordApi, startFakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import { databaseUrl, dropSchema, notePostgresSkipped, uniqueSchema } from "../storage/drivers.js";
import { DISCORD_TOKEN, SLACK_TOKEN, type Started, startScheduler, targetsFor } from "./scheduler-harness.js";

notePostgresSkipped("digest replicas");

describe.skipIf(!databaseUrl)("two replicas sharing one PostgreSQL", () => {
  const schema = uniqueSchema();
  let slack: FakeSlackApi;
  let discord: FakeDiscordApi;
  const storages: Storage[] = [];
  const replicas: Started[] = [];

  beforeAll(async () => {
    slack = await startFakeSlackApi(SLACK_TOKEN);
    discord = await startFakeDiscordApi(DISCORD_TOKEN);
  });
  afterAll(async () => {
    for (const r of replicas) await r.scheduler.stop();
    for (const s of storages) await s.close();
    await slack.close();
    await discord.close();
    await dropSchema(schema);
  });

  const open = async () => {
    const storage = await openStorage({ databaseUrl, dataDir: "unused", schema, logger: silentLogger });
    storages.push(storage);
    return storage;
  };
  const settle = async () => {
    await Promise.all(replicas.map((r) => r.scheduler.idle()));
  };

  it("posts each slot once between them, and builds it once", async () => {
    const clock = new FakeClock("2024-06-03T07:59:00Z");
    const [a, b] = await Promise.all([open(), open()]);
    const claimers: string[] = [];
    const counting = (storage: Storage): Storage => ({
      ...storage,
      claimDigest: (request) => {
        claimers.push(request.owner);
        return storage.claimDigest(request);
      },
    });
    const targets = targetsFor(slack, discord);
    replicas.push(startScheduler({ clock, storage: counting(a!), targets, owner: "replica-a" }));
    replicas.push(startScheduler({ clock, storage: counting(b!), targets, owner: "replica-b" }));
    await settle();
    await clock.advanceTo("2024-06-05T09:00:00Z", settle);
    expect(slack.posts.map((p) => p.metadata?.event_payload.slot)).toEqual([
      "2024-06-03T08:00:00.000Z",
      "2024-06-04T08:00:00.000Z",
      "2024-06-05T08:00:00.000Z",
    ]);
    expect(discord.posts).toHaveLength(3);
    expect(replicas.flatMap((r) => r.builds)).toHaveLength(3);
    // Both replicas went for every slot; the database let one through each time.
    expect(claimers.filter((o) => o === "replica-a").length).toBeGreaterThanOrEqual(3);
    expect(claimers.filter((o) => o === "replica-b").length).toBeGreaterThanOrEqual(3);
  });

  it("lets exactly one of many simultaneous claimers have a slot", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    const slot = "2024-05-01T08:00:00.000Z";
    const now = new Date(slot);
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a! : b!).claimDigest({
          slot,
          scheduledFor: now,
          owner: `claimer-${i}`,
          now,
          leaseMs: 60_000,
        }),
      ),
    );
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
  });

  it("catches up a missed slot once when both replicas start together", async () => {
    for (const r of replicas.splice(0)) await r.scheduler.stop();
    const clock = new FakeClock("2024-06-08T12:00:00Z");
    const [a, b] = await Promise.all([open(), open()]);
    replicas.push(
      startScheduler({ clock, storage: a!, targets: targetsFor(slack, discord), owner: "replica-c" }),
    );
    replicas.push(
      startScheduler({ clock, storage: b!, targets: targetsFor(slack, discord), owner: "replica-d" }),
    );
    await settle();
    expect(slack.posts.map((p) => p.metadata?.event_payload.slot).slice(3)).toEqual([
      "2024-06-08T08:00:00.000Z",
    ]);
    expect(discord.posts).toHaveLength(4);
  });
});
