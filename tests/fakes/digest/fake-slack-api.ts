import type { IncomingMessage, ServerResponse } from "node:http";
import { type Fault, type Hit, listen, readBody, sendJson, wait } from "./fake-server.js";

export interface SlackPost {
  channel: string;
  text: string;
  blocks: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  ts: string;
}

/**
 * A fake of the two Slack Web API methods the digest uses: chat.postMessage and conversations.history. Requests
 * are form-encoded with the token in the Authorization header, as @slack/web-api sends them.
 */
export async function startFakeSlackApi(token: string) {
  const posts: SlackPost[] = [];
  const hits: Hit[] = [];
  const faults: Fault[] = [];
  let sequence = 0;

  function post(form: URLSearchParams): SlackPost {
    sequence += 1;
    const metadata = form.get("metadata");
    const message: SlackPost = {
      channel: form.get("channel") ?? "",
      text: form.get("text") ?? "",
      blocks: JSON.parse(form.get("blocks") ?? "[]") as unknown[],
      ...(metadata ? { metadata: JSON.parse(metadata) } : {}),
      // Slack message timestamps are seconds since the epoch with a unique suffix.
      ts: `${Math.floor(Date.now() / 1000)}.${String(sequence).padStart(6, "0")}`,
    };
    posts.push(message);
    return message;
  }

  async function postMessage(form: URLSearchParams, res: ServerResponse): Promise<void> {
    const fault = faults.shift();
    if (fault?.kind === "rate-limited") {
      return sendJson(
        res,
        429,
        { ok: false, error: "ratelimited" },
        { "retry-after": String(fault.retryAfterSeconds) },
      );
    }
    if (fault?.kind === "server-error") return sendJson(res, fault.status ?? 500, { ok: false });
    if (fault?.kind === "refused") return sendJson(res, 200, { ok: false, error: "channel_not_found" });
    if (fault?.kind === "slow") {
      const message = fault.processed ? post(form) : undefined;
      await wait(fault.delayMs);
      return sendJson(res, 200, { ok: true, channel: message?.channel, ts: message?.ts });
    }
    const message = post(form);
    sendJson(res, 200, { ok: true, channel: message.channel, ts: message.ts });
  }

  function history(form: URLSearchParams, res: ServerResponse): void {
    const oldest = Number(form.get("oldest") ?? "0");
    const withMetadata = form.get("include_all_metadata") === "true";
    const messages = posts
      .filter((p) => p.channel === form.get("channel") && Number(p.ts) >= oldest)
      .reverse()
      .map((p) => ({
        type: "message",
        ts: p.ts,
        text: p.text,
        ...(withMetadata && p.metadata ? { metadata: p.metadata } : {}),
      }));
    sendJson(res, 200, { ok: true, messages, has_more: false });
  }

  const server = await listen(async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "";
    hits.push({ path, at: Date.now() });
    const form = new URLSearchParams(await readBody(req));
    if (req.headers.authorization !== `Bearer ${token}`)
      return sendJson(res, 200, { ok: false, error: "invalid_auth" });
    if (path === "/api/chat.postMessage") return postMessage(form, res);
    if (path === "/api/conversations.history") return history(form, res);
    sendJson(res, 404, { ok: false, error: "unknown_method" });
  });

  return {
    /** Pass as SLACK_API_URL. */
    apiUrl: `${server.url}/api/`,
    posts,
    hits,
    postHits: () => hits.filter((h) => h.path === "/api/chat.postMessage"),
    /** Faults applied to the next chat.postMessage calls, in order. */
    fail: (...next: Fault[]) => void faults.push(...next),
    close: server.close,
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;
