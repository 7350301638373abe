/**
 * Finds who a quotation is attributed to inside its sentence: a reporting verb ("said", "wrote", "according to")
 * and its subject on either side ("Zarif said", "said Zarif", "Zarif, Iran's chief interlocutor, wrote").
 */
import { disagreesWithSubject } from "./agreement.js";
import { clauseSubject, MAX_NP, subjectBefore, word } from "./find-subject.js";
import { CUE_FORMS, CUE_PARTICLE, PAST_AS_LEMMA, WEAK_CUE_FORMS } from "./lexicon.js";
import { isNounPhraseToken, type Mention, parseNounPhrase } from "./mentions.js";
import { subjectAfter } from "./subject-after.js";
import type { Token } from "./tokens.js";

export interface Attribution {
  mention: Mention;
  /** The reporting verb as written, or null (colon or inherited attribution). */
  cue: string | null;
  /** Token index of the cue (or of the colon). */
  at: number;
}

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
]);

/** Whether token i is a reporting verb used as a verb (not "a post", "the state", "called for"). */
export function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (t.lower === "according") return word(tokens, i + 1) === "to";
  if (!CUE_FORMS.has(t.lower)) return false;
  // "Said Dorothy Pike, who grew up on the same street, “…”": only "said" opens a sentence as a reporting verb.
  if (t.cap && !(t.lower === "said" && opensSentence(tokens, i))) return false;
  const previous = word(tokens, i - 1);
  if (POSSESSIVE_DETERMINERS.has(previous) || /\p{L}['’]s?$/u.test(previous)) return false;
  const lemma = CUE_FORMS.get(t.lower);
  if (
    (lemma === "call" || lemma === "continue" || lemma === "begin") &&
    NOT_SPEECH_AFTER.has(word(tokens, i + 1))
  ) {
    return false;
  }
  const particle = CUE_PARTICLE.get(lemma ?? "");
  return particle === undefined || word(tokens, i + 1) === particle;
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !previous || previous.kind === "quote" || /^[.!?]$/.test(previous.text);
}

/** "according to X" (or "according to a statement from X"). */
function accordingTo(tokens: readonly Token[], i: number, hi: number, body: string): Mention | null {
  let j = i + 2;
  let k = j;
  while (k < hi && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  let found = k > j ? parseNounPhrase(tokens.slice(j, k), body) : null;
  if (found?.kind === "description" && /^(?:from|by|of)$/.test(word(tokens, k))) {
    j = k + 1;
    k = j;
    while (k < hi && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
    found = k > j ? parseNounPhrase(tokens.slice(j, k), body) : found;
  }
  return found;
}

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

const PROGRESSIVE = new Set(["is", "was", "are", "were", "been", "be", "am", "'s", "’s"]);

/** "…, saying", "declaring it": a participle whose subject is the clause's. */
function isParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return /ing$/.test(t.lower) && t.lower !== "according" && !PROGRESSIVE.has(word(tokens, i - 1));
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
function isPassive(tokens: readonly Token[], i: number): boolean {
  const form = tokens[i]!.lower;
  if (/ing$/.test(form) || CUE_FORMS.get(form) === form) return false;
  let j = i - 1;
  while (j >= 0 && /^\p{Ll}{3,}ly$/u.test(tokens[j]?.text ?? "")) j--;
  return PASSIVE_AUXILIARIES.has(word(tokens, j));
}

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

function attributionAt(
  tokens: readonly Token[],
  i: number,
  lo: number,
  hi: number,
  body: string,
  inverted: boolean,
) {
  const t = tokens[i]!;
  if (t.lower === "according") return accordingTo(tokens, i, hi, body);
  const agent = passiveAgent(tokens, i, hi, body);
  if (agent || isPassive(tokens, i)) return agent;
  // "…, saying", "interrupted me to announce": the subject is the clause's; "prompted the almanac … to state":
  // the one prompted.
  if (word(tokens, i - 1) === "to")
    return controller(tokens, i - 1, lo, body) ?? clauseSubject(tokens, lo, i, body);
  if (isParticiple(tokens, i))
    return (
      governingSubject(tokens, i, lo, hi, body) ??
      namedJustBefore(tokens, i, lo, body) ??
      clauseSubject(tokens, lo, i, body)
    );
  const weak = WEAK_CUE_FORMS.has(t.lower);
  const before = () => {
    const found = subjectBefore(tokens, i, lo, body);
    if (found && disagreesWithSubject(tokens, i, found)) return undefined;
    // "Lena Marsh, a columnist for the paper, calls the plan": after an aside, still a verb.
    const aside = tokens[i - 1]?.text === "," && found?.kind === "person";
    return weak && found && found.end !== tokens[i - 1]?.end && !aside ? null : found;
  };
  const after = () => subjectAfter(tokens, i, hi, body);
  if (inverted) return after() ?? before() ?? null;
  // "And the mayor, said Ruth Ames, who …": set off by commas, the verb comes before its subject.
  const aside = tokens[i - 1]?.text === "," ? after() : null;
  if (aside && /^[,.;]$/.test(tokens.find((x) => x.start >= aside.end)?.text ?? "")) return aside;
  // A form that disagrees with the phrase before it is a noun in that phrase: no subject either side.
  const subject = before();
  if (subject !== null) return subject ?? null;
  return invertsSubject(tokens, i) ? after() : null;
}

/**
 * "both issued a statement - Kemp saying he was “hopeful” and Ostrander calling it …", "Carson quietly saying": a
 * participle with a person named right before it (an adverb aside), no comma between, has that person for its
 * subject.
 */
function namedJustBefore(tokens: readonly Token[], i: number, lo: number, body: string): Mention | null {
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

/** Attribution in the words after a quotation, tokens (from, to). */
export function attributionAfterQuote(
  tokens: readonly Token[],
  from: number,
  to: number,
  body: string,
): Attribution | null {
  for (let i = from + 1; i < to && i <= from + 30; i++) {
    // A participle after a quotation ("…” the senator had trouble answering) has its subject before the quotation.
    if (!isCue(tokens, i) || isParticiple(tokens, i) || announcesNext(tokens, i)) continue;
    const inverted = i === from + 1 || (i === from + 2 && tokens[from + 1]?.text === ",");
    const mention = attributionAt(tokens, i, from + 1, to, body, inverted);
    if (mention) return { mention, cue: tokens[i]!.text, at: i };
  }
  return null;
}

/** Attribution in the words before a quotation, tokens [from, to), nearest reporting verb first. */
export function attributionBeforeQuote(
  tokens: readonly Token[],
  from: number,
  to: number,
  body: string,
): Attribution | null {
  let hypothetical: Attribution | null = null;
  for (let i = to - 1; i >= from; i--) {
    if (!isCue(tokens, i)) continue;
    const t = tokens[i]!;
    const mention = attributionAt(tokens, i, from, to, body, false);
    if (!mention) continue;
    const found = { mention, cue: t.lower === "according" ? "according to" : t.text, at: i };
    // "Governor Alan Price said he expected that voters will say “no”", "A strategist said the way the campaign
    // treated women who complained … “would be disqualifying”": the words are the main clause's speaker's.
    // "He said Mr Blair had spoken with “…”": Mr Blair is what is reported, not who speaks; the outer verb's
    // subject does, or nobody found here.
    if (isReported(tokens, from, to, mention, body)) continue;
    if (!isHypothetical(tokens, i) && !(isRelative(tokens, i) && to - i > 4)) return found;
    hypothetical ??= found;
  }
  return hypothetical;
}

/** Words that may stand between a reporting verb and the subject of the clause it reports: "said on Monday that". */
const MAX_REPORTED_GAP = 6;

/**
 * Whether `subject` opens a clause reported by an earlier verb with its own subject before it ("X said [that] Y
 * had spoken"), with no punctuation, quotation or "and"/"but" between that verb and the subject.
 */
function isReported(
  tokens: readonly Token[],
  from: number,
  to: number,
  subject: Mention,
  body: string,
): boolean {
  const start = tokens.findIndex((x) => x.start >= subject.start);
  for (let k = start - 1; k >= from && k >= start - 1 - MAX_REPORTED_GAP; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || /^(?:and|but|or|while|whereas)$/.test(t.lower)) return false;
    if (!isCue(tokens, k) || t.lower === "according" || isParticiple(tokens, k)) continue;
    const outer = attributionAt(tokens, k, from, to, body, false);
    return outer !== null && outer.end <= t.start;
  }
  return false;
}

const MODALS = new Set(["will", "would", "could", "might", "may", "can", "should", "must", "to"]);

/** "women who complained": a reporting verb inside a relative clause. */
function isRelative(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && /^\p{Ll}{3,}ly$/u.test(tokens[j]?.text ?? "")) j--;
  return /^(?:who|which|that)$/.test(word(tokens, j));
}

/** "will say", "are more likely to say": speech foreseen or supposed rather than reported. */
function isHypothetical(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && /^\p{Ll}{3,}ly$/u.test(tokens[j]?.text ?? "")) j--;
  return MODALS.has(word(tokens, j));
}

/** Every reporting verb in a sentence with its subject: the sentence's sources, quoted or not. */
export function sentenceSources(
  tokens: readonly Token[],
  range: readonly [number, number],
  body: string,
): Attribution[] {
  const [from, to] = range;
  const found: Attribution[] = [];
  for (let i = from; i < to; i++) {
    if (!isCue(tokens, i)) continue;
    const t = tokens[i]!;
    const afterQuote =
      tokens[i - 1]?.kind === "quote" || (tokens[i - 1]?.text === "," && tokens[i - 2]?.kind === "quote");
    const mention = isParticiple(tokens, i)
      ? (namedJustBefore(tokens, i, from, body) ??
        found.at(-1)?.mention ??
        clauseSubject(tokens, from, i, body))
      : attributionAt(tokens, i, from, to, body, afterQuote);
    if (!mention || isReported(tokens, from, to, mention, body)) continue;
    const cue = t.lower === "according" ? "according to" : t.text;
    found.push({ mention, cue, at: i });
    const joined = cue === "according to" ? conjoinedPerson(tokens, mention, to, body) : null;
    if (joined) found.push({ mention: joined, cue, at: i });
  }
  return found;
}

/**
 * "According to the other players and even Ruiz himself, …": a person joined to the source speaks too, and is
 * who a later "he" may mean.
 */
function conjoinedPerson(
  tokens: readonly Token[],
  source: Mention,
  hi: number,
  body: string,
): Mention | null {
  let j = tokens.findIndex((x) => x.start >= source.end);
  if (j < 0 || word(tokens, j) !== "and") return null;
  j++;
  while (/^(?:even|also)$/.test(word(tokens, j))) j++;
  let k = j;
  while (k < hi && isNounPhraseToken(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
  const joined = k > j ? parseNounPhrase(tokens.slice(j, k), body) : null;
  return joined?.kind === "person" ? joined : null;
}
