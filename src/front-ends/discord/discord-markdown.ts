import type { Inline, InlineStyle, RichText } from "../../../commands/index.js";

/**
 * Converting the neutral rich text to Discord markdown. Every piece of text is escaped on its own and joined with
 * our markup afterwards, so escaping must not depend on context: a backslash before every markdown character is
 * always safe in Discord (it renders the character literally), whereas context-sensitive escapers can let two
 * separately escaped pieces form markup where they meet.
 */

const ZERO_WIDTH_SPACE = "\u200b";
const ELLIPSIS = "…";

/** Breaks every form of ping and angle-bracket syntax Discord recognises, keeping the text readable. */
export function neutraliseMentions(value: string): string {
  return value
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(?=[@#/]|a?:|t:|id:)/g, `<${ZERO_WIDTH_SPACE}`);
}

/** Escapes markdown so the text renders exactly as written. */
export function escapeMarkdownText(value: string): string {
  return value
    .replace(/[\\*_~`|<>[\]]/g, "\\$&")
    .replace(/^(\s*)([#+-])/, "$1\\$2")
    .replace(/^(\s*\d+)\./, "$1\\.");
}

/** Plain text that is safe to show anywhere Discord renders markdown. */
export function safeText(value: string): string {
  return escapeMarkdownText(neutraliseMentions(value));
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}

/** Only web links become masked links; anything else is shown as text. */
export function safeUrl(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  } catch {
    return null;
  }
}

const markers: Record<Exclude<InlineStyle, "code">, string> = {
  bold: "**",
  italic: "_",
  added: "**",
  removed: "~~",
};

/** Markdown needs the markers against non-space characters: keep the spaces of a styled piece outside them. */
function wrap(body: string, marker: string): string {
  const match = body.match(/^(\s*)(.*?)(\s*)$/s);
  const [, lead = "", core = "", trail = ""] = match ?? [];
  return core ? `${lead}${marker}${core}${marker}${trail}` : body;
}

function renderInline(inline: Inline): string {
  const raw = oneLine(inline.text);
  if (inline.style === "code") {
    // Nothing can be escaped inside a code span, so the one character that would end it is swapped for a look-alike.
    const body = neutraliseMentions(raw).replace(/`/g, "ˋ");
    return body.trim() ? wrap(body, "`") : body;
  }
  const body = safeText(raw);
  const href = inline.href ? safeUrl(inline.href) : null;
  if (href) return `[${body.trim() ? body : safeText(inline.href ?? "")}](${href})`;
  return inline.style ? wrap(body, markers[inline.style]) : body;
}

/** Joins neighbours with the same look, so that two bold pieces do not render as `**a****b**`. */
function mergeNeighbours(run: RichText): Inline[] {
  const out: Inline[] = [];
  for (const inline of run) {
    const last = out[out.length - 1];
    if (last && !last.href && !inline.href && last.style === inline.style) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else {
      out.push(inline);
    }
  }
  return out;
}

function cut(value: string, length: number): string {
  let end = Math.max(0, Math.min(length, value.length));
  const code = value.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  const piece = value.slice(0, end);
  // Prefer ending on a word boundary when one is close by.
  const space = piece.lastIndexOf(" ");
  return end < value.length && space > 0 && piece.length - space <= 15 ? piece.slice(0, space) : piece;
}

/** The longest start of `inline` whose rendering fits in `budget` characters, or "" when none does. */
function truncateInline(inline: Inline, budget: number): string {
  let low = 0;
  let high = inline.text.length;
  let best = "";
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const piece = cut(inline.text, mid).trimEnd();
    const rendered = piece ? renderInline({ ...inline, text: piece }) : "";
    if (rendered.length <= budget) {
      best = rendered;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (best || !inline.href) return best;
  const { href: _dropped, ...withoutLink } = inline;
  return truncateInline(withoutLink, budget);
}

/**
 * Discord markdown for a run of rich text, at most `max` characters long. A run that does not fit is cut at a piece
 * boundary or inside a piece (never inside an escape or markup) and ends with an ellipsis.
 */
export function renderRun(run: RichText, max = Number.POSITIVE_INFINITY): string {
  const parts = mergeNeighbours(run);
  const rendered = parts.map(renderInline);
  const full = rendered.join("");
  if (full.length <= max) return full;
  if (max < ELLIPSIS.length) return "";
  const budget = max - ELLIPSIS.length;
  let out = "";
  for (const [index, piece] of rendered.entries()) {
    if (out.length + piece.length <= budget) {
      out += piece;
      continue;
    }
    const part = parts[index];
    if (part) out += truncateInline(part, budget - out.length);
    break;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}
