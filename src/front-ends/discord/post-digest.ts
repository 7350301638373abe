import { createHash } from "node:crypto";
import { DiscordAPIError, HTTPError, RateLimitError, REST } from "@discordjs/rest";
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

export interface DiscordPosterOptions {
  token: string;
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
  return async function post(
    channel: string,
    message: DiscordMessage,
    context: PostContext,
  ): Promise<{ messageId: string | null }> {
    try {
      const posted = (await rest.post(`/channels/${channel}/messages`, {
        body: {
          embeds: message.embeds,
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
