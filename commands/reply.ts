/**
 * The neutral reply model. Commands produce it; each front end converts it to its platform's format (Block Kit,
 * embeds, terminal text), applying that platform's escaping, mention-neutralising and size limits. Text in here is
 * plain: never pre-escaped, never platform markup.
 */
import type { ReplyAction } from "./actions.js";
import { commandMessages } from "./messages.js";

export type Tone = "success" | "warning" | "danger" | "info" | "neutral";

export type InlineStyle = "bold" | "italic" | "code" | "added" | "removed";

export interface Inline {
  text: string;
  href?: string;
  style?: InlineStyle;
}

export type RichText = Inline[];

export interface ReplyField {
  label: string;
  value: RichText;
}

export interface ReplySection {
  heading: string;
  items: RichText[];
  /** Plural noun for what `items` lists, so a trimmed list can end "and 12 more sources". */
  noun: string;
}

export interface Reply {
  kind: "verification" | "quotes" | "digest" | "help" | "error";
  tone: Tone;
  /** A Unicode emoji for the title; platforms that prefer colour use `tone`. */
  emoji: string;
  title: string;
  /** The text the user asked about, shown as a block quote. */
  quote?: string;
  /** One or two sentences under the title. */
  summary?: string;
  fields: ReplyField[];
  sections: ReplySection[];
  footer?: string;
  /** The buttons under the answer (Share, previous and next page), each with the request it runs. */
  actions?: ReplyAction[];
  /**
   * The command's result as data, for machine-readable output (the terminal's --json); never shown by a chat
   * front end and never stored.
   */
  data?: unknown;
}

export const text = (value: string, style?: InlineStyle): Inline =>
  style ? { text: value, style } : { text: value };
export const link = (value: string, href: string): Inline => ({ text: value, href });

/** Plain text of a rich text run, for logs, tests and plain-text fallbacks. */
export function plain(run: RichText): string {
  return run.map((part) => part.text).join("");
}

/** An answer that is not a result: bad input, a failure, a button that expired. */
export function errorReply(message: string, code?: string): Reply {
  return {
    kind: "error",
    tone: "warning",
    emoji: "⚠️",
    title: "I couldn't check that",
    summary: message,
    fields: [],
    sections: [],
    ...(code ? { data: { error: message, code } } : {}),
  };
}

/** A short notice in the reply's look, for answers that are not a command's result. */
export function notice(title: string, summary: string, emoji = "⌛"): Reply {
  return { kind: "error", tone: "neutral", emoji, title, summary, fields: [], sections: [] };
}

/** What the user sees when something failed on our side. */
export function failureReply(): Reply {
  return errorReply(commandMessages.INTERNAL_FAILURE(), "INTERNAL_FAILURE");
}
