import type { BaseInteraction, BaseMessageOptions } from "discord.js";
import type { CommandContext, Reply, Requester } from "../../../commands/index.js";
import { errorReply } from "../../../commands/index.js";
import type { CoreLogger } from "../../core/logger.js";
import { safeError } from "./discord-errors.js";
import type { RecentAnswers } from "./recent-answers.js";
import { renderReplyMessage } from "./render-embeds.js";

/** An answer kept so its "Share" button can post it later. */
export interface StoredAnswer {
  reply: Reply;
  pageKey?: string;
}

export interface HandlerDeps {
  context: CommandContext;
  logger: CoreLogger;
  /** Answers behind "Share" buttons. */
  answers: RecentAnswers<StoredAnswer>;
  /** Speaker names behind the page buttons of /quotes. */
  pages: RecentAnswers<string>;
}

export const INTERNAL_FAILURE =
  "Something went wrong on my side while checking that. Please try again in a moment — if it keeps happening, tell the server's admins.";

export const NO_MENTIONS = { parse: [] } as const;

/** Message options for discord.js: rendered embeds and buttons, mentions always off. */
export function messageOptions(
  reply: Reply,
  keys: { shareKey?: string; pageKey?: string; shared?: boolean } = {},
) {
  const message = renderReplyMessage(reply, keys);
  return {
    embeds: message.embeds,
    components: message.components ?? [],
    allowedMentions: { parse: [] },
  } satisfies BaseMessageOptions;
}

/** Renders a reply for the user who asked, keeping what its buttons need. */
export function present(reply: Reply, deps: HandlerDeps, pageKey?: string) {
  const pages = reply.pagination;
  const key = pages && pages.pageCount > 1 ? (pageKey ?? deps.pages.put(pages.argument)) : undefined;
  const stored: StoredAnswer = key ? { reply, pageKey: key } : { reply };
  const shareKey = reply.shareable ? deps.answers.put(stored) : undefined;
  return messageOptions(reply, { shareKey, pageKey: key });
}

export function requesterOf(interaction: BaseInteraction): Requester {
  return {
    frontEnd: "discord",
    userId: interaction.user.id,
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
  };
}

/** Runs a command; an internal failure is logged with its context and becomes a friendly reply. */
export async function runSafely(
  deps: HandlerDeps,
  where: { command: string; interactionId: string },
  run: () => Promise<Reply>,
): Promise<Reply> {
  try {
    return await run();
  } catch (error) {
    deps.logger.error({ ...where, err: safeError(error) }, "command failed");
    return errorReply(INTERNAL_FAILURE);
  }
}

/** A short notice in the reply's look, for answers that are not a command's result. */
export function notice(title: string, summary: string, emoji = "⌛"): Reply {
  return {
    kind: "error",
    tone: "neutral",
    emoji,
    title,
    summary,
    fields: [],
    sections: [],
    shareable: false,
  };
}
