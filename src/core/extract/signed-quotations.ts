/**
 * A quotation set as a paragraph of its own and signed on the line below, as fact checks and epigraphs do:
 * `“I will look into it.”` then `— Sen. Ada Moss.` or `-Ada Moss, tweeting after the debate.` The name after the
 * dash is the speaker, though no verb says so.
 */
import type { QuoteReading } from "./analyse-quote.js";
import { type Mention, parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";

const DASH = /^(?:-|–|—|--)$/;

/** The person named after a dash opening a paragraph's tokens ("— Sen. Ada Moss, …"), or null. */
function signature(tokens: readonly Token[] | undefined, body: string): Mention | null {
  if (!tokens || !DASH.test(tokens[0]?.text ?? "")) return null;
  let k = 1;
  while (k < tokens.length && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  const found = k > 1 ? parseNounPhrase(tokens.slice(1, k), body) : null;
  return found?.kind === "person" ? found : null;
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
