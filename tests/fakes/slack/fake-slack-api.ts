/**
 * A stand-in for Slack on 127.0.0.1: the Web API methods Verbatim calls (form-encoded POSTs to /api/METHOD, such
 * as chat.postMessage and views.publish), the response_url endpoint (JSON POSTs to /response/ID), and
 * apps.connections.open for Socket Mode.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeSlackApi {
  url: string;
  apiUrl: string;
  calls: ApiCall[];
  responses: ResponsePost[];
  responseUrl(id: string): string;
  /** Overrides the answer to a Web API method (e.g. `{ ok: false, error: "not_in_channel" }`). */
  answer(method: string, body: Record<string, unknown>): void;
  /** Response URL ids whose posts are read and never answered, like a stalled connection. */
  stalled: Set<string>;
  /** The WebSocket URL apps.connections.open hands out. */
  socketUrl: string | null;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The Web API client sends arguments form-encoded, with objects (blocks) as JSON strings. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

const defaults: Record<string, Record<string, unknown>> = {
  "auth.test": {
    ok: true,
    user_id: "UBOT",
    bot_id: "BBOT",
    team_id: "T1",
    team: "Test",
    url: "https://test.slack.com/",
  },
  "chat.postMessage": { ok: true, channel: "C1", ts: "1700000000.000100" },
  "chat.postEphemeral": { ok: true, message_ts: "1700000000.000200" },
  "views.publish": { ok: true, view: { id: "V0HOME", type: "home" } },
};

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const overrides = new Map<string, Record<string, unknown>>();
  const stalled = new Set<string>();
  const state = { socketUrl: null as string | null };
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const raw = await readBody(req);
    res.setHeader("content-type", "application/json");
    if (path.startsWith("/response/")) {
      if (stalled.has(path.slice("/response/".length))) return;
      responses.push({
        id: path.slice("/response/".length),
        body: JSON.parse(raw) as Record<string, unknown>,
      });
      res.end(JSON.stringify({ ok: true }));
      return;
    }
    const method = path.replace(/^\/api\//, "");
    calls.push({
      method,
      args: parseArgs(raw, req.headers["content-type"]),
      authorization: req.headers.authorization,
    });
    const body = overrides.get(method) ??
      (method === "apps.connections.open" ? { ok: true, url: state.socketUrl } : defaults[method]) ?? {
        ok: false,
        error: "unknown_method",
      };
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${url}/response/${id}`,
    answer: (method, body) => overrides.set(method, body),
    stalled,
    get socketUrl() {
      return state.socketUrl;
    },
    set socketUrl(value) {
      state.socketUrl = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `find` returns something, or fails after `timeoutMs`. */
export async function waitFor<T>(
  find: () => T | undefined,
  timeoutMs = 5000,
  what = "condition",
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
