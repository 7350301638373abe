import { fail, MAX_QUOTE_LENGTH } from "../errors.js";
import type { VerifyQuery } from "../types.js";
import { tokenise } from "./tokenise.js";
import { wordClass } from "./word-classes.js";

export const MAX_SPEAKER_LENGTH = 120;

/** Control and invisible formatting characters (zero-width spaces, direction marks, BOM); tabs and newlines become spaces. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const QUOTE_MARKS = `"'“”‘’„‟«»‹›「」『』\``;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Up to this many words, a quotation needs a word of its own: "the" or "do it" is in everyone's quotations. */
const SHORT_WORDS = 2;
/** Text this long is refused before any processing, so a huge paste costs nothing. */
const HARD_LIMIT = MAX_QUOTE_LENGTH * 4;

function clean(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Pasted quotations often keep their quote marks, sometimes nested (“'All is well'”); they are not part of the words. */
function unwrap(text: string): string {
  let out = text;
  while (
    out.length >= 2 &&
    QUOTE_MARKS.includes(out.charAt(0)) &&
    QUOTE_MARKS.includes(out.charAt(out.length - 1))
  ) {
    out = out.slice(1, -1).trim();
  }
  return out;
}

const distinctive = (word: string) => ["content", "number"].includes(wordClass(word));

/**
 * Checks and cleans a query before it is matched: the quotation must have words and fit the length limit, the
 * speaker (optional) must be a plausible name. Returns the cleaned query; throws VerbatimError otherwise.
 * Cleaning is idempotent, so validating twice is harmless.
 */
export function validateQuery(query: VerifyQuery): VerifyQuery {
  const raw = typeof query?.quote === "string" ? query.quote : "";
  if (raw.length > HARD_LIMIT) fail("QUOTE_TOO_LONG", raw.length);
  const quote = unwrap(clean(raw));
  if (!quote) fail("QUOTE_EMPTY");
  if (quote.length > MAX_QUOTE_LENGTH) fail("QUOTE_TOO_LONG", quote.length);
  // A link alone has letters but no words to check (links are not read as words).
  const words = tokenise(quote);
  if (!HAS_WORD.test(quote) || words.count === 0) fail("QUOTE_NO_WORDS");
  if (quote.split(" ").length <= SHORT_WORDS && !words.match.some(distinctive)) fail("QUOTE_TOO_COMMON");
  const rawSpeaker = typeof query.speaker === "string" ? query.speaker : "";
  if (rawSpeaker.length > MAX_SPEAKER_LENGTH * 4) fail("SPEAKER_TOO_LONG");
  const speaker = clean(rawSpeaker).replace(/^[-–—~]+\s*/, "");
  if (speaker.length > MAX_SPEAKER_LENGTH) fail("SPEAKER_TOO_LONG");
  return speaker ? { quote, speaker } : { quote };
}
