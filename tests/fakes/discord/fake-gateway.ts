import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { APPLICATION_ID, BOT_TOKEN, BOT_USER, nextSnowflake } from "./fake-ids.js";

/**
 * Discord's gateway as discord.js 14 speaks it: JSON text frames (it asks for `?v=10&encoding=json` and adds
 * `compress=zlib-stream` only when the optional zlib-sync package is installed, which this fake refuses loudly).
 * HELLO → IDENTIFY → READY, heartbeats acknowledged, RESUME → RESUMED, and dispatches sent on demand.
 */

export interface GatewayConnection {
  query: Record<string, string>;
  /** "identify" or "resume" once the client has said which; null before. */
  opened: "identify" | "resume" | null;
  socket: WebSocket;
}

const HEARTBEAT_INTERVAL_MS = 41_250;

export class FakeGateway {
  readonly connections: GatewayConnection[] = [];
  /** The IDENTIFY payloads received, token removed. */
  readonly identifies: Record<string, unknown>[] = [];
  url = "";
  #server: WebSocketServer | undefined;
  #sessionId = "";
  #sequence = 0;
  #live: GatewayConnection | null = null;
  #waiters = new Set<() => void>();

  async start(): Promise<this> {
    this.#server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => this.#server?.once("listening", () => resolve()));
    const { port } = this.#server.address() as AddressInfo;
    this.url = `ws://127.0.0.1:${port}`;
    this.#server.on("connection", (socket, request) => this.#accept(socket, request.url ?? "/"));
    return this;
  }

  async close(): Promise<void> {
    for (const client of this.#server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  /** Sends a dispatch (op 0) on the live connection. */
  dispatch(event: string, data: unknown): void {
    const live = this.#live;
    if (!live) throw new Error("no live gateway connection to dispatch on");
    this.#sequence += 1;
    live.socket.send(JSON.stringify({ op: 0, t: event, s: this.#sequence, d: data }));
  }

  /** Cuts the live connection without a close frame, as a network drop would. */
  drop(): void {
    this.#live?.socket.terminate();
    this.#live = null;
  }

  /** Closes the live connection with a close frame, as Discord does when it restarts a gateway node. */
  closeLive(code: number, reason = ""): void {
    this.#live?.socket.close(code, reason);
    this.#live = null;
  }

  /** Resolves once a connection has completed IDENTIFY or RESUME and can carry dispatches. */
  async waitUntilLive(timeoutMs = 15_000): Promise<GatewayConnection> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#live) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the client did not (re)connect to the gateway within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.#live;
  }

  #accept(socket: WebSocket, path: string): void {
    const query = Object.fromEntries(new URL(path, "ws://127.0.0.1").searchParams);
    const connection: GatewayConnection = { query, opened: null, socket };
    this.connections.push(connection);
    if (query.encoding !== "json" || query.compress) {
      socket.close(4002, `fake gateway speaks uncompressed JSON only, got ${path}`);
      return;
    }
    socket.on("message", (raw) => this.#receive(connection, raw.toString()));
    socket.on("close", () => {
      if (this.#live === connection) this.#live = null;
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } }));
  }

  #receive(connection: GatewayConnection, raw: string): void {
    const payload = JSON.parse(raw) as { op: number; d: Record<string, unknown> | null };
    if (payload.op === 1) connection.socket.send(JSON.stringify({ op: 11 }));
    if (payload.op === 2) this.#identify(connection, payload.d ?? {});
    if (payload.op === 6) this.#resume(connection, payload.d ?? {});
  }

  #identify(connection: GatewayConnection, data: Record<string, unknown>): void {
    if (data.token !== BOT_TOKEN) {
      connection.socket.close(4004, "Authentication failed.");
      return;
    }
    const { token: _token, ...rest } = data;
    this.identifies.push(rest);
    connection.opened = "identify";
    this.#sessionId = nextSnowflake();
    this.#sequence = 0;
    this.#goLive(connection);
    this.dispatch("READY", {
      v: 10,
      user: BOT_USER,
      guilds: [],
      session_id: this.#sessionId,
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: { id: APPLICATION_ID, flags: 0 },
    });
  }

  #resume(connection: GatewayConnection, data: Record<string, unknown>): void {
    if (data.token !== BOT_TOKEN || data.session_id !== this.#sessionId) {
      connection.socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    connection.opened = "resume";
    this.#goLive(connection);
    this.dispatch("RESUMED", {});
  }

  #goLive(connection: GatewayConnection): void {
    this.#live = connection;
    for (const wake of [...this.#waiters]) wake();
    this.#waiters.clear();
  }
}
