/**
 * Finds who a quotation is attributed to inside its sentence: a reporting verb ("said", "wrote", "according to")
 * and its subject on either side ("Zarif said", "said Zarif", "Zarif, Iran's chief interlocutor, wrote").
 */
import { clauseSubject, MAX_NP, subjectAfter, subjectBefore, word } from "./find-subject.js";
import { CUE_FORMS, CUE_PARTICLE, WEAK_CUE_FORMS } from "./lexicon.js";
import { isNounPhraseToken, type Mention, parseNounPhrase } from "./mentions.js";
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
  if (t.cap || !CUE_FORMS.has(t.lower)) return false;
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
  if (isPassive(tokens, i)) return null;
  if (isParticiple(tokens, i)) return clauseSubject(tokens, lo, i, body);
  const weak = WEAK_CUE_FORMS.has(t.lower);
  const before = () => {
    const found = subjectBefore(tokens, i, lo, body);
    return weak && found && found.end !== tokens[i - 1]?.end ? null : found;
  };
  const after = () => subjectAfter(tokens, i, hi, body);
  return inverted ? (after() ?? before()) : (before() ?? after());
}

/** Attribution in the words after a quotation, tokens (from, to). */
export function attributionAfterQuote(
  tokens: readonly Token[],
  from: number,
  to: number,
  body: string,
): Attribution | null {
  for (let i = from + 1; i < to && i <= from + 30; i++) {
    if (!isCue(tokens, i)) continue;
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
  for (let i = to - 1; i >= from; i--) {
    if (!isCue(tokens, i)) continue;
    const t = tokens[i]!;
    const mention = attributionAt(tokens, i, from, to, body, false);
    if (mention) return { mention, cue: t.lower === "according" ? "according to" : t.text, at: i };
  }
  return null;
}

/** "The minister's reply was short:" — the possessor of a noun in the clause, read as a speaker. */
function possessorIn(tokens: readonly Token[], from: number, to: number, body: string): Mention | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i];
    const m = t?.kind === "word" ? /^(.*\p{L})['’]s?$/u.exec(t.text) : null;
    if (!t || !m?.[1]) continue;
    const bare: Token = { ...t, text: m[1], lower: m[1].toLowerCase(), end: t.start + m[1].length };
    let start = i;
    while (
      start > from &&
      start > i - MAX_NP &&
      isNounPhraseToken(tokens[start - 1], tokens[start - 2], tokens[start])
    )
      start--;
    const phrase = [...tokens.slice(start, i), bare];
    const found = parseNounPhrase(phrase, body);
    if (found && found.kind !== "pronoun") return found;
  }
  return null;
}

/** `Trump's tenor on Twitter was far rosier: "All is well!"` — the nearest name in the clause before a colon. */
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
    while (start > clauseStart && tokens[start - 1]?.cap) start--;
    const found = parseNounPhrase(tokens.slice(start, end + 1), body);
    if (found?.kind === "person") return { mention: found, cue: null, at: colon };
    end = start;
  }
  return null;
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
      ? (found.at(-1)?.mention ?? clauseSubject(tokens, from, i, body))
      : attributionAt(tokens, i, from, to, body, afterQuote);
    if (mention) found.push({ mention, cue: t.lower === "according" ? "according to" : t.text, at: i });
  }
  return found;
}
