/**
 * Who "according to" names. Whatever follows it is the source of what the sentence reports — a person, a body, or
 * a document, recording or outlet ("according to a Pentagon readout", "according to audio provided to the
 * paper", "according to a study last year"), though most such nouns would never be read as speaking elsewhere.
 */
import { DOCUMENT_NOUNS } from "./document-issuer.js";
import { word } from "./find-subject.js";
import { TIME_WORDS } from "./lexicon.js";
import { tagsOf } from "./lexicon-tags.js";
import { type Mention, makeMention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isFunctionWord } from "./name-words.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import { inQuotationSentenceReadingTitles } from "./quotation-sentence.js";
import type { Token } from "./tokens.js";

/** The cue recorded for a source written after "according to". */
export const ACCORDING_TO = "according to";

/** Where the noun phrase from `j` ends; a document noun closes it though it reads as a verb too ("pool report"). */
function phraseEnd(tokens: readonly Token[], j: number, hi: number): number {
  let k = j;
  while (k < hi && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  if (k > j && k < hi && DOCUMENT_NOUNS.has(tokens[k]!.text)) k++;
  return k;
}

/** Tags of a word that never heads a noun phrase ("their last known", "the latest"). */
const NOT_HEAD_TAGS = new Set(["Adjective", "Comparative", "Superlative", "Gerund", "PastTense", "Adverb"]);

/**
 * A lowercase word that can head a noun phrase: no function word, time word or number, nor a word the lexicon
 * knows only as an adjective, participle or adverb (a word it does not know, "readout", may).
 */
function isHeadWord(t: Token | undefined): boolean {
  return (
    t?.kind === "word" &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
    !isFunctionWord(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    !tagsOf(t.lower).some((tag) => NOT_HEAD_TAGS.has(tag))
  );
}

/**
 * The source written in tokens [j, k): the phrase as a speaker when it reads as one; else, when it ends in a noun,
 * the phrase as a description ("a Pentagon readout"); else its longest opening part that reads as a speaker ("a
 * study last year" → "a study").
 */
function sourceIn(tokens: readonly Token[], j: number, k: number, body: string): Mention | null {
  const whole = parseNounPhrase(tokens.slice(j, k), body);
  if (whole) return whole;
  if (isHeadWord(tokens[k - 1])) return described(tokens.slice(j, k), body);
  for (let end = k - 1; end > j; end--) {
    const found = parseNounPhrase(tokens.slice(j, end), body);
    if (found) return found;
  }
  return null;
}

/** The words as a description headed by their last word. */
function described(words: readonly Token[], body: string): Mention {
  const text = body.slice(words[0]!.start, words[words.length - 1]!.end);
  return makeMention(words, "description", text, text, null, [], words[words.length - 1]!.lower);
}

/**
 * "according to X", or to what X is of or from: "according to a statement from X", "according to a review of
 * the transcripts" (the object when it reads as a speaker, else the first phrase).
 */
export function accordingTo(tokens: readonly Token[], i: number, hi: number, body: string): Mention | null {
  const j = i + 2;
  const k = phraseEnd(tokens, j, hi);
  const found = k > j ? sourceIn(tokens, j, k, body) : null;
  if (found?.kind === "description" && /^(?:from|by|of)$/.test(word(tokens, k))) {
    const end = phraseEnd(tokens, k + 1, hi);
    const object = end > k + 1 ? parseNounPhrase(tokens.slice(k + 1, end), body) : null;
    if (object) return object;
  }
  return found;
}

/**
 * Whether the "according to" at `at` is set off from the clause before it — after a comma, dash, bracket or
 * closing quotation mark, or opening its sentence — as a source is ("…,” Obama said, according to a pool
 * report"), unlike the manner it may also name ("ranks countries according to the steps they take").
 */
export function isSetOff(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(body[i]!)) i--;
  return i < 0 || /[,;(—–\-"”'’.!?:]/.test(body[i]!);
}

/** Whether a source is one a set-off "according to" names in the sentence of the quotation [open, close). */
export function accordingToInSentence(
  body: string,
  source: { cue: string | null; at: number },
  open: number,
  close: number,
): boolean {
  return (
    source.cue === ACCORDING_TO &&
    isSetOff(body, source.at) &&
    inQuotationSentenceReadingTitles(body, source.at, open, close)
  );
}
