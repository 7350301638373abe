import { createHash } from "node:crypto";
import { DiscordAPIError, HTTPError, RateLimitError, REST } from "@discordjs/rest";
import type { CoreLogger } from "../../core/logger.js";
import { type PostContext, PostError } from "../front-end.js";
import type { DiscordMessage } from "./render-embeds.js";

/**
 * Discord drops a second message with the same nonce sent within a few minutes when `enforce_nonce` is set, so a
 * retry after a lost answer does not post the digest twice. Nonces are at most 25 characters.
 */
export function digestNonce(target: string, slot: string): string {
  return createHash("sha256").update(`${target}\0${slot}`).digest("hex").slice(0, 25);
}

function classify(error: unknown): PostError {
  if (error instanceof RateLimitError) {
    return new PostError("Discord rate limit", true, Math.max(0, error.retryAfter));
  }
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const server = error.status >= 500;
    const detail = error instanceof DiscordAPIError ? `: ${error.message}` : "";
    return new PostError(`Discord answered HTTP ${error.status}${detail}`, server, undefined, server);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PostError(`Discord could not be reached: ${message}`, true, undefined, true);
}

/** Snowflake ids count milliseconds since the start of 2015 in their upper bits. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
function snowflakeAt(at: Date): string {
  const sinceEpoch = BigInt(at.getTime()) - DISCORD_EPOCH_MS;
  return String(sinceEpoch > 0n ? sinceEpoch << 22n : 0n);
}

interface ChannelMessage {
  id: string;
  author?: { id?: string };
  embeds?: { timestamp?: string }[];
}

/**
 * Discord forgets a nonce after a few minutes, so a slot taken over after a crash (once its lease has run out)
 * would be posted again. A digest whose presence cannot be checked then is not posted: seen twice by a whole
 * channel is worse than late, logged and counted for the operator, who can grant the permission.
 */
function cannotCheck(channel: string, context: PostContext): PostError {
  return new PostError(
    `cannot check whether the digest for ${context.slot} already reached Discord channel ${channel}: the bot ` +
      "may not read its history. It is not posted again unchecked, so it cannot appear twice; give the bot the " +
      "Read Message History permission in the channel, and the next retry checks and posts it if it is missing",
    false,
  );
}

export interface DiscordPosterOptions {
  token: string;
  /** Notes when a channel's history cannot be read and the nonce alone guards against a repeat. */
  logger: CoreLogger;
  /** Replaces https://discord.com/api (proxies, tests). */
  apiUrl?: string;
  timeoutMs?: number;
}

/** Posts to channels with `POST /channels/:id/messages`; every request is bounded by `timeoutMs`. */
export function discordChannelPoster(options: DiscordPosterOptions) {
  const rest = new REST({
    ...(options.apiUrl ? { api: options.apiUrl.replace(/\/$/, "") } : {}),
    timeout: options.timeoutMs ?? 10_000,
    // The scheduler retries and records each success; the client must neither retry nor queue on a 429.
    retries: 0,
    rejectOnRateLimit: () => true,
  }).setToken(options.token);
  let me: string | undefined;

  /**
   * A digest for this slot already in the channel, posted by this bot: each digest's first embed carries the
   * slot's time as its timestamp, which the channel's history shows (the nonce it does not). Undefined when the
   * history hides messages that are there.
   */
  async function findPosted(channel: string, context: PostContext): Promise<string | null | undefined> {
    me ??= ((await rest.get("/users/@me")) as { id: string }).id;
    const after = snowflakeAt(new Date(context.since.getTime() - 60_000));
    const messages = (await rest.get(`/channels/${channel}/messages`, {
      query: new URLSearchParams({ after, limit: "100" }),
    })) as ChannelMessage[];
    const found = messages.find(
      (m) =>
        m.author?.id === me &&
        m.embeds?.some((e) => e.timestamp && Date.parse(e.timestamp) === context.since.getTime()),
    );
    if (found || messages.length > 0) return found?.id ?? null;
    // Without Read Message History, Discord answers an empty list rather than an error; the channel's newest
    // message id (visible with View Channel alone) tells whether the window is really empty.
    const { last_message_id: newest } = (await rest.get(`/channels/${channel}`)) as {
      last_message_id?: string | null;
    };
    return newest && BigInt(newest) > BigInt(after) ? undefined : null;
  }

  async function checkFirst(channel: string, context: PostContext): Promise<string | null> {
    try {
      const found = await findPosted(channel, context);
      if (found !== undefined) return found;
    } catch (error) {
      const forbidden = error instanceof DiscordAPIError && error.status === 403;
      if (!forbidden) throw classify(error);
    }
    if (!context.recent) throw cannotCheck(channel, context);
    options.logger.warn(
      { channel, slot: context.slot },
      "cannot read the digest channel's history (Read Message History); relying on the message nonce",
    );
    return null;
  }

  return async function post(
    channel: string,
    message: DiscordMessage,
    context: PostContext,
  ): Promise<{ messageId: string | null }> {
    if (context.mayExist) {
      const existing = await checkFirst(channel, context);
      if (existing) return { messageId: existing };
    }
    const [first, ...others] = message.embeds;
    const embeds = first ? [{ ...first, timestamp: context.since.toISOString() }, ...others] : [];
    try {
      const posted = (await rest.post(`/channels/${channel}/messages`, {
        body: {
          embeds,
          allowed_mentions: { parse: [] },
          nonce: digestNonce(`discord:${channel}`, context.slot),
          enforce_nonce: true,
        },
      })) as { id?: string };
      return { messageId: posted.id ?? null };
    } catch (error) {
      throw classify(error);
    }
  };
}
