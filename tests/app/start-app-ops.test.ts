import { afterEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app/start-app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { APPLICATION_ID, BOT_TOKEN as DISCORD_TOKEN, FakeDiscord } from "../fakes/discord/fake-discord.js";
import { slashCommand } from "../fakes/discord/interaction-payloads.js";
import { freshDataDir } from "../fakes/prepared-data-dir.js";
import { startFakeSlackApi } from "../fakes/slack/fake-slack-api.js";
import { startFakeSocketServer } from "../fakes/slack/fake-socket-server.js";
import { captureLogs } from "../fakes/slack/slack-harness.js";
import { BOT_TOKEN } from "../fakes/slack/slack-requests.js";
import { sample } from "../ops/prometheus-text.js";
import { freePort, tempCorpus } from "./app-fixtures.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
// Creating an embedded database takes seconds on a busy machine; each test copies one made once.

async function boot(env: Record<string, string>): Promise<RunningApp> {
  const config = loadConfig(
    {
      CORPUS_DIR: tempCorpus(),
      DATA_DIR: await freshDataDir(),
      HTTP_PORT: String(await freePort()),
      ...env,
    },
    {},
  );
  const app = await startApp(config, captureLogs().logger);
  cleanups.push(() => app.stop());
  return app;
}

const get = (app: RunningApp, path: string) => fetch(`http://127.0.0.1:${app.opsPort}${path}`);
const metricsOf = async (app: RunningApp) => (await get(app, "/metrics")).text();

describe("health and metrics in modes without a Slack HTTP port", () => {
  it("in Socket Mode, which has no other port", async () => {
    const api = await startFakeSlackApi();
    const socket = await startFakeSocketServer();
    cleanups.push(
      () => api.close(),
      () => socket.close(),
    );
    api.socketUrl = socket.url;
    const app = await boot({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-A1-1234-socketsecret",
      SLACK_API_URL: api.apiUrl,
    });
    await socket.connected();
    expect((await get(app, "/healthz")).status).toBe(200);
    const ready = await get(app, "/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      checks: { slack: { ok: true, detail: "connected" } },
    });
    expect(await metricsOf(app)).toContain("# TYPE verbatim_verify_duration_seconds histogram");
  });

  it("with Discord alone, counting its verifications under its own name", async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const app = await boot({
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: discord.apiUrl,
    });
    const ready = await get(app, "/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      checks: { discord: { ok: true, detail: "connected" } },
    });
    const payload = slashCommand("verify", { quote: "We do not seek escalation or war" });
    await discord.interact(payload);
    await discord.edit(payload, 10_000);
    const text = await metricsOf(app);
    expect(sample(text, 'verbatim_verifications_total{front_end="discord",verdict="verified"}')).toBe(1);
    expect(sample(text, 'verbatim_ack_duration_seconds_count{front_end="discord"}')).toBe(1);
  });
});
