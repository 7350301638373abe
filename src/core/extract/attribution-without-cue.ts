/**
 * Attribution without a reporting verb: a colon after a clause that names the speaker ("Trump's tenor was far
 * rosier: “…”", "Senator Maria Lopez issued the following statement:"), or a possessive on a noun for something
 * said ("the director's conclusion: “careless”").
 */
import type { Attribution } from "./find-attribution.js";
import { clauseSubject, MAX_NP, subjectBefore, word } from "./find-subject.js";
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
  const bare: Token = {
    ...t,
    text: m[1],
    lower: m[1].toLowerCase(),
    end: t.start + m[1].length,
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
