/**
 * Attribution without a reporting verb: a colon after a clause that names the speaker ("Trump's tenor was far
 * rosier: “…”", "Senator Maria Lopez issued the following statement:"), a possessive on a noun for something
 * said ("the director's conclusion: “careless”"), or a verdict verb ("the board rejected it as “unworkable”").
 * Also whether short quoted words stand in such a noun's complement ("her call for “fair fares”").
 */
import type { Attribution } from "./find-attribution.js";
import { clauseSubject, MAX_NP, subjectBefore, word } from "./find-subject.js";
import { DETERMINERS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";
import { isVerbForm } from "./word-classes.js";

/** The noun phrase ending in the possessive at token i ("the minister's", "Iran's Supreme Leader's"), or null. */
function possessorAt(tokens: readonly Token[], i: number, lo: number, body: string): Mention | null {
  const t = tokens[i];
  const m = t?.kind === "word" ? /^(.*\p{L})['’]s?$/u.exec(t.text) : null;
  if (!t || !m?.[1]) return null;
  // Every field written out in the tokenizer's order: a spread copy gets an object shape of its own, on which the
  // noun-phrase readers' optimised code is thrown away.
  const bare: Token = {
    text: m[1],
    lower: m[1].toLowerCase(),
    cap: t.cap,
    start: t.start,
    end: t.start + m[1].length,
    kind: t.kind,
    quote: t.quote,
    reading: undefined,
    nameWord: undefined,
  };
  let start = i;
  while (
    start > lo &&
    start > i - MAX_NP &&
    isNounPhraseToken(tokens[start - 1], tokens[start - 2], tokens[start])
  )
    start--;
  const found = parseNounPhrase([...tokens.slice(start, i), bare], body);
  return found && found.kind !== "pronoun" ? found : null;
}

/** "The minister's reply was short:" — the possessor of a noun in the clause, read as a speaker. */
function possessorIn(tokens: readonly Token[], from: number, to: number, body: string): Mention | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const found = possessorAt(tokens, i, from, body);
    if (found) return found;
  }
  return null;
}

/** Nouns for something said: "the director's conclusion that …", "the senator's promise: …". */
const SPEECH_NOUNS = new Set(
  `remark remarks comment comments statement words claim claims assertion conclusion description promise pledge
  warning message tweet speech response reply answer argument declaration admission suggestion accusation
  criticism complaint quip joke line phrase slogan question vow threat boast refrain mantra characterization
  assessment plea demand insistence testimony verdict description`.split(/\s+/),
);

/** Nouns for something said whose complement holds the words: "a call for …", "his dictum that …". */
const COMPLEMENT_NOUNS = new Set([...SPEECH_NOUNS, "call", "calls", "dictum", "offer", "broadside"]);
/** The verb of a call for something, its object the words called for: "the CBI called for a “pause year”". */
const CALLED_FOR = new Set(["called", "calling"]);
/** Words that open a speech noun's complement: "Sanders' call for …", "her pledge to …", "his dictum that …". */
const COMPLEMENT_OPENERS = new Set(["that", "for", "to", "against", "of"]);
/** How many words may stand between the complement's opener and a short quotation it holds. */
const MAX_COMPLEMENT_WORDS = 6;

/**
 * "Sanders' call for a “revolution”", "the 1999 admission that he was “very pro-choice”": whether the quotation
 * stands in the complement of a noun for something said, unbroken by punctuation, and so quotes what was said.
 */
export function inSpeechNounComplement(tokens: readonly Token[], from: number, q: number): boolean {
  for (let k = q - 1; k > from && k >= q - 1 - MAX_COMPLEMENT_WORDS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    const head = word(tokens, k - 1);
    const opens = COMPLEMENT_OPENERS.has(t.lower) && COMPLEMENT_NOUNS.has(head);
    if (!opens && !(t.lower === "for" && CALLED_FOR.has(head))) continue;
    // "her pledge to cut …" opens what was said; "a complaint to the league about …" names who heard it.
    const next = tokens[k + 1];
    return t.lower !== "to" || (next?.kind === "word" && !next.cap && !DETERMINERS.has(next.lower));
  }
  return false;
}

/** Nouns for words called out loud: a chant, a cry, a shout. */
const OUTCRY_NOUNS = new Set(`chant chants cry cries shout shouts yell yells scream screams`.split(/\s+/));

/**
 * "chants of “Lock the gates”", "cries of “Shame!”": words called out, quoted right after "of". They are somebody's
 * words whatever their capitals, as a crowd's chant is often a name or a slogan.
 */
export function calledOut(tokens: readonly Token[], q: number): boolean {
  return word(tokens, q - 1) === "of" && OUTCRY_NOUNS.has(word(tokens, q - 2));
}

/**
 * Short words a sentence reports without a reporting verb: after a verdict verb, in a speech noun's complement,
 * or called out.
 */
export function reportedWithoutCue(tokens: readonly Token[], from: number, q: number): boolean {
  return (
    verdictBefore(tokens, from, q) >= 0 || inSpeechNounComplement(tokens, from, q) || calledOut(tokens, q)
  );
}

