import {
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from "discord.js";
import {
  errorReply,
  examplesFrom,
  helpReply,
  parseVerifyText,
  quoteFromMessage,
  quotesCommand,
  type Reply,
  type VerifyInput,
  verifyCommand,
} from "../../../commands/index.js";
import { speakerOptions } from "./command-data.js";
import { safeError } from "./discord-errors.js";
import { neutraliseMentions } from "./discord-markdown.js";
import { type HandlerDeps, present, requesterOf, runSafely } from "./present-reply.js";

const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;
const OPENING_QUOTES = /^["“”„«‘']/;

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
  const reply = await runSafely(
    deps,
    { command: interaction.commandName, interactionId: interaction.id },
    produce,
  );
  await interaction.editReply(present(reply, deps));
}

/**
 * `quote:"All is well" — Trump` is read the way the text command reads it; a speaker given in its own box wins
 * over one pasted after the quote.
 */
function verifyInput(quote: string, speaker: string | null): VerifyInput {
  const parsed = OPENING_QUOTES.test(quote.trim()) ? parseVerifyText(quote) : { quote: quote.trim() };
  const cleanSpeaker = speaker?.trim();
  return cleanSpeaker ? { quote: parsed.quote, speaker: cleanSpeaker } : parsed;
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
  const requester = requesterOf(interaction);
  if (interaction.commandName === verifyCommand.name) {
    const quote = interaction.options.getString("quote")?.trim();
    if (!quote) {
      await answerPrivately(interaction, deps, () => help(deps));
      return;
    }
    const input = verifyInput(quote, interaction.options.getString("speaker"));
    await answerPrivately(interaction, deps, () => verifyCommand.run(input, deps.context, requester));
    return;
  }
  if (interaction.commandName === quotesCommand.name) {
    const speaker = interaction.options.getString("speaker", true);
    await answerPrivately(interaction, deps, () => quotesCommand.run({ speaker }, deps.context, requester));
    return;
  }
  deps.logger.warn({ command: interaction.commandName }, "unknown command; run npm run discord:register");
  await interaction.reply({
    ...present(errorReply("I don't know that command any more. Try /verify or /quotes."), deps),
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
      ? verifyCommand.run({ quote }, deps.context, requester)
      : errorReply("That message has no text to check — use Verify quote on a message that quotes someone."),
  );
}

function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
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
      const speakers = deps.context.corpus.suggestSpeakers(String(focused.value).slice(0, 200), MAX_CHOICES);
      const seen = new Set<string>();
      for (const speaker of speakers) {
        const value = speaker.name.slice(0, MAX_CHOICE_LENGTH);
        if (seen.has(value)) continue;
        seen.add(value);
        choices.push({ name: shorten(neutraliseMentions(speaker.name), MAX_CHOICE_LENGTH), value });
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
