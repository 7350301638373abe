import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from "discord.js";

/**
 * Errors from Discord, made safe to log and easy to act on. Request URLs of interaction responses carry the
 * interaction's token, which lets anyone answer in the bot's name for 15 minutes: it never reaches a log.
 */

/** Discord's ways of saying an interaction can no longer be answered: it expired or was answered elsewhere. */
const staleCodes = new Set<number | string>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.InvalidWebhookToken,
]);

export function isStaleInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && staleCodes.has(error.code);
}

export function redactTokens(url: string): string {
  return url
    .replace(/(\/interactions\/\d+\/)[^/?#]+/g, "$1:token")
    .replace(/(\/webhooks\/\d+\/)[^/?#]+/g, "$1:token");
}

export interface SafeError {
  name: string;
  message: string;
  code?: number | string;
  status?: number;
  method?: string;
  path?: string;
  stack?: string;
}

/** The parts of an error worth logging, with tokens removed and request bodies left out. */
export function safeError(error: unknown): SafeError {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return {
      name: error.name,
      message: redactTokens(error.message),
      ...(error instanceof DiscordAPIError ? { code: error.code } : {}),
      status: error.status,
      method: error.method,
      path: redactTokens(error.url),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: redactTokens(error.message),
      ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
      ...(error.stack ? { stack: redactTokens(error.stack) } : {}),
    };
  }
  return { name: "Error", message: String(error) };
}
