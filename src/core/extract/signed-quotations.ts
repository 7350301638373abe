/**
 * A quotation set as a paragraph of its own and signed on the line below, as fact checks and epigraphs do:
 * `“I will look into it.”` then `— Sen. Ada Moss.` or `-Ada Moss, tweeting after the debate.` The name after the
 * dash is the speaker, though no verb says so; a line holding only a full name and a role signs it too
 * (`Ada Moss, chairman`).
 */
import type { QuoteReading } from "./analyse-quote.js";
import { DETERMINERS, PREPOSITIONS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";

const DASH = /^(?:-|–|—|--)$/;

/** Longest signature line without a dash, in tokens: "Ada Moss, chair of the harbour trust". */
const MAX_UNDASHED = 14;

/** The person named after a dash opening a paragraph's tokens ("— Sen. Ada Moss, …"), or null. */
function signature(tokens: readonly Token[] | undefined, body: string): Mention | null {
  if (!tokens) return null;
  const dashed = DASH.test(tokens[0]?.text ?? "");
  const from = dashed ? 1 : 0;
  let k = from;
  while (k < tokens.length && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  const found = k > from ? parseNounPhrase(tokens.slice(from, k), body) : null;
  if (found?.kind !== "person") return null;
  return dashed || signsWithoutDash(tokens, k, found) ? found : null;
}

/**
 * "Ada Moss, chairman" on a line of its own: with no dash, only a full name, then at most a role after a comma,
 * with no verb that would make the line a sentence of its own.
 */
function signsWithoutDash(tokens: readonly Token[], end: number, found: Mention): boolean {
  if (tokens.length > MAX_UNDASHED || !/\s/.test(found.name)) return false;
  const rest = tokens.slice(end).filter((t, i, all) => !(i === all.length - 1 && t.text === "."));
  if (rest.length > 0 && rest[0]!.text !== ",") return false;
  return rest.every(
    (t, i) =>
      t.text === "," ||
      isNounPhraseToken(t, rest[i - 1], rest[i + 1]) ||
      PREPOSITIONS.has(t.lower) ||
      DETERMINERS.has(t.lower),
  );
}

/**
 * Gives each quotation with no attribution of its own that fills its paragraph (`alone`) the person signed on the
 * paragraph after it. `tokens` are the article's by paragraph.
 */
export function signQuotations(
  readings: readonly QuoteReading[],
  tokens: ReadonlyArray<readonly Token[]>,
  body: string,
  alone: (reading: QuoteReading) => boolean,
): void {
  for (const r of readings) {
    if (r.attribution || r.span.runsOn || !alone(r)) continue;
    const signed = signature(tokens[r.paragraph + 1], body);
    if (signed) r.attribution = { mention: signed, cue: null, at: r.token };
  }
}
