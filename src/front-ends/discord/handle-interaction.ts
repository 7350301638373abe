import { type Interaction, MessageFlags } from "discord.js";
import { commandMessages, failureReply, notice } from "../../../commands/index.js";
import { onAcknowledged } from "./ack-timing.js";
import { VERIFY_MESSAGE_COMMAND } from "./command-data.js";
import { isStaleInteraction, safeError } from "./discord-errors.js";
import { handleButton } from "./handle-buttons.js";
import { handleAutocomplete, handleChatInput, handleMessageCommand } from "./handle-commands.js";
import { type HandlerDeps, messageOptions } from "./present-reply.js";

function describe(interaction: Interaction): Record<string, string | null> {
  return {
    interactionId: interaction.id,
    kind:
      interaction.isCommand() || interaction.isAutocomplete()
        ? interaction.commandName
        : interaction.type.toString(),
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
}

async function route(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, deps);
  if (interaction.isChatInputCommand()) return handleChatInput(interaction, deps);
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === VERIFY_MESSAGE_COMMAND) {
    return handleMessageCommand(interaction, deps);
  }
  if (interaction.isButton()) return handleButton(interaction, deps);
  deps.logger.debug(describe(interaction), "ignored an interaction Verbatim does not handle");
}

/** The last resort after an unexpected failure: the user still gets a friendly message where possible. */
async function tellUserSomethingBroke(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (!interaction.isRepliable()) return;
  const message = messageOptions(failureReply());
  try {
    if (interaction.deferred || interaction.replied)
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
  } catch (error) {
    deps.logger.warn(
      { ...describe(interaction), err: safeError(error) },
      "could not tell the user about a failure",
    );
  }
}

/**
 * Handles one interaction and never rejects: an expired interaction (the user gave up, or Discord retried
 * elsewhere) is only logged; anything else is logged and the user is told.
 */
export async function handleInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  const timing = deps.context.metrics?.acknowledgementStarted("discord");
  if (timing) onAcknowledged(interaction, timing);
  try {
    await route(interaction, deps);
  } catch (error) {
    if (isStaleInteraction(error)) {
      deps.logger.warn(
        { ...describe(interaction), err: safeError(error) },
        "interaction expired before it was answered",
      );
      return;
    }
    deps.logger.error({ ...describe(interaction), err: safeError(error) }, "interaction handler failed");
    await tellUserSomethingBroke(interaction, deps);
  }
}

/** What a user gets while the bot shuts down: a quick, honest answer instead of silence. */
export async function answerWhileStopping(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) {
      const restarting = notice("Verbatim is restarting", commandMessages.RESTARTING(), "🔄");
      await interaction.reply({ ...messageOptions(restarting), flags: MessageFlags.Ephemeral });
    }
  } catch (error) {
    deps.logger.debug(
      { ...describe(interaction), err: safeError(error) },
      "could not answer during shutdown",
    );
  }
}
