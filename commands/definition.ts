import type { CommandContext, Requester } from "./context.js";
import type { Reply } from "./reply.js";

/** A command option, described once; Discord registration and the terminal's parser derive from it. */
export interface OptionDefinition {
  name: string;
  description: string;
  required: boolean;
  maxLength: number;
  /** Values can be suggested from the corpus's canonical speakers. */
  autocomplete?: "speaker";
  /** Given on a command line as the positional argument rather than as --name. */
  positional?: boolean;
}

export type OptionValues = Readonly<Record<string, string | undefined>>;

export interface CommandDefinition<Input = unknown> {
  name: string;
  description: string;
  /** Usage line shown in Slack's command hint. */
  usage: string;
  options: readonly OptionDefinition[];
  /** The input from free text: Slack's command text, a pasted message. */
  fromText(text: string): Input;
  /** The input from named options: Discord's option boxes, the terminal's flags. */
  fromOptions(values: OptionValues): Input;
  /** Never rejects for bad input (that is an error reply); rejects only when something failed on our side. */
  run(input: Input, context: CommandContext, requester: Requester): Promise<Reply>;
}
