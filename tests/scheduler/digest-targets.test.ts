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

const gaps = (hits: { at: number }[]) => hits.slice(1).map((h, i) => h.at - hits[i]!.at);

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
    const { messageId } = await postWithRetry(target(), digest, context, policy, silentLogger);
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
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(slack.posts).toHaveLength(1);
    expect(slack.postHits()).toHaveLength(3);
    // Backoff of 50 ms then 100 ms, each ±25%.
    const [first, second] = gaps(slack.postHits());
    expect(first).toBeGreaterThanOrEqual(37);
    expect(second).toBeGreaterThanOrEqual(75);
  });

  it("waits as long as a 429's Retry-After asks before trying again", async () => {
    slack.fail({ kind: "rate-limited", retryAfterSeconds: 1 });
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(slack.posts).toHaveLength(1);
    expect(gaps(slack.postHits())[0]).toBeGreaterThanOrEqual(950);
  });

  it("after a timeout, finds the message that did get posted instead of posting it again", async () => {
    slack.fail({ kind: "slow", delayMs: 1000, processed: true });
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(slack.posts).toHaveLength(1);
    expect(slack.hits.map((h) => h.path)).toContain("/api/conversations.history");
  });

  it("after a timeout that posted nothing, posts once", async () => {
    slack.fail({ kind: "slow", delayMs: 1000, processed: false });
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(slack.posts).toHaveLength(1);
  });

  it("gives up at once on a refusal that retrying cannot fix", async () => {
    slack.fail({ kind: "refused" });
    const failure = postWithRetry(target(), digest, context, policy, silentLogger);
    await expect(failure).rejects.toThrow(/channel_not_found/);
    await expect(failure).rejects.toBeInstanceOf(PostError);
    expect(slack.postHits()).toHaveLength(1);
  });

  it("stops after the bounded number of attempts when the service stays down", async () => {
    slack.fail(...Array.from({ length: 6 }, () => ({ kind: "server-error" as const })));
    await expect(postWithRetry(target(), digest, context, policy, silentLogger)).rejects.toThrow(/HTTP 500/);
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
    const { messageId } = await postWithRetry(target(), digest, context, policy, silentLogger);
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
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(discord.posts).toHaveLength(1);
    expect(discord.postHits()).toHaveLength(2);
  });

  it("waits out a 429's Retry-After", async () => {
    discord.fail({ kind: "rate-limited", retryAfterSeconds: 1 });
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(discord.posts).toHaveLength(1);
    expect(gaps(discord.postHits())[0]).toBeGreaterThanOrEqual(900);
  });

  it("after a timeout, the repeated nonce keeps Discord from posting twice", async () => {
    discord.fail({ kind: "slow", delayMs: 1000, processed: true });
    await postWithRetry(target(), digest, context, policy, silentLogger);
    expect(discord.postHits().length).toBeGreaterThanOrEqual(2);
    expect(discord.posts).toHaveLength(1);
  });

  it("gives up at once when the bot may not post in the channel", async () => {
    discord.fail({ kind: "refused" });
    await expect(postWithRetry(target(), digest, context, policy, silentLogger)).rejects.toThrow(/HTTP 403/);
    expect(discord.postHits()).toHaveLength(1);
  });
});
