/**
 * Parsing free text into a verify request, shared by every front end that receives free text (Slack's
 * `/verify` text, message shortcuts, the CLI).
 */
export interface VerifyInput {
  quote: string;
  speaker?: string;
}

const OPEN = "\"“”„«‘'";
const PAIRS: Record<string, string> = {
  '"': '"',
  "“": "”",
  "”": "”",
  "„": "“",
  "«": "»",
  "‘": "’",
  "'": "'",
};

/**
 * `"QUOTE" — SPEAKER`, `QUOTE - SPEAKER`, `QUOTE ~ SPEAKER`. A dash inside the quotation marks belongs to the quote;
 * without quotation marks only the last " — ", " - " or " ~ " separates a speaker, so "self-defense" is safe.
 */
export function parseVerifyText(raw: string): VerifyInput {
  const input = raw.trim();
  const first = input[0];
  if (first && OPEN.includes(first)) {
    const close = PAIRS[first] ?? first;
    const end = input.lastIndexOf(close);
    if (end > 0) {
      const rest = input.slice(end + 1).trim();
      const speaker = rest.match(/^(?:—|–|-{1,2}|~)\s*(.+)$/)?.[1]?.trim();
      if (speaker || rest === "") return withSpeaker(input.slice(1, end), speaker);
    }
  }
  const split = input.match(/^(.*\S)\s+(?:—|–|-{1,2}|~)\s+(\S.*)$/s);
  if (split?.[1] && split[2] && split[2].length <= 80 && !/[.!?]$/.test(split[2])) {
    return withSpeaker(stripOuterQuotes(split[1]), split[2]);
  }
  return { quote: input };
}

function withSpeaker(quote: string, speaker: string | undefined): VerifyInput {
  const cleanQuote = quote.trim();
  return speaker ? { quote: cleanQuote, speaker: speaker.trim() } : { quote: cleanQuote };
}

function stripOuterQuotes(value: string): string {
  const first = value[0];
  if (first && OPEN.includes(first) && value.endsWith(PAIRS[first] ?? first))
    return value.slice(1, -1).trim();
  return value;
}

const QUOTED = /["“„«]([^"“”„«»]{3,})["”»]|‘([^‘’]{3,})’/g;

/**
 * The words to check in an arbitrary message: its quoted words if it has quotation marks (several quoted pieces
 * are joined with an ellipsis, so each is verified on its own), else the whole text.
 */
export function quoteFromMessage(message: string): string {
  const pieces = [...message.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? "").trim()).filter(Boolean);
  return pieces.length > 0 ? pieces.join(" … ") : message.trim();
}

const EDGE_MENTION = String.raw`(?:@(?:channel|here|everyone|someone|group)\b|<[@#!][^<>\s]*>)`;
const LEADING_MENTIONS = new RegExp(String.raw`^(?:\s*${EDGE_MENTION}[\s,:]*)+`, "i");
const TRAILING_MENTIONS = new RegExp(String.raw`(?:[\s,:]*${EDGE_MENTION}\s*)+$`, "i");

/**
 * Messages are often pasted with the chat's mentions around the quotation ("@channel “All is well”"). Those
 * belong to the message, not to the quotation, so they are dropped from its edges before matching. Mentions inside
 * the text stay: they may be part of what was said. A text that is nothing but mentions is left as it is, so the
 * user is answered about what they actually sent.
 */
export function withoutEdgeMentions(quote: string): string {
  const trimmed = quote.replace(LEADING_MENTIONS, "").replace(TRAILING_MENTIONS, "").trim();
  return trimmed === "" ? quote : trimmed;
}
