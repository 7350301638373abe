/**
 * Every message the commands and front ends show a user about a request (as opposed to an answer), in one place,
 * each behind a code, the way the core keeps its validation messages in src/core/errors.ts. Front ends print these
 * as they are; a message that names a command takes the front end's way of writing it (`/verify` in chat,
 * `verbatim verify` in a terminal).
 */
export type CommandStyle = "chat" | "terminal";

const invoke = (style: CommandStyle, command: string) =>
  style === "chat" ? `/${command}` : `verbatim ${command}`;

export const commandMessages = {
  /** Something failed on our side; the details are in the log, never in the answer. */
  INTERNAL_FAILURE: () =>
    "Something went wrong on my side while checking that, and it has been logged. Please try again in a moment.",
  VERIFY_USAGE: (style: CommandStyle) =>
    style === "chat"
      ? 'Paste the quotation after the command: /verify "All is well" — Donald Trump. The speaker after a dash (—, - or ~) is optional; without it I tell you who said it. You can also use "Verify quote" from any message\'s menu.'
      : 'Give the quotation to check: verbatim verify "All is well", optionally with --speaker "Donald Trump".',
  QUOTES_USAGE: (style: CommandStyle) => `Name a speaker, e.g. ${invoke(style, "quotes")} Javad Zarif.`,
  NO_SUCH_SPEAKER: (name: string, suggestions: readonly string[]) =>
    `I have no quotations from “${name}” in the corpus.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(", ")}?` : ""}`,
  MESSAGE_WITHOUT_TEXT: () =>
    "That message has no text to check — use Verify quote on a message that quotes someone.",
  ACTION_EXPIRED: () =>
    "That button no longer works — the answer it belonged to is gone. Run the command again for a fresh answer.",
  SHARE_FAILED: () =>
    "I couldn't post that in the channel just now — I may not be allowed to post here. Your private answer is unchanged; try Share again in a moment.",
  UNKNOWN_COMMAND: (name: string) => `I don't know the command “${name}”. Try /verify or /quotes.`,
  RESTARTING: () => "Verbatim is restarting. Please try again in a minute.",
} as const;

export type CommandMessageCode = keyof typeof commandMessages;
