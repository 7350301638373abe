import { ErrorCode, LogLevel, type Logger as SlackLogger, WebClient } from "@slack/web-api";
import type { Reply } from "../../../commands/reply.js";
import type { CoreLogger } from "../../core/logger.js";
import { type DigestTarget, type PostContext, PostError } from "../../scheduler/digest-target.js";
import { renderReplyBlocks } from "./render-blocks.js";

export interface SlackDigestTargetOptions {
  token: string;
  channel: string;
  /** Replaces https://slack.com/api/ (GovSlack, proxies, tests). */
  apiUrl?: string;
  timeoutMs?: number;
  logger: CoreLogger;
}

/** Marks the bot's digest messages so a retry can recognise one that was posted without an answer. */
const EVENT_TYPE = "verbatim_digest";
/** Platform errors that say "try again later" rather than "this will never work". */
const TRANSIENT = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "ratelimited",
]);

function webClientLogger(logger: CoreLogger): SlackLogger {
  let level = LogLevel.WARN;
  const line = (args: unknown[]) => ({ detail: args.map(String).join(" ") });
  return {
    debug: (...args) => logger.debug(line(args), "slack web api"),
    info: (...args) => logger.debug(line(args), "slack web api"),
    warn: (...args) => logger.debug(line(args), "slack web api warning"),
    error: (...args) => logger.warn(line(args), "slack web api error"),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function classify(error: unknown): PostError {
  const coded = error as {
    code?: string;
    retryAfter?: number;
    statusCode?: number;
    data?: { error?: string };
  };
  switch (coded.code) {
    case ErrorCode.RateLimitedError:
      return new PostError("Slack rate limit", true, (coded.retryAfter ?? 1) * 1000);
    case ErrorCode.HTTPError: {
      const status = coded.statusCode ?? 0;
      return new PostError(`Slack answered HTTP ${status}`, status >= 500, undefined, status >= 500);
    }
    case ErrorCode.PlatformError: {
      const reason = coded.data?.error ?? "unknown_error";
      return new PostError(
        `Slack refused the post: ${reason}`,
        TRANSIENT.has(reason),
        undefined,
        TRANSIENT.has(reason),
      );
    }
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new PostError(`Slack could not be reached: ${message}`, true, undefined, true);
    }
  }
}

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** Posts digests with chat.postMessage; every call is bounded by `timeoutMs` and retried by the scheduler. */
export function slackDigestTarget(options: SlackDigestTargetOptions): DigestTarget {
  const apiUrl = options.apiUrl ? options.apiUrl.replace(/\/?$/, "/") : undefined;
  const client = new WebClient(options.token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: options.timeoutMs ?? 10_000,
    // Retries belong to the scheduler, which records each success, so the client must not retry on its own.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: webClientLogger(options.logger),
  });
  let historyUnavailable = false;

  /** A digest for this slot already in the channel (posted by an attempt whose answer was lost), if any. */
  async function findPosted(context: PostContext): Promise<string | null> {
    if (historyUnavailable) return null;
    try {
      const history = await client.conversations.history({
        channel: options.channel,
        oldest: String((context.since.getTime() - 60_000) / 1000),
        limit: 100,
        include_all_metadata: true,
      });
      const messages = (history.messages ?? []) as HistoryMessage[];
      const found = messages.find(
        (m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.slot === context.slot,
      );
      return found?.ts ?? null;
    } catch (error) {
      const reason = (error as { data?: { error?: string } }).data?.error;
      if (reason === "missing_scope" || reason === "not_in_channel") {
        historyUnavailable = true;
        options.logger.warn(
          { channel: options.channel, reason },
          "cannot read the digest channel's history, so a retried digest may appear twice; add channels:history",
        );
        return null;
      }
      throw classify(error);
    }
  }

  return {
    id: `slack:${options.channel}`,
    async post(reply: Reply, context: PostContext) {
      if (context.mayExist) {
        const existing = await findPosted(context);
        if (existing) return { messageId: existing };
      }
      const { blocks, text } = renderReplyBlocks(reply);
      try {
        const result = await client.chat.postMessage({
          channel: options.channel,
          blocks,
          text,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: EVENT_TYPE, event_payload: { slot: context.slot } },
        });
        return { messageId: result.ts ?? null };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
