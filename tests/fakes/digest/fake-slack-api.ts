import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse } from "yaml";
import { type Fault, type Hit, listen, readBody, sendJson, wait } from "./fake-server.js";

export interface SlackPost {
  channel: string;
  text: string;
  blocks: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  ts: string;
}

/** The bot scopes a workspace grants when the app is installed from the shipped manifest. */
export function manifestScopes(): string[] {
  const manifest = parse(readFileSync("slack-manifest.yaml", "utf8")) as {
    oauth_config: { scopes: { bot: string[] } };
  };
  return manifest.oauth_config.scopes.bot;
}

export interface FakeSlackOptions {
  /** The bot token's scopes; default: those of an install from slack-manifest.yaml. */
  scopes?: readonly string[];
  /** Whether the bot starts as a member of every channel (invited), as the README asks; default true. */
  member?: boolean;
  /** Channels that are private (their history needs groups:history, and they cannot be joined). */
  privateChannels?: readonly string[];
}

/**
 * A fake of the Slack Web API methods the digest uses: chat.postMessage, conversations.history and
 * conversations.join, each refused as Slack refuses it when the token lacks the scope or the bot is not in the
 * channel. Requests are form-encoded with the token in the Authorization header, as @slack/web-api sends them.
 */
export async function startFakeSlackApi(token: string, options: FakeSlackOptions = {}) {
  const posts: SlackPost[] = [];
  const hits: Hit[] = [];
  const faults: Fault[] = [];
  const scopes = new Set(options.scopes ?? manifestScopes());
  const joined = new Set<string>();
  let sequence = 0;

  const isPrivate = (channel: string) => options.privateChannels?.includes(channel) ?? false;
  const isMember = (channel: string) => (options.member ?? true) || joined.has(channel);
  /** Slack's answer to a call the token lacks a scope for. */
  function lacks(scope: string, res: ServerResponse): boolean {
    if (scopes.has(scope)) return false;
    sendJson(res, 200, { ok: false, error: "missing_scope", needed: scope, provided: [...scopes].join(",") });
    return true;
  }

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
    const channel = form.get("channel") ?? "";
    if (lacks("chat:write", res)) return;
    if (!isMember(channel)) {
      // A private channel the bot was not invited to does not exist as far as it can tell.
      if (isPrivate(channel)) return sendJson(res, 200, { ok: false, error: "channel_not_found" });
      if (lacks("chat:write.public", res)) return;
    }
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
    const channel = form.get("channel") ?? "";
    if (lacks(isPrivate(channel) ? "groups:history" : "channels:history", res)) return;
    if (!isMember(channel)) {
      sendJson(res, 200, { ok: false, error: "not_in_channel" });
      return;
    }
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

  function join(form: URLSearchParams, res: ServerResponse): void {
    const channel = form.get("channel") ?? "";
    if (lacks("channels:join", res)) return;
    if (isPrivate(channel)) {
      sendJson(res, 200, { ok: false, error: "method_not_supported_for_channel_type" });
      return;
    }
    joined.add(channel);
    sendJson(res, 200, { ok: true, channel: { id: channel } });
  }

  const server = await listen(async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "";
    hits.push({ path, at: Date.now() });
    const form = new URLSearchParams(await readBody(req));
    if (req.headers.authorization !== `Bearer ${token}`)
      return sendJson(res, 200, { ok: false, error: "invalid_auth" });
    if (path === "/api/chat.postMessage") return postMessage(form, res);
    if (path === "/api/conversations.history") return history(form, res);
    if (path === "/api/conversations.join") return join(form, res);
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
