import { afterEach, describe, expect, it } from "vitest";
import {
  type SlackFrontEnd as SlackHandle,
  startSlack,
} from "../../../src/front-ends/slack/slack-front-end.js";
import { fakeEngine } from "../../fakes/fake-engine.js";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "../../fakes/slack/fake-slack-api.js";
import { type FakeSocketServer, startFakeSocketServer } from "../../fakes/slack/fake-socket-server.js";
import { readable } from "../../fakes/slack/read-message.js";
import { captureLogs, contextFor } from "../../fakes/slack/slack-harness.js";
import { BOT_TOKEN } from "../../fakes/slack/slack-requests.js";

const APP_TOKEN = "xapp-1-A1-1234-socketsecret";
const engine = fakeEngine([
  {
    speaker: "Donald Trump",
    text: "All is well!",
    source: "TIME",
    title: "Iran strikes",
    date: "2020-01-08",
  },
]);

let api: FakeSlackApi | undefined;
let socket: FakeSocketServer | undefined;
let slack: SlackHandle | undefined;
afterEach(async () => {
  await slack?.stop();
  await socket?.close();
  await api?.close();
  slack = undefined;
});

async function startInSocketMode() {
  const fakeApi = await startFakeSlackApi();
  const fakeSocket = await startFakeSocketServer();
  api = fakeApi;
  socket = fakeSocket;
  fakeApi.socketUrl = fakeSocket.url;
  const { logger, logs } = captureLogs();
  slack = await startSlack({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    port: 0,
    apiUrl: fakeApi.apiUrl,
    context: contextFor(() => engine),
    logger,
  });
  return { logs, fakeApi, fakeSocket };
}

describe("Slack in Socket Mode", () => {
  it("connects through apps.connections.open, acks a slash command envelope and answers at response_url", async () => {
    const { logs, fakeApi, fakeSocket } = await startInSocketMode();
    expect(slack?.port).toBeNull();
    await fakeSocket.connected();
    const open = fakeApi.calls.find((c) => c.method === "apps.connections.open");
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);

    fakeSocket.send({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        token: "legacy",
        team_id: "T1",
        channel_id: "C1",
        user_id: "U1",
        command: "/verify",
        text: "“All is well” — Donald Trump",
        response_url: fakeApi.responseUrl("sock-1"),
        trigger_id: "1.2.3",
        api_app_id: "A1",
      },
    });
    const ack = await waitFor(() => socket?.acks.find((a) => a.envelope_id === "env-1"), 3000, "the ack");
    expect(ack.envelope_id).toBe("env-1");
    const answer = await waitFor(
      () => api?.responses.find((r) => r.id === "sock-1")?.body,
      5000,
      "the answer",
    );
    expect(readable(answer)).toContain("✅ Verified");
    expect(readable(answer)).toContain(">All is well");
    expect(logs.lines.join("")).not.toContain("socketsecret");
  });

  it("reports its connection for readiness: connected, then not while the socket is down", async () => {
    const { fakeSocket } = await startInSocketMode();
    await fakeSocket.connected();
    expect(slack?.status()).toEqual({ ok: true, detail: "connected" });
    fakeSocket.drop();
    const down = await waitFor(
      () => {
        const status = slack?.status();
        return status?.ok === false ? status : undefined;
      },
      3000,
      "the dropped connection to show",
    );
    expect(down.detail).not.toBe("connected");
  });

  it("fails to start with a clear message when Slack rejects the app token", async () => {
    api = await startFakeSlackApi();
    api.answer("apps.connections.open", { ok: false, error: "invalid_auth" });
    const { logger } = captureLogs();
    await expect(
      startSlack({
        botToken: BOT_TOKEN,
        appToken: APP_TOKEN,
        port: 0,
        apiUrl: api.apiUrl,
        context: contextFor(() => engine),
        logger,
      }),
    ).rejects.toThrow(/Slack rejected the token \(invalid_auth\)\. Check SLACK_BOT_TOKEN/);
  });
});
