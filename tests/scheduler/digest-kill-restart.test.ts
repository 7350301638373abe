import { rm } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { type FakeDiscordOptions, startFakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import { type FakeSlackOptions, startFakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import { recordingLogger } from "../fakes/digest/recording-logger.js";
import {
  DISCORD_TOKEN,
  discordTarget,
  freshDataDir,
  SLACK_TOKEN,
  type Started,
  slackTarget,
  startScheduler,
} from "./scheduler-harness.js";

const SLOT = "2024-06-03T08:00:00.000Z";

/**
 * The storage as a process killed right after a platform accepted its post sees it: the post is never recorded,
 * and nothing after it happens.
 */
function killedBeforeRecording(inner: Storage, killAt: string) {
  let dead = false;
  let onDeath = (): void => undefined;
  const died = new Promise<void>((resolve) => {
    onDeath = resolve;
  });
  const storage = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (property === "markPosted" && args[1] === killAt) {
          dead = true;
          onDeath();
        }
        if (dead) return new Promise(() => undefined);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { storage, died };
}

const SLACK = "slack:C0DIGEST";
const DISCORD = "discord:1023456789012345678";

describe("a digest posted just before kill -9", () => {
  let dataDir: string;
  let storage: Storage | undefined;
  let restarted: Started | undefined;
  const closers: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    dataDir = await freshDataDir();
  });
  afterEach(async () => {
    await restarted?.scheduler.stop();
    restarted = undefined;
    await storage?.close();
    storage = undefined;
    for (const close of closers.splice(0)) await close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Posts the 08:00 slot, dies before recording the post to `killAt`, restarts, and runs until 09:00. */
  async function killAndRestart(
    o: { killAt?: string; slack?: FakeSlackOptions; discord?: FakeDiscordOptions } = {},
  ) {
    const slack = await startFakeSlackApi(SLACK_TOKEN, o.slack);
    const discord = await startFakeDiscordApi(DISCORD_TOKEN, o.discord);
    closers.push(slack.close, discord.close);
    const targets = () => [slackTarget(slack.apiUrl), discordTarget(discord.apiUrl)];

    storage = await openStorage({ dataDir, logger: silentLogger });
    const killed = killedBeforeRecording(storage, o.killAt ?? SLACK);
    const before = new FakeClock("2024-06-03T07:59:00Z");
    const doomed = startScheduler({
      clock: before,
      storage: killed.storage,
      targets: targets(),
      owner: "killed",
    });
    await doomed.scheduler.idle();
    await before.advanceTo(SLOT, () => Promise.race([doomed.scheduler.idle(), killed.died]));
    expect((o.killAt ?? SLACK) === SLACK ? slack.posts : discord.posts).toHaveLength(1);
    // The takeover waits out the 10-minute lease; Discord remembers a nonce for only a few minutes.
    discord.forgetNonces();
    // The killed process is never heard from again: its clock stands still and its storage is closed under it.
    await storage.close();

    storage = await openStorage({ dataDir, logger: silentLogger });
    const clock = new FakeClock("2024-06-03T08:01:00Z");
    const logger = recordingLogger();
    restarted = startScheduler({ clock, storage, targets: targets(), owner: "restarted", logger });
    const settle = () => restarted?.scheduler.idle() ?? Promise.resolve();
    await settle();
    await clock.advanceTo("2024-06-03T09:00:00Z", settle);
    const pending = (await storage.pendingDigests(new Date(0))).map((p) => p.slot);
    return { slack, discord, logger, pending };
  }

  it("is not posted again after a restart, with the app installed from the shipped manifest", async () => {
    const { slack, discord, pending } = await killAndRestart();
    expect(slack.posts.map((p) => p.metadata?.event_payload.slot)).toEqual([SLOT]);
    expect(discord.posts).toHaveLength(1);
    expect(pending).toEqual([]);
  });

  it("is found by joining a public channel the bot posted to without being invited", async () => {
    const { slack, pending } = await killAndRestart({ slack: { member: false } });
    expect(slack.posts).toHaveLength(1);
    expect(slack.hits.map((h) => h.path)).toContain("/api/conversations.join");
    expect(pending).toEqual([]);
  });

  it("without the history scope, is not posted blindly again, and the log names the scope", async () => {
    const { slack, discord, logger, pending } = await killAndRestart({
      slack: { scopes: ["commands", "chat:write", "chat:write.public"] },
    });
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
    const refused = logger.lines.filter(
      (l) => l.level === "error" && l.fields.target === SLACK && l.fields.slot === SLOT,
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(String(refused[0]?.fields.reason)).toMatch(/channels:history/);
    // Left pending: once the scope is granted, the next retry can look and post only if it is not there.
    expect(pending).toEqual([SLOT]);
  });

  it("on Discord, is found in the channel once the nonce is forgotten, and not posted again", async () => {
    const { slack, discord, pending } = await killAndRestart({ killAt: DISCORD });
    expect(discord.posts).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
    expect(pending).toEqual([]);
  });

  it("on Discord without Read Message History, is not posted blindly again, and the log says so", async () => {
    const { discord, logger, pending } = await killAndRestart({
      killAt: DISCORD,
      discord: { readHistory: false },
    });
    expect(discord.posts).toHaveLength(1);
    const refused = logger.lines.filter((l) => l.level === "error" && l.fields.target === DISCORD);
    expect(String(refused[0]?.fields.reason)).toMatch(/Read Message History/);
    expect(pending).toEqual([SLOT]);
  });
});
