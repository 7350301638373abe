import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runDigest } from "../../src/cli/digest.js";
import { loadConfig } from "../../src/config/load-config.js";
import { silentLogger } from "../../src/core/logger.js";
import { blocksToText } from "../../src/front-ends/slack/blocks-to-text.js";
import { createLogger } from "../../src/logging/logger.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { type FakeDiscordApi, startFakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import { articleWithQuotes, fakeEngine } from "../fakes/fake-engine.js";
import { DISCORD_TOKEN, fastRetry, freshDataDir, SLACK_TOKEN } from "../scheduler/scheduler-harness.js";

function capture() {
  let written = "";
  const stream = {
    isTTY: false,
    write: (chunk: string) => {
      written += chunk;
      return true;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => written };
}

const story = articleWithQuotes(
  { id: "bbc/strike.txt", title: "Missiles hit bases", source: "BBC", date: "2020-01-08" },
  [{ speaker: "Donald Trump", text: "All is well with our troops tonight" }],
);
const engine = fakeEngine({ articles: [story.article], quotes: story.quotes });

describe("verbatim digest", () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscordApi;
  let dataDir: string;
  beforeAll(async () => {
    slack = await startFakeSlackApi(SLACK_TOKEN);
    discord = await startFakeDiscordApi(DISCORD_TOKEN);
  });
  afterAll(async () => {
    await slack.close();
    await discord.close();
  });
  beforeEach(async () => {
    dataDir = await freshDataDir();
    slack.posts.length = 0;
    discord.posts.length = 0;
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const config = (env: Record<string, string> = {}) => loadConfig({ DATA_DIR: dataDir, ...env }, {});
  const channels = () => ({
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_SIGNING_SECRET: "0123456789abcdef",
    SLACK_API_URL: slack.apiUrl,
    DIGEST_SLACK_CHANNEL: "C0DIGEST",
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: "1098765432109876543",
    DISCORD_API_URL: discord.apiUrl,
    DIGEST_DISCORD_CHANNEL: "1023456789012345678",
  });

  async function run(
    flags: string[],
    env: Record<string, string> = {},
    clock = new FakeClock("2024-06-03T09:00:00Z"),
  ) {
    const out = capture();
    const err = capture();
    const choice = { print: flags.includes("--print"), post: flags.includes("--post") };
    const code = await runDigest(choice, {
      config: config(env),
      logger: createLogger({ level: "silent", pretty: false }),
      engine,
      clock,
      stdout: out.stream,
      stderr: err.stream,
      retry: fastRetry,
    });
    return { code, out: out.text(), err: err.text() };
  }

  it("--print shows the digest as readable text, covering the last 24 hours", async () => {
    const { code, out, err } = await run(["--print"]);
    expect(err).toContain(
      "verbatim: no digest channel is configured, so this is the digest as a terminal shows it.",
    );
    expect(code).toBe(0);
    expect(out).toContain("Digest: what's new");
    expect(out).toContain("Missiles hit bases — BBC · 2020-01-08 · 1 quotation from Donald Trump");
    expect(out).toContain("2 Jun 2024, 09:00 – 3 Jun 2024, 09:00 (UTC)");
    expect(out).not.toContain("\u001b[");
  });

  it("--post posts to every configured channel; the next preview starts where it ended", async () => {
    const posted = await run(["--post"], channels());
    expect(posted).toMatchObject({ code: 0, err: "" });
    expect(posted.out).toBe("Digest posted to slack:C0DIGEST, discord:1023456789012345678.\n");
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
    const later = await run(["--print"], channels(), new FakeClock("2024-06-03T15:00:00Z"));
    expect(later.out).toContain("Digest: nothing new");
    expect(later.out).toContain("3 Jun 2024, 09:00 – 3 Jun 2024, 15:00 (UTC)");
  });

  it("--print shows, per channel, exactly what --post then posts there", async () => {
    const printed = await run(["--print"], channels());
    expect(printed.code).toBe(0);
    const [slackPart, discordPart] = printed.out.split(/^── discord:1023456789012345678 ─+\n/m);
    expect(slackPart).toMatch(/^── slack:C0DIGEST ─+\n/);
    await run(["--post"], channels());
    const slackBlocks = slack.posts[0]?.blocks as Parameters<typeof blocksToText>[0];
    expect(slackPart?.replace(/^── slack:C0DIGEST ─+\n/, "").trimEnd()).toBe(
      blocksToText(slackBlocks).trimEnd(),
    );
    const embed = discord.posts[0]?.body.embeds?.[0];
    expect(discordPart?.startsWith(`${embed?.title}\n\n${embed?.description}`)).toBe(true);
    for (const field of embed?.fields ?? []) expect(discordPart).toContain(`${field.name}\n${field.value}`);
  });

  it("--post says clearly when no channel is configured", async () => {
    const { code, err } = await run(["--post"]);
    expect(code).toBe(2);
    expect(err).toContain("no digest channel is configured. Set DIGEST_SLACK_CHANNEL");
  });

  // A channel without its platform's token never gets this far: the configuration is refused (see load-config).
  it("--post names the channel it could not post to, after posting to the others", async () => {
    discord.fail({ kind: "refused" });
    const { code, out, err } = await run(["--post"], channels());
    expect(code).toBe(1);
    expect(out).toBe("Digest posted to slack:C0DIGEST.\n");
    expect(err).toContain("could not post the digest to discord:1023456789012345678");
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(0);
  });

  it("asks for exactly one of --print and --post", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["--print", "--post"])).err).toContain("choose one of --print or --post");
  });

  it("explains, without a stack trace, when the database is held by a running bot", async () => {
    const bot = await openStorage({ dataDir, logger: silentLogger });
    try {
      const { code, err } = await run(["--print"]);
      expect(code).toBe(2);
      expect(err).toMatch(/^verbatim: the digest needs the database.*in use by another Verbatim process/);
      expect(err).not.toContain("    at ");
    } finally {
      await bot.close();
    }
  });
  it("names PostgreSQL and DATABASE_URL, without the password, when the server cannot be reached", async () => {
    const { code, err } = await run(["--print"], {
      DATABASE_URL: "postgres://verbatim:hunter2pw@127.0.0.1:1/news",
    });
    expect(code).toBe(2);
    expect(err).toMatch(
      /^verbatim: the digest needs the database.*PostgreSQL at 127\.0\.0\.1:1.*DATABASE_URL/,
    );
    expect(err).not.toContain("hunter2pw");
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});
