import type { IncomingMessage, ServerResponse } from "node:http";
import { type Fault, type Hit, listen, readBody, sendJson, wait } from "./fake-server.js";

/** The bot's own user id, as `GET /users/@me` tells it. */
export const BOT_USER_ID = "1000000000000000001";
const DISCORD_EPOCH = 1_420_070_400_000n;

export interface DiscordPost {
  id: string;
  channel: string;
  body: {
    embeds?: {
      title?: string;
      description?: string;
      timestamp?: string;
      fields?: { name: string; value: string }[];
    }[];
    allowed_mentions?: { parse?: string[] };
    nonce?: string;
    enforce_nonce?: boolean;
    content?: string;
  };
}

export interface FakeDiscordOptions {
  /** Whether the bot may read channel history (Read Message History); default true. */
  readHistory?: boolean;
}

/**
 * A fake of Discord's `POST /channels/:id/messages`, including its nonce check (with `enforce_nonce`, a second
 * message with a recent nonce returns the first one instead of posting again), of `GET /channels/:id/messages`,
 * `GET /channels/:id` and `GET /users/@me`. Message ids are snowflakes of the real time they were posted.
 */
export async function startFakeDiscordApi(token: string, options: FakeDiscordOptions = {}) {
  const posts: DiscordPost[] = [];
  const hits: Hit[] = [];
  const faults: Fault[] = [];
  /** Nonces Discord still remembers: it forgets them after a few minutes. */
  const recentNonces = new Map<string, DiscordPost>();
  let sequence = 0n;

  function post(channel: string, body: DiscordPost["body"]): DiscordPost {
    const earlier = body.enforce_nonce && body.nonce ? recentNonces.get(body.nonce) : undefined;
    // A test that empties `posts` starts from a channel without them.
    if (earlier && posts.includes(earlier)) return earlier;
    sequence += 1n;
    const id = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + sequence;
    const message = { id: String(id), channel, body };
    if (body.nonce) recentNonces.set(body.nonce, message);
    posts.push(message);
    return message;
  }

  async function create(channel: string, body: DiscordPost["body"], res: ServerResponse): Promise<void> {
    const fault = faults.shift();
    if (fault?.kind === "rate-limited") {
      const retry = fault.retryAfterSeconds;
      return sendJson(
        res,
        429,
        { message: "You are being rate limited.", retry_after: retry, global: false },
        { "retry-after": String(retry), "x-ratelimit-scope": "user" },
      );
    }
    if (fault?.kind === "server-error")
      return sendJson(res, fault.status ?? 500, { message: "Internal Server Error" });
    if (fault?.kind === "refused") return sendJson(res, 403, { message: "Missing Access", code: 50001 });
    if (fault?.kind === "slow") {
      const message = fault.processed ? post(channel, body) : undefined;
      await wait(fault.delayMs);
      return sendJson(res, 200, { id: message?.id ?? "0", channel_id: channel });
    }
    const message = post(channel, body);
    sendJson(res, 200, { id: message.id, channel_id: channel, embeds: body.embeds ?? [] });
  }

  function history(channel: string, query: URLSearchParams, res: ServerResponse): void {
    // Discord hides the history of a channel the bot may not read by answering an empty list, not an error.
    if (options.readHistory === false) {
      sendJson(res, 200, []);
      return;
    }
    const after = BigInt(query.get("after") ?? "0");
    const messages = posts
      .filter((p) => p.channel === channel && BigInt(p.id) > after)
      .reverse()
      .map((p) => ({
        id: p.id,
        channel_id: channel,
        author: { id: BOT_USER_ID, bot: true },
        embeds: p.body.embeds ?? [],
      }));
    sendJson(res, 200, messages);
  }

  const server = await listen(async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "";
    hits.push({ path, at: Date.now() });
    const raw = await readBody(req);
    if (req.headers.authorization !== `Bot ${token}`)
      return sendJson(res, 401, { message: "401: Unauthorized", code: 0 });
    if (req.method === "GET" && path === "/api/v10/users/@me")
      return sendJson(res, 200, { id: BOT_USER_ID, bot: true });
    const [route = "", search = ""] = path.split("?");
    const match = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(route);
    if (req.method === "POST" && match) return create(match[1]!, JSON.parse(raw) as DiscordPost["body"], res);
    if (req.method === "GET" && match) return history(match[1]!, new URLSearchParams(search), res);
    const channel = /^\/api\/v10\/channels\/(\d+)$/.exec(route);
    if (req.method === "GET" && channel) {
      const newest = posts.filter((p) => p.channel === channel[1]).at(-1);
      return sendJson(res, 200, { id: channel[1], type: 0, last_message_id: newest?.id ?? null });
    }
    sendJson(res, 404, { message: "404: Not Found", code: 0 });
  });

  return {
    /** Pass as DISCORD_API_URL. */
    apiUrl: `${server.url}/api`,
    posts,
    hits,
    postHits: () => hits.filter((h) => h.path.endsWith("/messages")),
    /** The few minutes for which Discord remembers a nonce have passed. */
    forgetNonces: () => recentNonces.clear(),
    /** Faults applied to the next message posts, in order. */
    fail: (...next: Fault[]) => void faults.push(...next),
    close: server.close,
  };
}

export type FakeDiscordApi = Awaited<ReturnType<typeof startFakeDiscordApi>>;
