import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app/start-app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { freshDataDir } from "../fakes/prepared-data-dir.js";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "../fakes/slack/fake-slack-api.js";
import { readable } from "../fakes/slack/read-message.js";
import { captureLogs } from "../fakes/slack/slack-harness.js";
import { BOT_TOKEN, postSigned, SIGNING_SECRET, slashCommandBody } from "../fakes/slack/slack-requests.js";
import { sample } from "../ops/prometheus-text.js";
import { freePort, tempCorpus } from "./app-fixtures.js";

let app: RunningApp | undefined;
let api: FakeSlackApi | undefined;

// Creating an embedded database takes seconds on a busy machine; the test copies one made beforehand.

afterEach(async () => {
  await app?.stop();
  await api?.close();
  app = undefined;
  api = undefined;
});

describe("startApp", () => {
  it("serves Slack from the configuration, records each check and picks up new corpus files", {
    timeout: 120_000,
  }, async () => {
    api = await startFakeSlackApi();
    const corpusDir = tempCorpus();
    const config = loadConfig(
      {
        CORPUS_DIR: corpusDir,
        DATA_DIR: await freshDataDir(),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PORT: String(await freePort()),
        SLACK_API_URL: api.apiUrl,
        HTTP_PORT: String(await freePort()),
      },
      {},
    );
    const { logger } = captureLogs();
    app = await startApp(config, logger, { watchIntervalMs: 100, threads: 1 });
    expect(app.services).toContain("slack");
    const ops = (path: string) => fetch(`http://127.0.0.1:${app?.opsPort}${path}`);
    expect((await ops("/healthz")).status).toBe(200);
    const ready = await ops("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: {
        corpus: { ok: true, detail: "5 articles" },
        storage: { ok: true, detail: "embedded" },
        slack: { ok: true, detail: `listening on port ${config.SLACK_PORT}` },
      },
    });

    const port = config.SLACK_PORT;
    const body = slashCommandBody({
      command: "/verify",
      text: "All is well",
      responseUrl: api.responseUrl("a1"),
      userId: "U0SECRETUSER",
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
    const afterVerify = await (await ops("/metrics")).text();
    expect(sample(afterVerify, 'verbatim_verifications_total{front_end="slack",verdict="verified"}')).toBe(1);
    expect(sample(afterVerify, 'verbatim_verify_duration_seconds_count{front_end="slack"}')).toBe(1);
    expect(sample(afterVerify, 'verbatim_ack_duration_seconds_count{front_end="slack"}')).toBe(1);
    expect(sample(afterVerify, "verbatim_corpus_articles")).toBe(5);
    expect(afterVerify).not.toContain("U0SECRETUSER");
    expect(afterVerify).not.toContain("All is well");
    expect(afterVerify).not.toContain(BOT_TOKEN);

    writeFileSync(
      join(corpusDir, "005-new.txt"),
      '---\ntitle: Harbour plan\nsource: Coast Gazette\ndate: 2020-01-09\n---\n"The harbour wall will be finished by spring," Mayor Ines Okafor said.\n',
    );
    await waitFor(() => (app?.corpus?.stats().articles === 6 ? true : undefined), 30_000, "reloaded corpus");
    const reloaded = await app.corpus?.verify({ quote: "The harbour wall will be finished by spring" });
    expect(reloaded?.speaker).toBe("Ines Okafor");
    const afterReload = await (await ops("/metrics")).text();
    expect(sample(afterReload, 'verbatim_corpus_reloads_total{outcome="succeeded"}')).toBe(1);
    expect(sample(afterReload, "verbatim_corpus_articles")).toBe(6);
  });
});
