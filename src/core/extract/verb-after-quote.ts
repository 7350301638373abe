/**
 * The last resort for a quotation that opens its sentence: a short frame right after it, "“…,” Lena Marsh pressed."
 * or "“…,” an angry minister retaliated.", reports the quotation even when its verb is not a known reporting verb,
 * because nothing else can follow a quotation that way.
 */
import type { Attribution } from "./find-attribution.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";
import { isFiniteVerb } from "./word-classes.js";

/** Longest subject read between the quotation and the verb, in tokens. */
const MAX_SUBJECT = 5;

function isVerb(t: Token | undefined): boolean {
  return t?.kind === "word" && !t.cap && (isFiniteVerb(t.lower) || /[^e]ed$|[^s]es$/.test(t.lower));
}

/** What may follow such a verb: the end of the sentence, a comma, or an adverb or phrase of manner or place. */
function closesFrame(t: Token | undefined): boolean {
  if (!t || t.kind === "quote") return true;
  if (t.kind === "punct") return /^[.,;!?—–]$/.test(t.text);
  return /^(?:in|at|on|to|during|after|before|from|with|\p{Ll}+ly)$/u.test(t.lower);
}

/** `“…,” Lena Marsh pressed.`: subject and verb right after the quotation at token q, before token `to`. */
export function verbAfterQuote(
  tokens: readonly Token[],
  q: number,
  to: number,
  body: string,
): Attribution | null {
  const from = tokens[q + 1]?.text === "," ? q + 2 : q + 1;
  if (isVerb(tokens[from])) return invertedFrame(tokens, from, to, body);
  for (let v = from + 1; v < to && v <= from + MAX_SUBJECT; v++) {
    if (!isVerb(tokens[v])) continue;
    if (!closesFrame(tokens[v + 1])) return null;
    const mention = parseNounPhrase(tokens.slice(from, v), body);
    return mention ? { mention, cue: tokens[v]!.text, at: v } : null;
  }
  return null;
}

/**
 * `“…,” reacted the mayor.`, `“…,” remembered Paul Wexley, the company's former spokesman.`: a named subject
 * after the verb.
 */
function invertedFrame(tokens: readonly Token[], verb: number, to: number, body: string): Attribution | null {
  let end = verb + 1;
  while (
    end < to &&
    end - verb <= MAX_SUBJECT &&
    isNounPhraseToken(tokens[end], tokens[end - 1], tokens[end + 1])
  )
    end++;
  const subject = tokens.slice(verb + 1, end);
  if (!subject.some((t) => t.cap) || !closesFrame(tokens[end]) || tokens[end]?.kind === "word") return null;
  const mention = parseNounPhrase(subject, body);
  return mention && mention.kind !== "pronoun" ? { mention, cue: tokens[verb]!.text, at: verb } : null;
}
