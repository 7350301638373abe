/**
 * Parsing free text into a verify request, shared by every front end that receives free text (Slack's
 * `/verify` text, message shortcuts, the CLI).
 */
import { CUE_FORMS } from "../src/core/extract/lexicon.js";
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
  const pasted = pastedAttribution(input);
  if (pasted) return pasted;
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

const MARKED = /["“„«]([^"“”„«»]+?)[,.!?]?["”»]|‘([^‘’]+?)[,.!?]?’/gu;
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
/** Words of an attribution clause: "Trump said", "said Mr. Trump", "he told reporters". */
const MAX_CLAUSE_WORDS = 8;

/**
 * Who an attribution clause names, or undefined for a pronoun: `Trump said`, `said Donald Trump`, `the king
 * warned`, `he told reporters`. null when the words are not an attribution (no reporting verb, too long).
 */
function clauseSpeaker(clause: string): string | undefined | null {
  const words = clause.replace(/^[,.;:—–~\s-]+|[,.;:\s]+$/g, "").split(/\s+/);
  if (words.length < 2 || words.length > MAX_CLAUSE_WORDS) return null;
  const verb = words.findIndex((w) => CUE_FORMS.has(w));
  if (verb < 0) return null;
  const before = words.slice(0, verb);
  const after = words.slice(verb + 1);
  // "said Donald Trump": the speaker follows the verb.
  if (before.length === 0) return /^\p{Lu}/u.test(after[0] ?? "") ? after.join(" ") : null;
  if (before.length === 1 && PRONOUNS.has(before[0]!.toLowerCase())) return undefined;
  const named = /^\p{Lu}/u.test(before[0]!) && /^\p{Lu}/u.test(before.at(-1)!);
  const described = /^(?:the|a|an)$/i.test(before[0]!);
  return named || described ? before.join(" ") : null;
}

/**
 * A quotation pasted with its attribution, as articles write it: `"All is well," Trump said`, `"…," said Mr
 * Trump, "…"`, `Trump said: "All is well"`. The attribution is the claim to check, not words to match, so it is
 * read as the speaker (a pronoun names no one and is dropped) and the quoted words alone are verified.
 */
export function pastedAttribution(input: string): VerifyInput | null {
  const marks = [...input.matchAll(MARKED)];
  const first = marks[0];
  if (!first || marks.length > 2) return null;
  const second = marks[1];
  const lead = input.slice(0, first.index).trim();
  const afterFirst = first.index + first[0].length;
  const between = input.slice(afterFirst, second?.index ?? input.length).trim();
  const tail = second ? input.slice(second.index + second[0].length).trim() : "";
  if (tail !== "" || (lead !== "" && (between !== "" || second))) return null;
  const clause = lead || between;
  if (clause === "") return null;
  const speaker = clauseSpeaker(clause);
  if (speaker === null) return null;
  const quote = marks.map((m) => (m[1] ?? m[2] ?? "").trim()).join(" … ");
  return withSpeaker(quote, speaker);
}

function withSpeaker(quote: string, speaker: string | undefined): VerifyInput {
  const cleanQuote = quote.trim();
  return speaker
    ? { quote: cleanQuote, speaker: speaker.trim().replace(/[,;:]$|(?<!\b\p{Lu}\p{Ll}{0,2})\.$/u, "") }
    : { quote: cleanQuote };
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
