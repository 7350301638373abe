/**
 * Whether a token is a reporting verb used as a verb, and in what form: a participle, a passive, inside a relative
 * clause, foreseen rather than reported, or announcing the quotation after a colon.
 */
import { isDocumentNoun } from "./document-issuer.js";
import { word } from "./find-subject.js";
import { CONJUNCTIONS, CUE_FORMS, CUE_PARTICLE, PREPOSITIONS } from "./lexicon.js";
import type { Token } from "./tokens.js";

const NOT_SPEECH_AFTER = new Set(["for", "on", "off", "up", "in", "out", "upon", "into", "to", "back", "by"]);
const POSSESSIVE_DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "this",
  "whose",
]);

/**
 * "brand" reports words only with the one branded after it ("Ms Lane branded the plan “…”"); with no object it is
 * the noun ("the Beringer and Penfolds brands among others").
 */
function namesAnObject(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  return next !== "" && !PREPOSITIONS.has(next) && !CONJUNCTIONS.has(next);
}

/**
 * "Foster's said", "Reid's told" (a business's name, or "has"): forms that are only ever verbs after a name in the
 * possessive, unlike "Trump's claims", "Trump's call" or "Trump's continued appeal".
 */
const ONLY_VERBS = new Set("said says told tells wrote writes adds insists".split(" "));

/** Words between a document and its verb: "the poll also found", "a survey has found", "the study clearly finds". */
const BETWEEN_DOCUMENT_AND_VERB = /^(?:also|has|have|had|now|still|\p{Ll}+ly)$/u;

/**
 * "A Gallup poll found", "the study finds": "find" reports what a poll, survey, study or report says (news words
 * for its findings); after anyone else ("police found the car") it reports nothing.
 */
function afterDocument(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && BETWEEN_DOCUMENT_AND_VERB.test(word(tokens, j))) j--;
  return isDocumentNoun(word(tokens, j));
}

/**
 * The first and last letters and lengths of every reporting verb's form, as a bit per length for each pair of
 * letters: every word of a corpus is asked whether it is a reporting verb, and three out of four fail this
 * test without the lookup and the hashing of their text that asking the forms costs.
 */
const CUE_SHAPES = new Uint16Array(128 * 128);
const LONGEST_SHAPE = 15;
for (const form of CUE_FORMS.keys()) {
  const first = form.charCodeAt(0);
  const last = form.charCodeAt(form.length - 1);
  if (first < 128 && last < 128) CUE_SHAPES[first * 128 + last]! |= 1 << Math.min(form.length, LONGEST_SHAPE);
}

/** False only for a word no reporting verb's form can be; letters past ASCII are left to the lookup. */
function mayBeCueForm(lower: string): boolean {
  const first = lower.charCodeAt(0);
  const last = lower.charCodeAt(lower.length - 1);
  if (!(first < 128 && last < 128)) return true;
  return (CUE_SHAPES[first * 128 + last]! & (1 << Math.min(lower.length, LONGEST_SHAPE))) !== 0;
}

/** Built once: a regex literal in a function makes a new object each time it runs, and these run per token. */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;
const POSSESSIVE_WORD = /\p{L}['’]s?$/u;
const SENTENCE_END = /^[.!?]$/;

/** Whether token i is a reporting verb used as a verb (not "a post", "the state", "called for"). */
export function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.lower === "according") return word(tokens, i + 1) === "to";
  // "Said Dorothy Pike, who grew up on the same street, “…”": only "said" opens a sentence as a reporting verb.
  if (t.cap && !(t.lower === "said" && opensSentence(tokens, i))) return false;
  if (!mayBeCueForm(t.lower) || !CUE_FORMS.has(t.lower)) return false;
  const previous = word(tokens, i - 1);
  if (POSSESSIVE_DETERMINERS.has(previous)) return false;
  if (POSSESSIVE_WORD.test(previous) && !(tokens[i - 1]?.cap && ONLY_VERBS.has(t.lower))) return false;
  const lemma = CUE_FORMS.get(t.lower);
  if (
    (lemma === "call" || lemma === "continue" || lemma === "begin") &&
    NOT_SPEECH_AFTER.has(word(tokens, i + 1))
  ) {
    return false;
  }
  if (lemma === "brand" && !namesAnObject(tokens, i)) return false;
  if (lemma === "find" && !afterDocument(tokens, i)) return false;
  if (lemma === "blame" && isToBlame(tokens, i)) return false;
  const particle = CUE_PARTICLE.get(lemma ?? "");
  return particle === undefined || word(tokens, i + 1) === particle;
}

/** "Suggestions that … is to blame are wrong": "be to blame" says who is at fault; nobody speaks. */
function isToBlame(tokens: readonly Token[], i: number): boolean {
  if (word(tokens, i - 1) !== "to") return false;
  let j = i - 2;
  while (j >= 0 && LY_ADVERB.test(tokens[j]?.text ?? "")) j--;
  return PROGRESSIVE.has(word(tokens, j));
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !previous || previous.kind === "quote" || SENTENCE_END.test(previous.text);
}

const PROGRESSIVE = new Set(["is", "was", "are", "were", "been", "be", "am", "'s", "’s"]);

/** "…, saying", "declaring it": a participle whose subject is the clause's. */
export function isParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.lower.endsWith("ing") && t.lower !== "according" && !PROGRESSIVE.has(word(tokens, i - 1));
}

const PASSIVE_AUXILIARIES = new Set([
  "was",
  "were",
  "is",
  "are",
  "been",
  "being",
  "be",
  "get",
  "got",
  "gets",
]);

/** "Iraq was told that…": the subject of a passive reporting verb is the one spoken to. */
export function isPassive(tokens: readonly Token[], i: number): boolean {
  const form = tokens[i]!.lower;
  if (form.endsWith("ing") || CUE_FORMS.get(form) === form) return false;
  let j = i - 1;
  while (j >= 0 && LY_ADVERB.test(tokens[j]?.text ?? "")) j--;
  return PASSIVE_AUXILIARIES.has(word(tokens, j));
}

/** Words between a reporting verb and the colon of a quotation it announces ("wrote of the mayor:"). */
const MAX_ANNOUNCING = 6;

/**
 * `"…" Ms. Ames said: "…"`: a verb whose clause runs into a colon and a quotation announces that quotation, so it
 * is no evidence for the one before it.
 */
export function announcesNext(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue + 1; k <= cue + MAX_ANNOUNCING; k++) {
    const t = tokens[k];
    if (t?.text === ":") return tokens[k + 1]?.kind === "quote";
    if (t?.kind !== "word") return false;
  }
  return false;
}

const MODALS = new Set(["will", "would", "could", "might", "may", "can", "should", "must", "to"]);

/** "women who complained": a reporting verb inside a relative clause. */
export function isRelative(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && LY_ADVERB.test(tokens[j]?.text ?? "")) j--;
  return /^(?:who|which|that)$/.test(word(tokens, j));
}

/** "will say", "are more likely to say": speech foreseen or supposed rather than reported. */
export function isHypothetical(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && LY_ADVERB.test(tokens[j]?.text ?? "")) j--;
  return MODALS.has(word(tokens, j));
}
