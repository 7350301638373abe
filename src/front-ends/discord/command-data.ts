import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";
import {
  type CommandDefinition,
  commands,
  type OptionDefinition,
  truncate,
} from "../../../commands/index.js";

/** The message context-menu command ("Apps → Verify quote"). */
export const VERIFY_MESSAGE_COMMAND = "Verify quote";

/** Discord caps string options at 6,000 characters and descriptions at 100. */
const MAX_OPTION_LENGTH = 6000;
const MAX_DESCRIPTION = 100;

/** Discord requires required options to come before optional ones; the sort keeps the defined order otherwise. */
function inRegistrationOrder(options: readonly OptionDefinition[]): OptionDefinition[] {
  return [...options].sort((a, b) => Number(b.required) - Number(a.required));
}

type CommandShape = Pick<CommandDefinition, "name" | "description" | "options">;

function chatInputCommand(definition: CommandShape): RESTPostAPIApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(definition.name)
    .setDescription(truncate(definition.description, MAX_DESCRIPTION));
  for (const option of inRegistrationOrder(definition.options)) {
    builder.addStringOption((o) =>
      o
        .setName(option.name)
        .setDescription(truncate(option.description, MAX_DESCRIPTION))
        .setRequired(option.required)
        .setMaxLength(Math.min(option.maxLength, MAX_OPTION_LENGTH))
        .setAutocomplete(option.autocomplete !== undefined),
    );
  }
  return builder.toJSON();
}

/**
 * The application commands to register, derived from the shared command definitions: the builders validate names,
 * lengths and option order, so a definition Discord would reject fails here rather than at registration.
 */
export function applicationCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  const messageCommand = new ContextMenuCommandBuilder()
    .setName(VERIFY_MESSAGE_COMMAND)
    .setType(ApplicationCommandType.Message)
    .toJSON();
  return [...commands.map(chatInputCommand), messageCommand];
}

/** The option names whose values are suggested from the corpus's speakers, per command. */
export function speakerOptions(commandName: string): readonly string[] {
  const definition = commands.find((c) => c.name === commandName);
  return (definition?.options ?? []).filter((o) => o.autocomplete === "speaker").map((o) => o.name);
}
