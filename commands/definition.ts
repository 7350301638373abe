import type { CommandContext, Requester } from "./context.js";
import type { Reply } from "./reply.js";

/** A command option, described once; Discord registration and every parser derive from it. */
export interface OptionDefinition {
  name: string;
  description: string;
  required: boolean;
  maxLength: number;
  /** Values can be suggested from the corpus's canonical speakers. */
  autocomplete?: "speaker";
}

export interface CommandDefinition<Input = Record<string, string | undefined>> {
  name: string;
  description: string;
  /** Usage line shown in help texts and Slack's command hint. */
  usage: string;
  options: readonly OptionDefinition[];
  run(input: Input, context: CommandContext, requester: Requester): Promise<Reply>;
}
