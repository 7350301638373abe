/** The subject written after a reporting verb: "said Zarif", "said the official", "said ranking member Ann Cole". */

import { isTimeToken, MAX_NP, word } from "./find-subject.js";
import { CUE_FORMS, CUE_PARTICLE, DETERMINERS, PRONOUNS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isNameWord } from "./name-words.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";
import { isRoleNoun, isSpeakingNoun, namesOnePerson } from "./word-classes.js";

/** Reporting verbs whose following noun phrase is the one addressed or spoken of: "thanked its members". */
const OBJECT_AFTER = new Set(
  `tell call describe urge thank praise mock blast slam accuse criticize criticise hail chide dismiss label dub
  term inform assure reassure instruct implore beg quote cite credit blame denounce condemn ridicule lambaste
  assail scold tease threaten portray characterize characterise question`.split(/\s+/),
);

/**
 * Words that may follow a speaker named after the verb but not a clause's subject: a preposition or a clause of
 * time or manner ("said Dan Kettle when asked about it", "said Ruth Alder as she left"), where "said the plan
 * would fail" goes on with a verb. A time word ("said Tull afterwards") may follow too.
 */
const PHRASE_ENDS =
  /^(?:of|in|at|for|from|on|with|who|and|to|when|while|as|after|before|during|since|because|outside|via|about)$/;

/** "said his campaign" is not how English names a speaker after the verb. */
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** The subject written after a reporting verb ("said Zarif", "said the official"), ending at punctuation. */
export function subjectAfter(
  tokens: readonly Token[],
  cue: number,
  hi: number,
  body: string,
): Mention | null {
  const lemma = CUE_FORMS.get(word(tokens, cue));
  if (OBJECT_AFTER.has(lemma ?? "") || CUE_PARTICLE.has(lemma ?? "")) return null;
  let j = cue + 1;
  while (j < hi && isTimeToken(tokens[j])) j++;
  const first = tokens[j];
  if (first?.kind !== "word") return null;
  if (PRONOUNS.has(first.lower)) {
    const next = tokens[j + 1];
    return !next || next.kind === "punct" ? parseNounPhrase([first], body) : null;
  }
  // "said in his office overlooking the bay" opens with a preposition: no title runs on past its -ing word.
  const titled = isNounPhraseToken(first, tokens[j - 1], tokens[j + 1]);
  let k = j;
  while (
    k + 1 < hi &&
    k - j < MAX_NP &&
    !isTimeToken(tokens[k + 1]) &&
    (isNounPhraseToken(tokens[k + 1], tokens[k], tokens[k + 2]) || (titled && gerundModifier(tokens, k + 1)))
  )
    k++;
  const named = tokens.slice(j, k + 1).some((t) => t.cap);
  if (!named && !DETERMINERS.has(first.lower)) {
    const end = barePluralEnd(tokens, j, k, hi);
    if (end === null) return null;
    k = end;
  }
  if (POSSESSIVES.has(first.lower) && !named) return possessedInApposition(tokens, k, hi, body);
  // "said Nadal afterwards", "said Henman later": a time word after the name is no part of it.
  let a = k + 1;
  while (a < hi && isTimeToken(tokens[a])) a++;
  const after = tokens[a];
  if (after && after.kind === "word" && !PHRASE_ENDS.test(after.lower)) return null;
  const person = titled ? personAfterGerund(tokens, j, k, body) : null;
  if (person) return person;
  // "said one well-connected Democrat familiar with …": a trailing adjective is not part of the head.
  for (let end = k; end >= j; end--) {
    const found = parseNounPhrase(tokens.slice(j, end + 1), body);
    if (found?.kind === "description" && end === k)
      return nameInApposition(tokens, k + 1, hi, body) ?? bodySpokenFor(tokens, j, k, hi, body) ?? found;
    if (found) return found;
  }
  return participleModified(tokens, j, k, body);
}

/** "ranking member Ruth Alder": a lowercase -ing word inside a title, before the noun it modifies. */
function gerundModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word" || !/^\p{Ll}+ing$/u.test(t.text) || CUE_FORMS.has(t.lower)) return false;
  return isNounPhraseToken(tokens[i + 1], t, tokens[i + 2]);
}

