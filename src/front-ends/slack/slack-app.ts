/**
 * Bolt's side of the Slack front end: its HTTP receiver (signed requests on POST /slack/events) or, with an
 * app-level token, Socket Mode (no public URL needed).
 */
import { App } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";
import { boltLogger, slackClientOptions } from "./web-client.js";

export interface SlackAppOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  apiUrl?: string;
  logger: Logger;
  requestTimeoutMs?: number;
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

export function createApp(options: SlackAppOptions): App {
  const common = {
    token: options.botToken,
    logger: boltLogger(options.logger),
    clientOptions: slackClientOptions({
      logger: options.logger,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
    }),
    deferInitialization: true,
  };
  if (options.appToken) return new App({ ...common, appToken: options.appToken, socketMode: true });
  if (!options.signingSecret) {
    throw new Error(
      "SLACK_SIGNING_SECRET is required to receive Slack requests over HTTP (Basic Information page). Set it, or set SLACK_APP_TOKEN to use Socket Mode instead.",
    );
  }
  return new App({
    ...common,
    signingSecret: options.signingSecret,
    port: options.port,
    processBeforeResponse: false,
  });
}
