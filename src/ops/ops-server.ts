/**
 * The operations endpoints on a small server of their own (HTTP_PORT), so they work in every mode — Socket Mode and
 * Discord-only have no other port — and can be firewalled apart from the public Slack endpoint.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CoreLogger } from "../core/logger.js";
import type { Timers } from "../timers/timers.js";
import { assessReadiness, type ReadinessCheck } from "./readiness.js";

export interface OpsServerOptions {
  port: number;
  /** Default: every interface, as orchestrators probe from outside the container. */
  host?: string;
  logger: CoreLogger;
  /** The checks /readyz runs at each probe; they may change as services start and stop. */
  readiness: () => readonly ReadinessCheck[];
  /** The Prometheus text for /metrics. */
  metrics: () => Promise<{ contentType: string; body: string }>;
  /** Applied to every readiness detail before it is served (error messages may carry addresses). */
  scrub?: (text: string) => string;
  checkTimeoutMs?: number;
  timers?: Timers;
}

export interface OpsServer {
  /** The port listened on (the configured one, or the one the system chose for port 0). */
  readonly port: number;
  stop(): Promise<void>;
}

export class OpsServerError extends Error {
  readonly code = "VERBATIM_OPS_PORT";
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "OpsServerError";
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

async function route(req: IncomingMessage, res: ServerResponse, options: OpsServerOptions): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const known = path === "/healthz" || path === "/readyz" || path === "/metrics";
  if (!known) return send(res, 404, TEXT, "Not found. Try /healthz, /readyz or /metrics.\n");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return send(res, 405, TEXT, "Only GET and HEAD are served here.\n");
  }
  if (path === "/healthz") return send(res, 200, TEXT, "ok\n");
  if (path === "/metrics") {
    const { contentType, body } = await options.metrics();
    return send(res, 200, contentType, body);
  }
  const scrub = options.scrub ?? ((text: string) => text);
  const readiness = await assessReadiness(options.readiness(), {
    ...(options.checkTimeoutMs !== undefined ? { timeoutMs: options.checkTimeoutMs } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
  });
  for (const result of Object.values(readiness.checks)) {
    if (result.detail !== undefined) result.detail = scrub(result.detail);
  }
  return send(res, readiness.ready ? 200 : 503, JSON_TYPE, `${JSON.stringify(readiness)}\n`);
}

export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    route(req, res, options).catch((error) => {
      options.logger.error({ err: error, path: req.url }, "operations endpoint failed");
      if (!res.headersSent) send(res, 500, TEXT, "Internal error; see the log.\n");
      else res.destroy();
    });
  });
  // A probe that opens a connection and says nothing must not hold a socket for ever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const why =
        error.code === "EADDRINUSE"
          ? "is already in use by another process"
          : error.code === "EACCES"
            ? "needs privileges this process does not have"
            : `cannot be opened (${error.code ?? error.message})`;
      reject(
        new OpsServerError(
          `HTTP_PORT ${options.port} ${why}: set HTTP_PORT to a free port for the health and metrics server.`,
          { cause: error },
        ),
      );
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info({ port, paths: ["/healthz", "/readyz", "/metrics"] }, "health and metrics served");
  let stopped: Promise<void> | undefined;
  return {
    port,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
