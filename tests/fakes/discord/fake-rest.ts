import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { APPLICATION_ID, BOT_TOKEN, BOT_USER, CHANNEL_ID, nextSnowflake } from "./fake-ids.js";

/**
 * Discord's REST API as far as Verbatim uses it, on 127.0.0.1 and a random port. Every request is recorded so
 * tests can assert what a user would see; `failNext` makes one matching request fail the way Discord would.
 */

export interface RecordedRequest {
  method: string;
  /** The path after the API version, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  at: number;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
}

type Handler = (request: RecordedRequest, match: RegExpMatchArray) => { status: number; body?: unknown };

function messageFrom(body: unknown, channelId = CHANNEL_ID): Record<string, unknown> {
  const data = (body ?? {}) as Record<string, unknown>;
  return {
    id: nextSnowflake(),
    channel_id: channelId,
    author: BOT_USER,
    content: data.content ?? "",
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    flags: data.flags ?? 0,
  };
}

function echoCommands(body: unknown, guildId?: string) {
  const list = Array.isArray(body) ? body : [];
  return list.map((command: Record<string, unknown>) => ({
    ...command,
    id: nextSnowflake(),
    application_id: APPLICATION_ID,
    version: nextSnowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  }));
}

export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  readonly #failures: Failure[] = [];
  readonly #waiters = new Set<() => void>();
  #server: Server | undefined;
  gatewayUrl = "ws://127.0.0.1:1";
  url = "";

  readonly #routes: [string, RegExp, Handler, boolean][] = [
    [
      "GET",
      /^\/gateway\/bot$/,
      () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      }),
      true,
    ],
    ["GET", /^\/users\/@me$/, () => ({ status: 200, body: BOT_USER }), true],
    ["PUT", /^\/applications\/(\d+)\/commands$/, (r) => ({ status: 200, body: echoCommands(r.body) }), true],
    [
      "PUT",
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (r, m) => ({ status: 200, body: echoCommands(r.body, m[2]) }),
      true,
    ],
    ["POST", /^\/interactions\/(\d+)\/([^/]+)\/callback$/, () => ({ status: 204 }), false],
    [
      "PATCH",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
      (r) => ({ status: 200, body: messageFrom(r.body) }),
      false,
    ],
    ["POST", /^\/webhooks\/(\d+)\/([^/]+)$/, (r) => ({ status: 200, body: messageFrom(r.body) }), false],
    [
      "POST",
      /^\/channels\/(\d+)\/messages$/,
      (r, m) => ({ status: 200, body: messageFrom(r.body, m[1]) }),
      true,
    ],
  ];

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api`;
    return this;
  }

  async close(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  /** The next request matching method and path gets this status and JSON body instead of the normal answer. */
  failNext(method: string, path: RegExp, status: number, body: unknown): void {
    this.#failures.push({ method, path, status, body });
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  async waitFor(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 10_000,
  ): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching Discord request within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.#waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.#waiters.add(wake);
      });
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname.replace(/^.*?\/v\d+(?=\/)/, ""),
      query: Object.fromEntries(url.searchParams),
      body: raw && req.headers["content-type"]?.includes("json") ? JSON.parse(raw) : raw || undefined,
      authorization: req.headers.authorization,
      at: Date.now(),
    };
    this.requests.push(request);
    const { status, body } = this.#answer(request);
    res.writeHead(status, body === undefined ? {} : { "content-type": "application/json" });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    for (const wake of [...this.#waiters]) wake();
  }

  #answer(request: RecordedRequest): { status: number; body?: unknown } {
    const failure = this.#failures.findIndex((f) => f.method === request.method && f.path.test(request.path));
    if (failure >= 0) {
      const [f] = this.#failures.splice(failure, 1);
      return { status: f?.status ?? 500, body: f?.body };
    }
    for (const [method, pattern, handler, needsAuth] of this.#routes) {
      const match = request.path.match(pattern);
      if (method !== request.method || !match) continue;
      if (needsAuth && request.authorization !== `Bot ${BOT_TOKEN}`) {
        return { status: 401, body: { code: 0, message: "401: Unauthorized" } };
      }
      return handler(request, match);
    }
    return { status: 404, body: { code: 0, message: "404: Not Found" } };
  }
}
