import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { link, type Reply, text } from "../../commands/reply.js";
import { silentLogger } from "../../src/core/logger.js";
import { PostError } from "../../src/scheduler/digest-target.js";
import { backoffDelay, postWithRetry, type RetryPolicy } from "../../src/scheduler/post-with-retry.js";
import { type FakeDiscordApi, startFakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import { discordTarget, slackTarget } from "./scheduler-harness.js";

const SLACK_TOKEN = "xoxb-test-digest-token";
const DISCORD_TOKEN = "discord-test-digest-token";
const policy: RetryPolicy = { attempts: 4, baseDelayMs: 50, maxDelayMs: 400, maxRetryAfterMs: 5000 };
const context = {
  slot: "2024-06-03T08:00:00.000Z",
  mayExist: false,
  since: new Date("2024-06-03T08:00:00Z"),
};

const digest: Reply = {
  kind: "digest",
  tone: "info",
  emoji: "🗞️",
  title: "Digest: what's new",
  summary: "1 new article · 1 check.",
  fields: [],
  sections: [
    {
      heading: "Most-checked quotations",
      items: [[text("“@everyone <!channel> <@U0123> @here all is well”"), text(" — 2 checks")]],
      noun: "quotations",
    },
    {
      heading: "New articles",
      items: [[link("Iran strikes back", "https://example.com/a")]],
      noun: "articles",
    },
  ],
  footer: "3 Jun 2024 – 4 Jun 2024 (UTC)",
};

/** The waits between attempts, as asked of the policy's sleep: recorded, not slept, so no test waits for real. */
const waits: number[] = [];
const recorded: RetryPolicy = {
  ...policy,
  sleep: async (ms) => {
    waits.push(ms);
  },
};
beforeEach(() => {
  waits.length = 0;
});

describe("backoff", () => {
  it("doubles per attempt up to the cap, with jitter of a quarter either way", () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(policy, n, middle))).toEqual([50, 100, 200, 400, 400]);
    expect(backoffDelay(policy, 1, () => 0)).toBe(75);
    expect(backoffDelay(policy, 1, () => 0.999_999)).toBe(125);
  });
});

describe("posting a digest to Slack", () => {
  let slack: FakeSlackApi;
  beforeAll(async () => {
    slack = await startFakeSlackApi(SLACK_TOKEN);
  });
  afterAll(() => slack.close());
  beforeEach(() => {
    slack.posts.length = 0;
    slack.hits.length = 0;
  });
  const target = () => slackTarget(slack.apiUrl, 300, SLACK_TOKEN);

  it("posts Block Kit to the channel and never lets the text ping anyone", async () => {
    const { messageId } = await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(slack.posts).toHaveLength(1);
    const post = slack.posts[0]!;
    expect(messageId).toBe(post.ts);
    expect(post.channel).toBe("C0DIGEST");
    expect(post.metadata).toEqual({ event_type: "verbatim_digest", event_payload: { slot: context.slot } });
    const everything = JSON.stringify(post);
    expect(everything).toContain("Iran strikes back");
    expect(everything).not.toMatch(/<!channel>|<@U0123>|@everyone|@here/);
  });

  it("retries a 500 with backoff and posts once", async () => {
    slack.fail({ kind: "server-error" }, { kind: "server-error", status: 503 });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(slack.posts).toHaveLength(1);
    expect(slack.postHits()).toHaveLength(3);
    // Backoff of 50 ms then 100 ms, each ±25%.
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(37);
    expect(waits[0]).toBeLessThanOrEqual(63);
    expect(waits[1]).toBeGreaterThanOrEqual(75);
    expect(waits[1]).toBeLessThanOrEqual(125);
  });

  it("waits as long as a 429's Retry-After asks before trying again", async () => {
    slack.fail({ kind: "rate-limited", retryAfterSeconds: 1 });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(slack.posts).toHaveLength(1);
    expect(waits).toEqual([1000]);
  });

  it("after a timeout, finds the message that did get posted instead of posting it again", async () => {
    slack.fail({ kind: "slow", delayMs: 1000, processed: true });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(slack.posts).toHaveLength(1);
    expect(slack.hits.map((h) => h.path)).toContain("/api/conversations.history");
  });

  it("after a timeout that posted nothing, posts once", async () => {
    slack.fail({ kind: "slow", delayMs: 1000, processed: false });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(slack.posts).toHaveLength(1);
  });

  it("gives up at once on a refusal that retrying cannot fix", async () => {
    slack.fail({ kind: "refused" });
    const failure = postWithRetry(target(), digest, context, recorded, silentLogger);
    await expect(failure).rejects.toThrow(/channel_not_found/);
    await expect(failure).rejects.toBeInstanceOf(PostError);
    expect(slack.postHits()).toHaveLength(1);
  });

  it("stops after the bounded number of attempts when the service stays down", async () => {
    slack.fail(...Array.from({ length: 6 }, () => ({ kind: "server-error" as const })));
    await expect(postWithRetry(target(), digest, context, recorded, silentLogger)).rejects.toThrow(
      /HTTP 500/,
    );
    expect(slack.postHits()).toHaveLength(policy.attempts);
    expect(slack.posts).toHaveLength(0);
  });
});

