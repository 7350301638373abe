/**
 * The one Slack Web API client. Answers, shared answers and digests all go through it, with one timeout and one
 * logger. It never retries on its own: a retried post may already have gone through, so retries belong to the
 * caller that knows whether repeating is safe (`postWithRetry`, which records each success).
 */
import { type Logger as BoltLogger, LogLevel, webApi } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";
import { timedFetch } from "./timed-fetch.js";

/** Slack waits about 3 s for an acknowledgement but far longer for an answer; no single call may hang. */
export const SLACK_REQUEST_TIMEOUT_MS = 10_000;

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

export interface SlackClientOptions {
  token: string;
  /** Replaces https://slack.com/api/ (GovSlack, proxies, tests). */
  apiUrl?: string;
  timeoutMs?: number;
  logger: Logger;
}

export function slackApiUrl(apiUrl: string | undefined): string {
  return apiUrl ? apiUrl.replace(/\/?$/, "/") : DEFAULT_SLACK_API_URL;
}

/** Options for a Web API client; Bolt's own client (used to check the token at start) gets the same. */
export function slackClientOptions(options: Omit<SlackClientOptions, "token">): webApi.WebClientOptions {
  const timeoutMs = options.timeoutMs ?? SLACK_REQUEST_TIMEOUT_MS;
  return {
    slackApiUrl: slackApiUrl(options.apiUrl),
    timeout: timeoutMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: timedFetch(timeoutMs),
    logger: boltLogger(options.logger),
  };
}

export function createSlackClient(options: SlackClientOptions): webApi.WebClient {
  return new webApi.WebClient(options.token, slackClientOptions(options));
}

type Level = "debug" | "info" | "warn" | "error";

function entry(args: unknown[]): { obj: object; msg: string } {
  const error = args.find((arg): arg is Error => arg instanceof Error);
  const words = args
    .filter((arg) => !(arg instanceof Error))
    .map((arg) => (typeof arg === "string" ? arg : safeJson(arg)))
    .join(" ");
  return { obj: error ? { err: error } : {}, msg: words || error?.message || "" };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Bolt and its Web API and Socket Mode clients log through their own `Logger` interface with console-style
 * arguments; this routes them into the application's logger, so their lines get the same format and the same
 * secret scrubbing as ours.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let child = logger.child({ component: "slack" });
  const write =
    (at: Level) =>
    (...args: unknown[]) => {
      const { obj, msg } = entry(args);
      child[at](obj, msg);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // The application's LOG_LEVEL decides what is written; Bolt's own level is only reported back to it.
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name) => {
      child = logger.child({ component: "slack", name });
    },
  };
}
