import {
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from "discord.js";
import {
  type CommandRequest,
  commandMessages,
  errorReply,
  examplesFrom,
  helpReply,
  quoteFromMessage,
  type Reply,
  requestFromOptions,
  runRequest,
  truncate,
} from "../../../commands/index.js";
import { MAX_SPEAKER_LENGTH } from "../../core/match/validate-query.js";
import { speakerOptions } from "./command-data.js";
import { safeError } from "./discord-errors.js";
import { neutraliseMentions } from "./discord-markdown.js";
import { type HandlerDeps, present, requesterOf } from "./present-reply.js";

const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * Answers privately: the acknowledgement goes out before any work, so Discord's 3-second window is met however
 * long the check takes; the answer then replaces the "thinking…" placeholder.
 */
async function answerPrivately(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  deps: HandlerDeps,
  produce: () => Promise<Reply>,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(await present(await produce(), deps));
}

/** `/verify` with no quotation: the same help as Slack's Home tab, in Discord's syntax. */
async function help(deps: HandlerDeps): Promise<Reply> {
  const { corpus } = deps.context;
  return helpReply("discord", await examplesFrom(corpus), corpus.stats().articles);
}

export async function handleChatInput(
  interaction: ChatInputCommandInteraction,
  deps: HandlerDeps,
): Promise<void> {
  const values = Object.fromEntries(
    interaction.options.data.map((option) => [option.name, String(option.value ?? "")]),
  );
  if (interaction.commandName === "verify" && !values.quote?.trim()) {
    await answerPrivately(interaction, deps, () => help(deps));
    return;
  }
  const request: CommandRequest | null = requestFromOptions(interaction.commandName, values);
  if (request) {
    const requester = requesterOf(interaction);
    const meta = { interactionId: interaction.id };
    await answerPrivately(interaction, deps, () => runRequest(request, deps.context, requester, { meta }));
    return;
  }
  deps.logger.warn({ command: interaction.commandName }, "unknown command; run npm run discord:register");
  await interaction.reply({
    ...(await present(errorReply(commandMessages.UNKNOWN_COMMAND(interaction.commandName)), deps)),
    flags: MessageFlags.Ephemeral,
  });
}

export async function handleMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  deps: HandlerDeps,
): Promise<void> {
  const requester = requesterOf(interaction);
  const quote = quoteFromMessage(interaction.targetMessage.content ?? "");
  await answerPrivately(interaction, deps, async () =>
    quote
      ? runRequest({ command: "verify", input: { quote } }, deps.context, requester, {
          meta: { interactionId: interaction.id },
        })
      : errorReply(commandMessages.MESSAGE_WITHOUT_TEXT(), "MESSAGE_WITHOUT_TEXT"),
  );
}

/** Speaker suggestions; any failure answers with no suggestions rather than leaving the picker spinning. */
export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  deps: HandlerDeps,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices: ApplicationCommandOptionChoiceData<string>[] = [];
  if (speakerOptions(interaction.commandName).includes(focused.name)) {
    try {
      const speakers = deps.context.corpus.suggestSpeakers(
        String(focused.value).slice(0, MAX_SPEAKER_LENGTH),
        MAX_CHOICES,
      );
      const seen = new Set<string>();
      for (const speaker of speakers) {
        const value = speaker.name.slice(0, MAX_CHOICE_LENGTH);
        if (seen.has(value)) continue;
        seen.add(value);
        choices.push({ name: truncate(neutraliseMentions(speaker.name), MAX_CHOICE_LENGTH), value });
      }
    } catch (error) {
      deps.logger.error(
        { command: interaction.commandName, err: safeError(error) },
        "speaker suggestions failed",
      );
      choices = [];
    }
  }
  await interaction.respond(choices.slice(0, MAX_CHOICES));
}
