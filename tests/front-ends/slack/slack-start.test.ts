import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startSlack } from "../../../src/front-ends/slack/slack-front-end.js";
import { fakeEngine } from "../../fakes/fake-engine.js";
import { startFakeSlackApi } from "../../fakes/slack/fake-slack-api.js";
import { captureLogs, contextFor } from "../../fakes/slack/slack-harness.js";
import { BOT_TOKEN, SIGNING_SECRET } from "../../fakes/slack/slack-requests.js";

const context = contextFor(() => fakeEngine([]));

describe("starting the Slack front end", () => {
  it("explains that HTTP mode needs the signing secret", async () => {
    const { logger } = captureLogs();
    await expect(startSlack({ botToken: BOT_TOKEN, port: 0, context, logger })).rejects.toThrow(
      /SLACK_SIGNING_SECRET is required.*SLACK_APP_TOKEN to use Socket Mode/,
    );
  });

  it("explains a rejected bot token", async () => {
    const api = await startFakeSlackApi();
    api.answer("auth.test", { ok: false, error: "invalid_auth" });
    const { logger, logs } = captureLogs();
    try {
      await expect(
        startSlack({
          botToken: BOT_TOKEN,
          signingSecret: SIGNING_SECRET,
          port: 0,
          apiUrl: api.apiUrl,
          context,
          logger,
        }),
      ).rejects.toThrow("Slack rejected the token (invalid_auth). Check SLACK_BOT_TOKEN");
      expect(logs.lines.join("")).not.toContain(BOT_TOKEN);
    } finally {
      await api.close();
    }
  });

  it("gives up on an API that never answers instead of hanging", async () => {
    // Accepts connections and never responds: the Web API timeout must end the wait.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const apiUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`;
    const { logger } = captureLogs();
    try {
      await expect(
        startSlack({
          botToken: BOT_TOKEN,
          signingSecret: SIGNING_SECRET,
          port: 0,
          apiUrl,
          context,
          logger,
          requestTimeoutMs: 300,
        }),
      ).rejects.toThrow(`Could not connect to Slack at ${apiUrl}`);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