/**
 * Verbs by which a person or body gives a verdict in its own words, the words then quoted short: "rejected the
 * idea as “ludicrous”", "deemed him “well qualified”", "a judge determined that … a “reasonable suspicion”".
 */
const VERDICT_VERBS = new Set(
  `rejected rejecting protested deemed determined indicated rated ruled ruling found finding`.split(/\s+/),
);

/** The verdict verb before the quotation in its sentence, or -1 ("ruled out" refuses, it does not judge). */
export function verdictBefore(tokens: readonly Token[], from: number, q: number): number {
  for (let i = q - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.kind === "word" && VERDICT_VERBS.has(t.lower) && tokens[i + 1]?.lower !== "out") return i;
  }
  return -1;
}

/** "The review board rejected the plan as “unworkable”": the one whose verdict the quoted words give. */
export function attributionByVerdict(
  tokens: readonly Token[],
  from: number,
  q: number,
  body: string,
): Attribution | null {
  const verdict = verdictBefore(tokens, from, q);
  const mention = verdict > from ? subjectBefore(tokens, verdict, from, body) : null;
  return mention && (mention.kind === "person" || mention.kind === "organisation")
    ? { mention, cue: tokens[verdict]!.text, at: verdict }
    : null;
}

/**
 * A quotation owned by a possessive: "Senator Dale Ford's “you can keep your plan” promise", "the director's
 * conclusion that “no charges are warranted”".
 */
export function attributionByPossessive(
  tokens: readonly Token[],
  from: number,
  q: number,
  body: string,
): Attribution | null {
  // "X's conclusion that “…”" (the noun's content), or "X's “…” promise" (the noun after the quotation).
  const content =
    SPEECH_NOUNS.has(word(tokens, q - 2)) && /^(?:that|of|:|,)$/.test(tokens[q - 1]?.text ?? "");
  const named = SPEECH_NOUNS.has(word(tokens, q + 1));
  const j = content ? q - 3 : named ? q - 1 : -1;
  if (j < from) return null;
  const mention = possessorAt(tokens, j, from, body);
  return mention ? { mention, cue: null, at: j } : null;
}

/** `Trump's tenor on Twitter was far rosier: "All is well!"` — the nearest name in the clause before a colon. */
/**
 * Prepositions whose object is the one spoken to or about, not the speaker: "a blunt message to Ms Vance:",
 * "Moss on Vance's record:". ("from", "by" and "according to" name the speaker.)
 */
const TO_OR_ABOUT = new Set(["to", "on", "about", "for", "at", "against", "with"]);

function spokenToOrOf(tokens: readonly Token[], start: number): boolean {
  return TO_OR_ABOUT.has(word(tokens, start - 1)) && word(tokens, start - 2) !== "according";
}

export function attributionByColon(
  tokens: readonly Token[],
  from: number,
  colon: number,
  body: string,
): Attribution | null {
  let clauseStart = Math.max(from, colon - 1);
  while (clauseStart > from && tokens[clauseStart - 1]?.text !== ",") clauseStart--;
  const possessor = possessorIn(tokens, clauseStart, colon, body);
  if (possessor) return { mention: possessor, cue: null, at: colon };
  for (let end = colon - 1; end >= clauseStart; end--) {
    const t = tokens[end];
    if (t?.kind !== "word" || !t.cap) continue;
    let start = end;
    // "Here’s Clinton in December:": the run of capitals stops at a word that is no part of a name.
    while (
      start > clauseStart &&
      tokens[start - 1]?.cap &&
      isNounPhraseToken(tokens[start - 1], tokens[start - 2], tokens[start])
    )
      start--;
    const found = parseNounPhrase(tokens.slice(start, end + 1), body);
    if (found?.kind === "person" && !spokenToOrOf(tokens, start))
      return { mention: found, cue: null, at: colon };
    end = start;
  }
  // "A rally by the city's clergy had one message:": the clause's own subject.
  const subject =
    clauseSubject(tokens, clauseStart, colon, body) ?? senderOf(tokens, from, clauseStart, colon, body);
  return subject && subject.kind !== "pronoun" ? { mention: subject, cue: null, at: colon } : null;
}

/**
 * "Sen. Ada Moss, R-Ky., delivered a blunt message to Trump:": a clause after an aside that opens with a verb
 * whose object is something said has the sentence's subject, set off before the aside, for its speaker.
 */
function senderOf(
  tokens: readonly Token[],
  from: number,
  clauseStart: number,
  colon: number,
  body: string,
): Mention | null {
  const verb = tokens[clauseStart];
  if (clauseStart <= from || verb?.kind !== "word" || !isVerbForm(verb.lower)) return null;
  if (!tokens.slice(clauseStart + 1, colon).some((t) => SPEECH_NOUNS.has(t.lower))) return null;
  const found = subjectBefore(tokens, clauseStart, from, body);
  return found?.kind === "person" ? found : null;
}
