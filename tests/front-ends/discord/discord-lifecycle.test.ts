import { afterEach, describe, expect, it } from "vitest";
import type { CheckRecord } from "../../../commands/index.js";
import { inProcessCorpus } from "../../../src/core/corpus-service.js";
import { silentLogger, systemClock } from "../../../src/core/logger.js";
import { startDiscord } from "../../../src/front-ends/discord/discord-front-end.js";
import { createLogger } from "../../../src/logging/logger.js";
import { type BotHarness, embedOf, startBotHarness } from "../../fakes/discord/bot-harness.js";
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { slashCommand } from "../../fakes/discord/interaction-payloads.js";
import { fakeEngine } from "../../fakes/fake-engine.js";

const engine = fakeEngine([
  {
    text: "All is well",
    speaker: "Donald Trump",
    source: "NBC News",
    title: "Iran strikes back",
    url: "https://www.nbcnews.com/iran",
    date: "2020-01-08",
  },
]);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function quietLogger() {
  return createLogger({ level: "silent", pretty: false });
}

describe("starting and stopping", () => {
  it("finishes the answer in progress before disconnecting, and tells late users it is restarting", async () => {
    let release: () => void = () => {};
    const recorded = new Promise<void>((resolve) => {
      release = resolve;
    });
    const harness: BotHarness = await startBotHarness(engine, {
      recordCheck: (_check: CheckRecord) => recorded,
    });
    cleanups.push(() => harness.fake.close());
    const payload = slashCommand("verify", { quote: "All is well" });
    await harness.fake.interact(payload);
    await harness.fake.callback(payload);

    let stopped = false;
    const stopping = harness.bot.stop().then(() => {
      stopped = true;
    });
    const late = slashCommand("verify", { quote: "All is well" });
    await harness.fake.interact(late);
    const lateReply = await harness.fake.callback(late);
    expect(embedOf(lateReply).title).toBe("🔄 Verbatim is restarting");
    expect(stopped).toBe(false);
    expect(harness.bot.status()).toEqual({ ok: false, detail: "stopping" });
    expect(harness.fake.trace(payload).edits).toHaveLength(0);

    release();
    await stopping;
    expect(embedOf(await harness.fake.edit(payload, 1000)).title).toBe("✅ Verified");
    const live = harness.fake.gateway.connections.at(-1);
    expect(live?.socket.readyState).toBe(live?.socket.CLOSED);
  });

  it("fails start-up with a clear message when Discord rejects the token", async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const attempt = startDiscord({
      token: "MTA5ODc2NTQzMjEwOTg3NjU0.GAbcDe.this-token-is-not-the-right-one-at-all",
      applicationId: APPLICATION_ID,
      apiUrl: fake.apiUrl,
      context: { corpus: inProcessCorpus(() => engine), logger: silentLogger, clock: systemClock },
      logger: quietLogger(),
    });
    await expect(attempt).rejects.toThrow(/^Could not connect to Discord: An invalid token was provided\.$/);
  });

  it("gives up connecting after the timeout instead of hanging", async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    fake.rest.gatewayUrl = "ws://127.0.0.1:9";
    const startedAt = Date.now();
    const attempt = startDiscord({
      token: BOT_TOKEN,
      applicationId: APPLICATION_ID,
      apiUrl: fake.apiUrl,
      context: { corpus: inProcessCorpus(() => engine), logger: silentLogger, clock: systemClock },
      logger: quietLogger(),
      connectTimeoutMs: 1000,
    });
    await expect(attempt).rejects.toThrow(
      "Could not connect to Discord: no answer from the Discord gateway within 1 s",
    );
    expect(Date.now() - startedAt).toBeLessThan(5000);
  });
});
