/**
 * Starting and stopping the Slack front end: Bolt's HTTP receiver (signed requests on POST /slack/events) or, with
 * an app-level token, Socket Mode (no public URL needed).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, SocketModeReceiver, type webApi } from "@slack/bolt";
import type { CommandContext } from "../../../commands/index.js";
import type { Logger } from "../../logging/logger.js";
import { registerAppHome } from "./app-home.js";
import { boltLogger } from "./bolt-logger.js";
import { registerHandlers } from "./slack-handlers.js";
import { timedFetch } from "./timed-fetch.js";
import { WorkQueue } from "./work-queue.js";

export interface SlackOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  apiUrl?: string;
  context: CommandContext;
  logger: Logger;
  /** Deadline for each call to Slack (Web API, response_url); default 10 s. */
  requestTimeoutMs?: number;
}

export interface SlackHandle {
  stop(): Promise<void>;
  /** Whether Slack can reach this app now (for readiness): the socket is connected, or the receiver listens. */
  status(): { ok: boolean; detail: string };
  /** The HTTP receiver's port; null in Socket Mode. */
  port: number | null;
}

/** Slack waits about 3 s for an acknowledgement but far longer for an answer; no single call may hang. */
const REQUEST_TIMEOUT_MS = 10_000;
/** How long shutdown waits for answers already being worked on. */
const DRAIN_TIMEOUT_MS = 15_000;

function describeStartError(error: unknown, apiUrl: string): string {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (
    code === "invalid_auth" ||
    code === "not_authed" ||
    code === "account_inactive" ||
    code === "token_revoked"
  ) {
    return `Slack rejected the token (${code}). Check SLACK_BOT_TOKEN (OAuth & Permissions page) and, in Socket Mode, SLACK_APP_TOKEN (an app-level token with connections:write).`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not connect to Slack at ${apiUrl}: ${reason}`;
}

function clientOptions(apiUrl: string | undefined, timeoutMs: number): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    timeout: timeoutMs,
    // The default retries for half an hour; a user waiting for an answer is better served by a quick failure.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 },
    fetch: timedFetch(timeoutMs),
  };
}

/**
 * The Socket Mode connection as its client sees it, for readiness. The client announces a reconnection only after
 * its back-off delay, so a dropped socket is read from the socket itself.
 */
function watchSocket(receiver: SocketModeReceiver): () => { ok: boolean; detail: string } {
  let state = "connecting";
  for (const next of ["connecting", "connected", "reconnecting", "disconnecting", "disconnected"]) {
    receiver.client.on(next, () => {
      state = next;
    });
  }
  return () => {
    const open = receiver.client.websocket?.isActive() ?? false;
    if (state === "connected" && !open) return { ok: false, detail: "connection lost; reconnecting" };
    return { ok: state === "connected", detail: state };
  };
}

function createApp(options: SlackOptions): {
  app: App;
  socketState?: () => { ok: boolean; detail: string };
} {
  const logger = boltLogger(options.logger);
  const common = {
    token: options.botToken,
    logger,
    clientOptions: clientOptions(options.apiUrl, options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS),
    deferInitialization: true,
  };
  if (options.appToken) {
    // Made here rather than by the App, so that its connection state can be watched.
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger,
      installerOptions: { clientOptions: common.clientOptions },
    });
    return { app: new App({ ...common, receiver }), socketState: watchSocket(receiver) };
  }
  if (!options.signingSecret) {
    throw new Error(
      "SLACK_SIGNING_SECRET is required to receive Slack requests over HTTP (Basic Information page). Set it, or set SLACK_APP_TOKEN to use Socket Mode instead.",
    );
  }
  return {
    app: new App({
      ...common,
      signingSecret: options.signingSecret,
      port: options.port,
      processBeforeResponse: false,
    }),
  };
}

export async function startSlack(options: SlackOptions): Promise<SlackHandle> {
  const socketMode = Boolean(options.appToken);
  const apiUrl = options.apiUrl ?? "https://slack.com/api/";
  const log = options.logger.child({ component: "slack" });
  const { app, socketState } = createApp(options);
  const queue = new WorkQueue();
  app.error(async (error) => {
    log.error({ err: error }, "slack listener failed");
  });
  registerHandlers(app, { context: options.context, logger: log, queue });
  registerAppHome(app, { context: options.context, logger: log });
  let port: number | null = null;
  try {
    await app.init();
    const started = (await (socketMode ? app.start() : app.start(options.port))) as Server | undefined;
    if (!socketMode) port = (started?.address() as AddressInfo | null)?.port ?? options.port;
  } catch (error) {
    throw new Error(describeStartError(error, apiUrl), { cause: error });
  }
  log.info({ mode: socketMode ? "socket" : "http", ...(port !== null ? { port } : {}) }, "slack ready");

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await app.stop();
      } catch (error) {
        log.warn({ err: error }, "slack receiver did not stop cleanly");
      }
      const pending = queue.size;
      if (!(await queue.drain(DRAIN_TIMEOUT_MS))) {
        log.warn({ pending: queue.size }, "slack stopped with answers still unsent");
      } else {
        log.info({ finished: pending }, "slack stopped");
      }
    })();
    return stopping;
  };
  const status = () => {
    if (stopping) return { ok: false, detail: "stopping" };
    return socketState ? socketState() : { ok: true, detail: `listening on port ${port}` };
  };
  return { stop, port, status };
}
