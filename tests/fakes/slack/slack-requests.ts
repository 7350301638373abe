/**
 * What Slack sends to a request URL, signed the way Slack signs it:
 * `x-slack-signature: v0=HMAC-SHA256(signing secret, "v0:{timestamp}:{body}")`.
 */
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543";
export const BOT_TOKEN = "xoxb-1111-2222-secretbotvalue";

export interface PostResult {
  status: number;
  body: string;
  /** Milliseconds from sending to the complete HTTP response (Slack's 3-second acknowledgement clock). */
  ms: number;
}

export function sign(body: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) };
}

export async function postSigned(
  port: number,
  body: string,
  options: { secret?: string; headers?: Record<string, string> } = {},
): Promise<PostResult> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...sign(body, options.secret),
      ...options.headers,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}

export interface SlashCommand {
  command: string;
  text: string;
  responseUrl: string;
  channelId?: string;
  userId?: string;
}

export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T1",
    team_domain: "test",
    channel_id: c.channelId ?? "C1",
    channel_name: "newsroom",
    user_id: c.userId ?? "U1",
    user_name: "jane",
    command: c.command,
    text: c.text,
    api_app_id: "A1",
    response_url: c.responseUrl,
    trigger_id: "1337.42.abcdef",
  }).toString();
}

export function interactionBody(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function buttonPayload(
  action: { actionId: string; value: string },
  responseUrl: string,
  channelId = "C1",
) {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "test" },
    user: { id: "U1", username: "jane", name: "jane", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: "1700000000.000300",
      channel_id: channelId,
      is_ephemeral: true,
    },
    trigger_id: "1337.43.abcdef",
    channel: { id: channelId, name: "newsroom" },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: action.actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "button" },
        value: action.value,
        action_ts: "1700000001.000000",
      },
    ],
  };
}

export function messageShortcutPayload(messageText: string, responseUrl: string, channelId = "C1") {
  return {
    type: "message_action",
    token: "legacy-verification-token",
    action_ts: "1700000002.000000",
    team: { id: "T1", domain: "test" },
    user: { id: "U1", name: "jane" },
    channel: { id: channelId, name: "newsroom" },
    callback_id: "verify_quote",
    trigger_id: "1337.44.abcdef",
    message_ts: "1700000000.000400",
    message: { type: "message", user: "U2", ts: "1700000000.000400", text: messageText },
    response_url: responseUrl,
  };
}

/** Signs and sends `bodies` all at once from a separate thread; resolves with each request's timing. */
export async function postBurst(port: number, bodies: string[]): Promise<PostResult[]> {
  const { Worker } = await import("node:worker_threads");
  const requests = bodies.map((body) => ({
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", ...sign(body) },
  }));
  const worker = new Worker(new URL("./burst-sender.mjs", import.meta.url), {
    workerData: { url: `http://127.0.0.1:${port}/slack/events`, requests },
  });
  try {
    return await new Promise<PostResult[]>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}
