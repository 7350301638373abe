/**
 * Bolt's side of the Slack front end: our HTTP receiver (signed requests on POST /slack/events, checked before
 * Bolt sees them) or, with an app-level token, Bolt's Socket Mode (no public URL needed).
 */
import { App, SocketModeReceiver } from "@slack/bolt";
import type { Clock } from "../../core/logger.js";
import type { Logger } from "../../logging/logger.js";
import type { FrontEndStatus } from "../front-end.js";
import { SlackHttpReceiver } from "./http-receiver.js";
import { boltLogger, slackClientOptions } from "./web-client.js";

export interface SlackAppOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  apiUrl?: string;
  logger: Logger;
  requestTimeoutMs?: number;
  /** Judges request timestamps and how long signatures are remembered. */
  clock: Clock;
}

export function describeStartError(error: unknown, apiUrl: string): string {
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

/**
 * The Socket Mode connection as its client sees it, for readiness. The client announces a reconnection only after
 * its back-off delay, so a dropped socket is read from the socket itself.
 */
function watchSocket(receiver: SocketModeReceiver): () => FrontEndStatus {
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

export function createApp(options: SlackAppOptions): { app: App; socketState?: () => FrontEndStatus } {
  const logger = boltLogger(options.logger);
  const common = {
    token: options.botToken,
    logger,
    clientOptions: slackClientOptions({
      logger: options.logger,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
    }),
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
  const receiver = new SlackHttpReceiver({
    signingSecret: options.signingSecret,
    logger: options.logger.child({ component: "slack" }),
    clock: options.clock,
  });
  return { app: new App({ ...common, receiver }) };
}
