/**
 * Who a reporting verb's subject is: before or after it, the agent after "by", the object of a control verb, the
 * clause's subject for a participle, or the source after "according to".
 */
import { accordingTo } from "./according-to.js";
import { disagreesWithSubject } from "./agreement.js";
import { clauseSubject, MAX_NP, subjectBefore, word } from "./find-subject.js";
import { CUE_FORMS, PAST_AS_LEMMA, WEAK_CUE_FORMS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import { isCue, isParticiple, isPassive } from "./reporting-cue.js";
import { subjectAfter } from "./subject-after.js";
import type { Token } from "./tokens.js";

/** Verbs whose object does what the infinitive after it says: "prompted X to state", "urged X to say". */
const OBJECT_CONTROL = new Set(
  `prompt prompted prompts urge urged urges ask asked asks force forced lead led cause caused push pushed persuade
  persuaded encourage encouraged invite invited`.split(/\s+/),
);

/** The object of a control verb before the "to" at token `to`, up to any aside. */
function controller(tokens: readonly Token[], to: number, lo: number, body: string): Mention | null {
  for (let v = to - 1; v >= lo && v >= to - 25; v--) {
    if (!OBJECT_CONTROL.has(word(tokens, v))) continue;
    let end = v + 1;
    while (end < to && tokens[end]?.text !== ",") end++;
    return end > v + 1 ? parseNounPhrase(tokens.slice(v + 1, end), body) : null;
  }
  return null;
}

/** Tokens looked back from "and" for the "to" of the infinitive it joins. */
const CONJUNCT_REACH = 12;

/**
 * "prompted Kahl to make a speech about the port and call the plan …": a bare verb after "and" joins the infinitive
 * before it and shares its subject. The "to" of that infinitive, or -1.
 */
function conjoinedInfinitive(tokens: readonly Token[], i: number, lo: number): number {
  const form = word(tokens, i);
  if (!/^(?:and|or)$/.test(word(tokens, i - 1)) || CUE_FORMS.get(form) !== form) return -1;
  for (let j = i - 2; j >= lo && j >= i - CONJUNCT_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word" || t.cap) return -1;
    if (t.lower === "to") return isBareVerbAfterTo(tokens, j) ? j : -1;
  }
  return -1;
}

/** "to make …", not "to the port": a lowercase word after "to" that is no determiner or preposition. */
function isBareVerbAfterTo(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to + 1];
  return next?.kind === "word" && !next.cap && !NOT_A_VERB.has(next.lower);
}

const NOT_A_VERB = new Set(
  "the a an his her their its our my your this that these those some every each all".split(" "),
);

/**
 * "Hartley was asked by presenter Dan Reid, “…”", "objections added by the operator's lawyers": a past participle
 * followed by "by" names who spoke in the phrase after it.
 */
