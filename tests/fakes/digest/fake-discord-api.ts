import type { IncomingMessage, ServerResponse } from "node:http";
import { type Fault, type Hit, listen, readBody, sendJson, wait } from "./fake-server.js";

export interface DiscordPost {
  id: string;
  channel: string;
  body: {
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    allowed_mentions?: { parse?: string[] };
    nonce?: string;
    enforce_nonce?: boolean;
    content?: string;
  };
}

/**
 * A fake of Discord's `POST /channels/:id/messages`, including its nonce check: with `enforce_nonce`, a second
 * message with a recent nonce returns the first one instead of posting again.
 */
export async function startFakeDiscordApi(token: string) {
  const posts: DiscordPost[] = [];
  const hits: Hit[] = [];
  const faults: Fault[] = [];
  let nextId = 1_100_000_000_000_000_000n;

  function post(channel: string, body: DiscordPost["body"]): DiscordPost {
    const earlier =
      body.enforce_nonce && body.nonce ? posts.find((p) => p.body.nonce === body.nonce) : undefined;
    if (earlier) return earlier;
    nextId += 1n;
    const message = { id: String(nextId), channel, body };
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

  const server = await listen(async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "";
    hits.push({ path, at: Date.now() });
    const raw = await readBody(req);
    if (req.headers.authorization !== `Bot ${token}`)
      return sendJson(res, 401, { message: "401: Unauthorized", code: 0 });
    const match = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (req.method === "POST" && match) return create(match[1]!, JSON.parse(raw) as DiscordPost["body"], res);
    sendJson(res, 404, { message: "404: Not Found", code: 0 });
  });

  return {
    /** Pass as DISCORD_API_URL. */
    apiUrl: `${server.url}/api`,
    posts,
    hits,
    postHits: () => hits.filter((h) => h.path.endsWith("/messages")),
    /** Faults applied to the next message posts, in order. */
    fail: (...next: Fault[]) => void faults.push(...next),
    close: server.close,
  };
}

export type FakeDiscordApi = Awaited<ReturnType<typeof startFakeDiscordApi>>;