describe("posting a digest to Discord", () => {
  let discord: FakeDiscordApi;
  beforeAll(async () => {
    discord = await startFakeDiscordApi(DISCORD_TOKEN);
  });
  afterAll(() => discord.close());
  beforeEach(() => {
    discord.posts.length = 0;
    discord.hits.length = 0;
  });
  const target = () => discordTarget(discord.apiUrl, 300, DISCORD_TOKEN);

  it("posts an embed that cannot mention anyone", async () => {
    const { messageId } = await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(discord.posts).toHaveLength(1);
    const post = discord.posts[0]!;
    expect(messageId).toBe(post.id);
    expect(post.channel).toBe("1023456789012345678");
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.embeds?.[0]?.title).toContain("Digest");
    expect(JSON.stringify(post.body)).not.toMatch(/@everyone|@here|<@U0123>/);
  });

  it("retries a 500 and posts once", async () => {
    discord.fail({ kind: "server-error" });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(discord.posts).toHaveLength(1);
    expect(discord.postHits()).toHaveLength(2);
  });

  it("waits out a 429's Retry-After", async () => {
    discord.fail({ kind: "rate-limited", retryAfterSeconds: 1 });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(discord.posts).toHaveLength(1);
    expect(waits).toHaveLength(1);
    // The REST library gives the time left until Discord's reset, by the wall clock: never more than was asked,
    // and less the longer a busy machine took to get there, so only the upper bound is the platform's.
    expect(waits[0]).toBeGreaterThanOrEqual(0);
    expect(waits[0]).toBeLessThanOrEqual(1100);
  });

  it("after a timeout, finds the message that did get posted instead of posting it again", async () => {
    discord.fail({ kind: "slow", delayMs: 1000, processed: true });
    await postWithRetry(target(), digest, context, recorded, silentLogger);
    expect(discord.posts).toHaveLength(1);
    expect(discord.hits.some((h) => h.path.includes("/messages?after="))).toBe(true);
  });

  it("after a timeout, without Read Message History, the repeated nonce keeps Discord from posting twice", async () => {
    const blind = await startFakeDiscordApi(DISCORD_TOKEN, { readHistory: false });
    try {
      blind.fail({ kind: "slow", delayMs: 1000, processed: true });
      await postWithRetry(
        discordTarget(blind.apiUrl, 300, DISCORD_TOKEN),
        digest,
        context,
        recorded,
        silentLogger,
      );
      expect(blind.hits.filter((h) => h.path.endsWith("/messages")).length).toBeGreaterThanOrEqual(2);
      expect(blind.posts).toHaveLength(1);
    } finally {
      await blind.close();
    }
  });

  it("gives up at once when the bot may not post in the channel", async () => {
    discord.fail({ kind: "refused" });
    await expect(postWithRetry(target(), digest, context, recorded, silentLogger)).rejects.toThrow(
      /HTTP 403/,
    );
    expect(discord.postHits()).toHaveLength(1);
  });
});
