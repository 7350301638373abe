/**
 * Turning plain text (user input, corpus text) into Slack text that displays as written and can never notify
 * anyone. Slack parses `<!channel>`, `<@U…>`, `<#C…>` and `<!subteam^…>` inside `<…>`, so escaping `<` and `>`
 * defuses them; a zero-width joiner after every `@` also defuses literal `@channel`/`@here`/`@everyone`, which
 * Slack links when a message is posted with name linking on.
 */
import type { Inline, RichText } from "../../../commands/reply.js";
import { truncate } from "../../../commands/wording.js";

const ZWJ = "\u200d";
const ZWSP = "\u200b";
const ELLIPSIS = "…";

/** Escaping and mention-neutralising for mrkdwn text. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, `@${ZWJ}`);
}

/**
 * plain_text is shown literally (no entity decoding), so instead of escaping, a joiner breaks up anything that
 * could read as a mention token.
 */
export function neutralisePlain(value: string): string {
  return value.replace(/@/g, `@${ZWJ}`).replace(/<(?=[!@#])/g, `<${ZWJ}`);
}

export { truncate };

/** Escaped text of at most `max` characters, cut before escaping so no entity is split. */
export function escapeTruncated(value: string, max: number): string {
  const full = escapeMrkdwn(value);
  if (full.length <= max) return full;
  let out = "";
  for (const char of value) {
    const piece = escapeMrkdwn(char);
    if (out.length + piece.length + ELLIPSIS.length > max) break;
    out += piece;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** Only http(s) links are rendered as links; `|`, `<`, `>` would end Slack's link syntax early. */
function safeUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.href.replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/&/g, "&amp;");
}

const MARKS: Record<string, string> = { bold: "*", added: "*", italic: "_", removed: "~", code: "`" };
/** A marker character inside a span would close it early; its look-alike keeps the text readable. */
const LOOK_ALIKES: Record<string, string> = { "*": "∗", _: "＿", "~": "∼", "`": "ˋ" };

/**
 * Slack only honours `*x*` when the markers sit at a word boundary and hug the words, so surrounding spaces stay
 * outside the markers and a zero-width space separates a marker from an adjacent letter.
 */
function styled(raw: string, mark: string, before: string, after: string): string {
  const match = raw.match(/^(\s*)([\s\S]*?)(\s*)$/);
  const lead = match?.[1] ?? "";
  const core = match?.[2] ?? raw;
  const trail = match?.[3] ?? "";
  if (!core) return raw;
  // A style cannot span lines in Slack, so line breaks inside a styled span become spaces.
  const inner = escapeMrkdwn(core.replaceAll(mark, LOOK_ALIKES[mark] ?? mark).replace(/\s*\n\s*/g, " "));
  const glueBefore = !lead && /[\p{L}\p{N}]$/u.test(before) ? ZWSP : "";
  const glueAfter = !trail && /^[\p{L}\p{N}]/u.test(after) ? ZWSP : "";
  return `${lead}${glueBefore}${mark}${inner}${mark}${glueAfter}${trail}`;
}

export function inlineToMrkdwn(inline: Inline, before = "", after = ""): string {
  if (inline.href) {
    const url = safeUrl(inline.href);
    const label = escapeMrkdwn(inline.text.replace(/\|/g, "¦"));
    if (url) return `<${url}|${label}>`;
  }
  const mark = inline.style ? MARKS[inline.style] : undefined;
  return mark ? styled(inline.text, mark, before, after) : escapeMrkdwn(inline.text);
}

/** Two differently marked words with nothing between them ("defense" / "defence" in a diff) read as one. */
function needsSpace(left: Inline | undefined, right: Inline | undefined): boolean {
  return Boolean(left?.style && right?.style && !/\s$/.test(left.text) && !/^\s/.test(right.text));
}

/** A rich text run as mrkdwn of at most `max` characters; an over-long run loses its tail, not its markup. */
export function runToMrkdwn(run: RichText, max = Number.POSITIVE_INFINITY): string {
  let out = "";
  for (let i = 0; i < run.length; i += 1) {
    const inline = run[i] as Inline;
    const previous = run[i - 1];
    const next = run[i + 1];
    const before = needsSpace(previous, inline) ? " " : (previous?.text ?? "");
    // A styled neighbour brings its own separation, so only plain text after is considered here.
    const after = next?.style ? "" : (next?.text ?? "");
    const piece = inlineToMrkdwn(inline, before, after) + (needsSpace(inline, next) ? " " : "");
    if (out.length + piece.length <= max) {
      out += piece;
      continue;
    }
    out += fitInline(inline, max - out.length - ELLIPSIS.length, before);
    return `${out}${ELLIPSIS}`;
  }
  return out;
}

/** The longest prefix of an inline whose rendering fits `room` characters (escaping can lengthen text). */
function fitInline(inline: Inline, room: number, before: string): string {
  if (room <= 4) return "";
  let length = Math.min(inline.text.length, room);
  while (length > 0) {
    const cut = { ...inline, text: inline.text.slice(0, length).trimEnd() };
    const piece = inlineToMrkdwn(cut.href ? { text: cut.text } : cut, before, "");
    if (piece.length <= room) return piece;
    // Escaping lengthens text unevenly; shrink in proportion to the overshoot.
    length = Math.min(length - 1, Math.floor((length * room) / piece.length));
  }
  return "";
}

/** A block quote of user text: every line prefixed with `>`. */
export function blockQuote(value: string, max: number): string {
  const lines = truncate(value.trim(), max).split(/\r?\n/);
  let out = "";
  for (const line of lines) {
    const next = `${out ? "\n" : ""}>${escapeMrkdwn(line)}`;
    if (out.length + next.length > max) return `${out}${ELLIPSIS}`;
    out += next;
  }
  return out;
}