/** "said finance panel ranking member Ruth Alder": the person named after the title's -ing word, tokens [j, k]. */
function personAfterGerund(tokens: readonly Token[], j: number, k: number, body: string): Mention | null {
  for (let g = k - 1; g >= j; g--) {
    if (!gerundModifier(tokens, g)) continue;
    const found = parseNounPhrase(tokens.slice(g + 1, k + 1), body);
    // "visiting Paris": a lone capitalised word there is as likely a place as a surname.
    const named = found?.kind === "person" && (/\s/.test(found.name) || found.titles.length > 0);
    return named ? found : null;
  }
  return null;
}

/**
 * "said retired engineer Walter Dunne": right after the verb, nothing but an adjective can stand between it and
 * the subject, so a participle there modifies the named person rather than heading a clause.
 */
function participleModified(tokens: readonly Token[], j: number, k: number, body: string): Mention | null {
  const first = tokens[j];
  if (!first || first.cap || !/ed$/.test(first.lower) || k <= j) return null;
  const found = parseNounPhrase(tokens.slice(j + 1, k + 1), body);
  return found?.kind === "person" ? found : null;
}

/** The links that tie a description to the body it speaks for or belongs to. */
const SPOKEN_FOR = /^(?:for|of|at|from)$/;

/**
 * "said a spokesman for Ofcom.", "said a spokeswoman at the ministry,": the description with the body it speaks
 * for, when that phrase runs to the end of the clause, as before the verb ("a spokesman for the campaign said").
 * The body is what tells a reader which spokesman; "a spokesman" alone says nothing.
 */
function bodySpokenFor(
  tokens: readonly Token[],
  j: number,
  k: number,
  hi: number,
  body: string,
): Mention | null {
  // A bare plural ("said officials at the harbour") keeps only a named body (barePluralEnd).
  if (!DETERMINERS.has(tokens[j]?.lower ?? "") || !SPOKEN_FOR.test(tokens[k + 1]?.lower ?? "")) return null;
  let end = k + 2;
  if (DETERMINERS.has(tokens[end]?.lower ?? "")) end++;
  const first = end;
  while (end < hi && end - first < MAX_NP && isNounPhraseToken(tokens[end], tokens[end - 1], tokens[end + 1]))
    end++;
  if (end === first || (end < hi && tokens[end]?.kind !== "punct")) return null;
  const found = parseNounPhrase(tokens.slice(j, end), body);
  if (found?.kind !== "description") return null;
  // "said the chairman of the select committee, Labour MP Barry Sheerman.": the person named after it.
  return nameInApposition(tokens, end, hi, body) ?? found;
}

/**
 * "said the committee chairman, MP Hugo Brannigan.": the person named in apposition to a description after the
 * verb, from the comma at `comma` to the end of the sentence or the next punctuation.
 */
function nameInApposition(tokens: readonly Token[], comma: number, hi: number, body: string): Mention | null {
  if (tokens[comma]?.text !== ",") return null;
  let end = comma + 1;
  while (end < hi && end - comma <= MAX_NP && tokens[end]?.kind === "word") end++;
  if (end === comma + 1 || (end < hi && tokens[end]?.kind !== "punct")) return null;
  const found = parseNounPhrase(tokens.slice(comma + 1, end), body);
  return found?.kind === "person" ? found : null;
}

/**
 * "said his wife, Jo Reid.", "said her spokesman, Tom Hale.": a possessed role names no speaker after the verb, but
 * the person in apposition to it does. `k`: the role's head.
 */
function possessedInApposition(
  tokens: readonly Token[],
  k: number,
  hi: number,
  body: string,
): Mention | null {
  return isRoleNoun(tokens[k]?.lower ?? "") ? nameInApposition(tokens, k + 1, hi, body) : null;
}

/** Where the body a bare plural of speakers is at may be named: "analysts at Hollins Bank". */
const AT_BODY = /^(?:at|from|with)$/;

/**
 * "said analysts at Hollins Bank", "wrote economists from Tarn Securities", "said officials": a lone plural of
 * people who speak needs no determiner after the verb. Where it ends, with the body they are at if a name
 * follows; null when the word is no such plural.
 */
function barePluralEnd(tokens: readonly Token[], j: number, k: number, hi: number): number | null {
  const t = tokens[j]!;
  if (k !== j || t.cap || !/\p{L}{3}s$/u.test(t.lower) || !isSpeakingNoun(t.lower) || namesOnePerson(t.lower))
    return null;
  const preposition = tokens[j + 1];
  if (preposition?.kind !== "word" || !AT_BODY.test(preposition.lower) || !tokens[j + 2]?.cap) return j;
  let end = j + 2;
  while (end + 1 < hi && isNameWord(tokens[end + 1], tokens[end])) end++;
  return end;
}