function passiveAgent(tokens: readonly Token[], i: number, hi: number, body: string): Mention | null {
  const form = tokens[i]!.lower;
  if (word(tokens, i + 1) !== "by" || CUE_FORMS.get(form) === form || /(?:ing|s)$/.test(form)) return null;
  // "its letter, written by Kenneth Cole, …": a participle modifying a noun names who wrote that, not these words.
  if (!isPassive(tokens, i) && tokens[i - 1]?.kind !== "quote") return null;
  let k = i + 2;
  while (k < hi && k - i - 2 < MAX_NP && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  const agent = k > i + 2 ? parseNounPhrase(tokens.slice(i + 2, k), body) : null;
  return agent?.kind === "pronoun" ? null : agent;
}

const QUOTE_VERBS = new Set(["quote", "quotes", "quoted", "quoting"]);

/**
 * "Arab News quoted Prince Saud as saying", "the agency quoted a worker as telling it": the one quoted speaks,
 * whether the reporting verb read is "quoted" or the participle after "as". `i` is either verb.
 */
function quotedAs(tokens: readonly Token[], i: number, lo: number, hi: number, body: string): Mention | null {
  let v = i;
  if (word(tokens, i - 1) === "as" && isParticiple(tokens, i)) {
    v = i - 2;
    while (v >= lo && i - v <= MAX_NP + 2 && !QUOTE_VERBS.has(word(tokens, v))) v--;
  }
  if (v < lo || !QUOTE_VERBS.has(word(tokens, v))) return null;
  let k = v + 1;
  while (k < hi && k - v <= MAX_NP && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  if (k === v + 1 || word(tokens, k) !== "as" || !/\p{L}ing$/u.test(word(tokens, k + 1))) return null;
  if (v !== i && k !== i - 1) return null;
  const quoted = parseNounPhrase(tokens.slice(v + 1, k), body);
  return quoted?.kind === "pronoun" ? null : quoted;
}

export function attributionAt(
  tokens: readonly Token[],
  i: number,
  lo: number,
  hi: number,
  body: string,
  inverted: boolean,
) {
  const t = tokens[i]!;
  if (t.lower === "according") return accordingTo(tokens, i, hi, body);
  const quoted = quotedAs(tokens, i, lo, hi, body);
  if (quoted) return quoted;
  const agent = passiveAgent(tokens, i, hi, body);
  if (agent || isPassive(tokens, i)) return agent;
  // "…, saying", "interrupted me to announce": the subject is the clause's; "prompted the almanac … to state":
  // the one prompted.
  const to = word(tokens, i - 1) === "to" ? i - 1 : conjoinedInfinitive(tokens, i, lo);
  if (to >= 0) return controller(tokens, to, lo, body) ?? clauseSubject(tokens, lo, i, body);
  if (isParticiple(tokens, i))
    return (
      governingSubject(tokens, i, lo, hi, body) ??
      namedJustBefore(tokens, i, lo, body) ??
      clauseSubject(tokens, lo, i, body)
    );
  const weak = WEAK_CUE_FORMS.has(t.lower);
  if (inverted)
    return subjectAfter(tokens, i, hi, body) ?? subjectBeforeCue(tokens, i, lo, body, weak) ?? null;
  // "And the mayor, said Ruth Ames, who …": set off by commas, the verb comes before its subject.
  const aside = tokens[i - 1]?.text === "," ? subjectAfter(tokens, i, hi, body) : null;
  if (aside && ASIDE_CLOSE.test(tokens.find((x) => x.start >= aside.end)?.text ?? "")) return aside;
  // A form that disagrees with the phrase before it is a noun in that phrase: no subject either side.
  const subject = subjectBeforeCue(tokens, i, lo, body, weak);
  if (subject !== null) return subject ?? null;
  return invertsSubject(tokens, i) ? subjectAfter(tokens, i, hi, body) : null;
}

const ASIDE_CLOSE = /^[,.;]$/;

/**
 * The subject written before the verb at `i`; undefined when the verb's form disagrees with it, null when a weak
 * verb stands apart from it. A function of its own rather than a closure made on every verb read.
 */
function subjectBeforeCue(
  tokens: readonly Token[],
  i: number,
  lo: number,
  body: string,
  weak: boolean,
): Mention | null | undefined {
  const found = subjectBefore(tokens, i, lo, body);
  if (found && disagreesWithSubject(tokens, i, found)) return undefined;
  // "Lena Marsh, a columnist for the paper, calls the plan": after an aside, still a verb.
  const aside = tokens[i - 1]?.text === "," && found?.kind === "person";
  return weak && found && found.end !== tokens[i - 1]?.end && !aside ? null : found;
}

/**
 * "both issued a statement - Kemp saying he was “hopeful” and Ostrander calling it …", "Carson quietly saying": a
 * participle with a person named right before it (an adverb aside), no comma between, has that person for its
 * subject.
 */
export function namedJustBefore(
  tokens: readonly Token[],
  i: number,
  lo: number,
  body: string,
): Mention | null {
  let j = i - 1;
  while (j > lo && /^\p{Ll}{3,}ly$/u.test(tokens[j]?.text ?? "")) j--;
  if (tokens[j]?.kind !== "word") return null;
  const found = subjectBefore(tokens, i, lo, body);
  return found?.kind === "person" && found.end === tokens[j]!.end ? found : null;
}

/**
 * "Both sides will meet, Vasquez said, adding, “…”": a participle set off after a reporting verb shares that verb's
 * subject, not the subject of the clause the verb reports.
 */
function governingSubject(
  tokens: readonly Token[],
  i: number,
  lo: number,
  hi: number,
  body: string,
): Mention | null {
  const verb = i - 2;
  if (tokens[i - 1]?.text !== "," || verb < lo || !isCue(tokens, verb) || isParticiple(tokens, verb))
    return null;
  return attributionAt(tokens, verb, lo, hi, body, false);
}

/**
 * Whether the verb at `cue` may have its subject after it ("said Zarif"): never a bare form ("… speak Spanish")
 * nor a verb coordinated with an earlier one ("and specifically mentioned a recent Leeds case"), whose subject is
 * the first verb's.
 */
function invertsSubject(tokens: readonly Token[], cue: number): boolean {
  const form = word(tokens, cue);
  const lemma = CUE_FORMS.get(form);
  if (form === lemma && !PAST_AS_LEMMA.has(lemma)) return false;
  let j = cue - 1;
  while (j >= 0 && /^\p{Ll}{3,}ly$/u.test(tokens[j]?.text ?? "")) j--;
  return !/^(?:and|but|or)$/.test(word(tokens, j));
}
