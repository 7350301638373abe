import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext, Requester } from "../../commands/context.js";
import { plain, type Reply } from "../../commands/reply.js";
import { verifyCommand } from "../../commands/verify.js";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import { openEngine } from "../../src/core/engine.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Engine } from "../../src/core/types.js";
import { renderReplyMessage } from "../../src/front-ends/discord/render-embeds.js";
import { renderReplyBlocks } from "../../src/front-ends/slack/render-blocks.js";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { FakeClock } from "../fakes/digest/fake-clock.js";
import { freshDataDir } from "./scheduler-harness.js";

const from = new Date("2024-06-03T08:00:00Z");
const to = new Date("2024-06-04T08:00:00Z");

describe("a digest of the bundled seed corpus", () => {
  let dataDir: string;
  let storage: Storage;
  let engine: Engine;
  let reply: Reply;

  beforeAll(async () => {
    engine = await openEngine({ corpusDir: "corpus" });
    dataDir = await freshDataDir();
    storage = await openStorage({ dataDir, logger: silentLogger });
    await storage.noteDocuments(engine.articles, new Date("2024-06-03T09:00:00Z"));
    const context: CommandContext = {
      corpus: inProcessCorpus(() => engine),
      logger: silentLogger,
      clock: new FakeClock("2024-06-03T10:00:00Z"),
      recordCheck: (check) => storage.recordCheck(check),
    };
    const someone: Requester = { frontEnd: "slack", channelId: "C1", userId: "U1" };
    await verifyCommand.run({ quote: "All is well" }, context, someone);
    await verifyCommand.run({ quote: "all is well" }, context, { ...someone, userId: "U2" });
    await verifyCommand.run(
      { quote: "We do not seek escalation or war", speaker: "Mike Pompeo" },
      context,
      someone,
    );
    await verifyCommand.run(
      { quote: "The moon is made of green cheese and always has been" },
      context,
      someone,
    );
    reply = (await buildDigest({ corpus: inProcessCorpus(() => engine), storage, from, to }))!;
  });
  afterAll(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const section = (heading: string) =>
    reply.sections.find((s) => s.heading === heading)?.items.map(plain) ?? [];

  it("lists the five seed articles as new, with who they quote", () => {
    const articles = section("New articles");
    expect(articles).toHaveLength(5);
    expect(articles).toContainEqual(
      expect.stringMatching(/^Iran leaves Trump an off-ramp.* — NBC News · 2020-01-08/),
    );
    expect(articles.join("\n")).toContain("Mohammad Javad Zarif");
  });

  it("shows Zarif's tweet worded differently by TIME and the other outlets", () => {
    const zarif = section("Worded differently across outlets").find((line) => line.includes("proportionate"));
    expect(zarif).toContain("Mohammad Javad Zarif");
    expect(zarif).toContain("“Iran took & concluded proportionate measures in self-defense”");
    expect(zarif).toContain("“iran took concluded proportionate measures in self defense” (TIME)");
    expect(zarif).toContain("NBC News");
  });

  it("counts the checks run through /verify by verdict", () => {
    const verdicts = plain(reply.fields.find((f) => f.label === "Checks by verdict")!.value);
    expect(verdicts).toBe("✅ Verified: 2 · 🔀 Misattributed: 1 · ❌ Not found: 1");
    expect(section("Most-checked quotations")[0]).toBe(
      "“all is well” — 2 checks · ✅ Verified · Donald Trump",
    );
  });

  it("fits Slack's and Discord's message limits", () => {
    const slack = renderReplyBlocks(reply);
    expect(slack.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(slack.blocks)).toContain("Worded differently across outlets");
    const discord = renderReplyMessage(reply);
    const embed = discord.embeds[0]!;
    const size =
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(6000);
    expect(discord.allowed_mentions).toEqual({ parse: [] });
  });
});
