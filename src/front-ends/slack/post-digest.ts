/**
 * Posting a message for everyone in a channel (digests, shared answers) with chat.postMessage, and telling the
 * caller which failures are worth retrying.
 */
import type { types, webApi } from "@slack/bolt";
import type { CoreLogger } from "../../core/logger.js";
import { type PostContext, PostError } from "../front-end.js";

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

export function classifySlackError(error: unknown): PostError {
  const coded = error as {
    code?: string;
    retryAfter?: number;
    statusCode?: number;
    data?: { error?: string };
  };
  switch (coded.code) {
    case "slack_webapi_rate_limited_error":
      return new PostError("Slack rate limit", true, (coded.retryAfter ?? 1) * 1000);
    case "slack_webapi_http_error": {
      const status = coded.statusCode ?? 0;
      return new PostError(`Slack answered HTTP ${status}`, status >= 500, undefined, status >= 500);
    }
    case "slack_webapi_platform_error": {
      const reason = coded.data?.error ?? "unknown_error";
      const transient = TRANSIENT.has(reason);
      return new PostError(`Slack refused the post: ${reason}`, transient, undefined, transient);
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

export interface SlackMessage {
  blocks: types.KnownBlock[];
  text: string;
}

/** Posts digests to a channel; remembers when the channel's history cannot be read, so it asks only once. */
export function slackDigestPoster(client: webApi.WebClient, logger: CoreLogger) {
  const historyUnavailable = new Set<string>();

  /** A digest for this slot already in the channel (posted by an attempt whose answer was lost), if any. */
  async function findPosted(channel: string, context: PostContext): Promise<string | null> {
    if (historyUnavailable.has(channel)) return null;
    try {
      const history = await client.conversations.history({
        channel,
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
        historyUnavailable.add(channel);
        logger.warn(
          { channel, reason },
          "cannot read the digest channel's history, so a retried digest may appear twice; add channels:history",
        );
        return null;
      }
      throw classifySlackError(error);
    }
  }

  return async function post(
    channel: string,
    message: SlackMessage,
    context: PostContext,
  ): Promise<{ messageId: string | null }> {
    if (context.mayExist) {
      const existing = await findPosted(channel, context);
      if (existing) return { messageId: existing };
    }
    try {
      const result = await client.chat.postMessage({
        channel,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: EVENT_TYPE, event_payload: { slot: context.slot } },
      } as webApi.ChatPostMessageArguments);
      return { messageId: result.ts ?? null };
    } catch (error) {
      throw classifySlackError(error);
    }
  };
}
