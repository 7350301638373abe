import { createHash } from "node:crypto";
import { DiscordAPIError, HTTPError, RateLimitError, REST } from "@discordjs/rest";
import type { Reply } from "../../../commands/reply.js";
import type { CoreLogger } from "../../core/logger.js";
import { type DigestTarget, type PostContext, PostError } from "../../scheduler/digest-target.js";
import { renderReplyMessage } from "./render-embeds.js";

export interface DiscordDigestTargetOptions {
  token: string;
  channel: string;
  /** Replaces https://discord.com/api (proxies, tests). */
  apiUrl?: string;
  timeoutMs?: number;
  logger: CoreLogger;
}

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

/** Posts digests with `POST /channels/:id/messages`; every request is bounded by `timeoutMs`. */
export function discordDigestTarget(options: DiscordDigestTargetOptions): DigestTarget {
  const rest = new REST({
    ...(options.apiUrl ? { api: options.apiUrl.replace(/\/$/, "") } : {}),
    timeout: options.timeoutMs ?? 10_000,
    // The scheduler retries and records each success; the client must neither retry nor queue on a 429.
    retries: 0,
    rejectOnRateLimit: () => true,
  }).setToken(options.token);
  const id = `discord:${options.channel}`;
  return {
    id,
    async post(reply: Reply, context: PostContext) {
      const { embeds } = renderReplyMessage(reply);
      try {
        const message = (await rest.post(`/channels/${options.channel}/messages`, {
          body: {
            embeds,
            allowed_mentions: { parse: [] },
            nonce: digestNonce(id, context.slot),
            enforce_nonce: true,
          },
        })) as { id?: string };
        return { messageId: message.id ?? null };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
