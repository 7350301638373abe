import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app/start-app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { freshDataDir } from "../fakes/prepared-data-dir.js";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "../fakes/slack/fake-slack-api.js";
import { readable } from "../fakes/slack/read-message.js";
import { captureLogs } from "../fakes/slack/slack-harness.js";
import { BOT_TOKEN, postSigned, SIGNING_SECRET, slashCommandBody } from "../fakes/slack/slack-requests.js";

let app: RunningApp | undefined;
let api: FakeSlackApi | undefined;

afterEach(async () => {
  await app?.stop();
  await api?.close();
  app = undefined;
  api = undefined;
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "verbatim-app-corpus-"));
  cpSync("corpus", dir, { recursive: true });
  return dir;
}

describe("startApp", () => {
  it("serves Slack from the configuration, records each check and picks up new corpus files", async () => {
    api = await startFakeSlackApi();
    const corpusDir = tempCorpus();
    const config = loadConfig(
      {
        CORPUS_DIR: corpusDir,
        DATA_DIR: await freshDataDir("verbatim-app-data-"),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PORT: String(await freePort()),
        SLACK_API_URL: api.apiUrl,
      },
      {},
    );
    const { logger } = captureLogs();
    app = await startApp(config, logger, { watchIntervalMs: 100 });
    expect(app.services).toContain("slack");

    const port = config.SLACK_PORT;
    const body = slashCommandBody({
      command: "/verify",
      text: "All is well",
      responseUrl: api.responseUrl("a1"),
    });
    expect((await postSigned(port, body)).status).toBe(200);
    const answer = await waitFor(() => api?.responses.find((r) => r.id === "a1"), 10_000, "answer");
    expect(readable(answer.body)).toContain("Verified");
    const since = new Date(Date.now() - 60_000);
    let summary = await app.storage.summariseChecks(since, new Date(Date.now() + 60_000));
    for (let tries = 0; summary.total === 0 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      summary = await app.storage.summariseChecks(since, new Date(Date.now() + 60_000));
    }
    expect(summary.byVerdict.verified).toBe(1);

    writeFileSync(
      join(corpusDir, "005-new.txt"),
      '---\ntitle: Harbour plan\nsource: Coast Gazette\ndate: 2020-01-09\n---\n"The harbour wall will be finished by spring," Mayor Ines Okafor said.\n',
    );
    await waitFor(
      () => app?.engine().articles.find((a) => a.id === "005-new.txt"),
      10_000,
      "reloaded corpus",
    );
    expect(app?.engine().verify({ quote: "The harbour wall will be finished by spring" }).speaker).toBe(
      "Ines Okafor",
    );
  });
});
