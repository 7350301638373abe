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

/** What Slack says when a call is refused: the error code and, for a missing scope, the scope. */
const refusal = (error: unknown) => (error as { data?: { error?: string; needed?: string } }).data;

/** What the operator can do so that the channel's history can be read. */
function remedy(reason: string | undefined, needed: string | undefined): string {
  if (reason === "missing_scope") {
    return `add the ${needed ?? "channels:history"} scope to the Slack app (see slack-manifest.yaml) and reinstall it`;
  }
  return "invite the bot to the channel (/invite @Verbatim), or grant the channels:join scope";
}

/**
 * A digest that may already be in the channel, but whose presence cannot be checked, is not posted again: a
 * newsroom channel showing the same digest twice looks broken to everyone in it, while a late digest is seen by
 * the operator (the slot stays pending, is retried, and each failure is logged and counted), who can fix the cause.
 */
function cannotCheck(channel: string, context: PostContext, error: unknown): PostError {
  const data = refusal(error);
  const reason = data?.error;
  if (
    reason !== "missing_scope" &&
    reason !== "not_in_channel" &&
    reason !== "method_not_supported_for_channel_type"
  ) {
    return classifySlackError(error);
  }
  const detail = reason === "missing_scope" && data?.needed ? `${reason}: ${data.needed}` : reason;
  return new PostError(
    `cannot check whether the digest for ${context.slot} already reached ${channel}: Slack refused to show the ` +
      `channel's history (${detail}). It is not posted again unchecked, so it cannot appear twice; ` +
      `${remedy(reason, data?.needed)}, and the next retry checks and posts it if it is missing`,
    false,
  );
}

/** Posts digests to a channel, checking its history first when an earlier attempt may already have posted. */
export function slackDigestPoster(client: webApi.WebClient, logger: CoreLogger) {
  async function lookUp(channel: string, context: PostContext): Promise<string | null> {
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
  }

  /** A digest for this slot already in the channel (posted by an attempt whose answer was lost), if any. */
  async function findPosted(channel: string, context: PostContext): Promise<string | null> {
    try {
      return await lookUp(channel, context);
    } catch (error) {
      if (refusal(error)?.error !== "not_in_channel") throw cannotCheck(channel, context, error);
    }
    // chat:write.public posts to a public channel without joining it, but reading its history takes membership.
    try {
      await client.conversations.join({ channel });
      logger.info({ channel }, "joined the digest channel to check its history");
      return await lookUp(channel, context);
    } catch (error) {
      throw cannotCheck(channel, context, error);
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
