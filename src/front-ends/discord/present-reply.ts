import type { BaseInteraction, BaseMessageOptions } from "discord.js";
import type { ActionCodec, CommandContext, Reply, Requester } from "../../../commands/index.js";
import type { CoreLogger } from "../../core/logger.js";
import { type MessageRow, replyComponents } from "./message-components.js";
import { renderReplyMessage } from "./render-embeds.js";

export interface HandlerDeps {
  context: CommandContext;
  actions: ActionCodec;
  logger: CoreLogger;
}

export const NO_MENTIONS = { parse: [] } as const;

/** Message options for discord.js: rendered embeds and the given buttons, mentions always off. */
export function messageOptions(reply: Reply, components: MessageRow[] = []) {
  return {
    embeds: renderReplyMessage(reply).embeds,
    components,
    allowedMentions: { parse: [] },
  } satisfies BaseMessageOptions;
}

/** A reply for the user who asked, with the buttons its actions make. */
export async function present(reply: Reply, deps: HandlerDeps) {
  return messageOptions(reply, await replyComponents(reply, deps.actions));
}

export function requesterOf(interaction: BaseInteraction): Requester {
  return {
    frontEnd: "discord",
    userId: interaction.user.id,
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
  };
}
