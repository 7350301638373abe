/**
 * Finds who a quotation is attributed to inside its sentence: the reporting verb nearest it on either side ("Zarif
 * said", "said Zarif", "Zarif, Iran's chief interlocutor, wrote") with its subject, and every source a sentence
 * names.
 */
import { ACCORDING_TO, isSetOff } from "./according-to.js";
import { attributionAt, namedJustBefore } from "./cue-subject.js";
import { clauseSubject, word } from "./find-subject.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import { announcesNext, isCue, isHypothetical, isParticiple, isRelative } from "./reporting-cue.js";
import type { Token } from "./tokens.js";

export interface Attribution {
  mention: Mention;
  /** The reporting verb as written, or null (colon or inherited attribution). */
  cue: string | null;
  /** Token index of the cue (or of the colon). */
  at: number;
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
    const found = { mention, cue: t.lower === "according" ? ACCORDING_TO : t.text, at: i };
    // "Governor Alan Price said he expected that voters will say “no”", "A strategist said the way the campaign
    // treated women who complained … “would be disqualifying”": the words are the main clause's speaker's.
    // "He said Mr Blair had spoken with “…”": Mr Blair is what is reported, not who speaks; the outer verb's
    // subject does, or nobody found here.
    if (isReported(tokens, from, to, mention, body, to)) continue;
    if (!isHypothetical(tokens, i) && !(isRelative(tokens, i) && to - i > 4)) return found;
    hypothetical ??= found;
  }
  return hypothetical;
}

/** Conjunctions that open an adverbial clause, never a reported one. */
const ADVERBIAL_OPENERS = new Set([
  "after",
  "before",
  "when",
  "whenever",
  "because",
  "since",
  "until",
  "although",
  "though",
  "once",
  "unless",
  "if",
]);

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
  quoteAt?: number,
): boolean {
  const start = tokens.findIndex((x) => x.start >= subject.start);
  for (let k = start - 1; k >= from && k >= start - 1 - MAX_REPORTED_GAP; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || /^(?:and|but|or|while|whereas)$/.test(t.lower)) return false;
    if (quoteAt !== undefined && opensAdverbialClause(tokens, k, start, quoteAt)) return false;
    if (!isCue(tokens, k) || t.lower === "according" || isParticiple(tokens, k)) continue;
    const outer = attributionAt(tokens, k, from, to, body, false);
    return outer !== null && outer.end <= t.start;
  }
  return false;
}

/**
 * "Ward tweeted after Lee argued that “…”": a subordinating conjunction (at `k`) opens a clause of time, cause or
 * condition, whose subject (at `subject`) speaks the words that clause runs on into. After "that" the clause is
 * part of what is reported ("Lee said that when Ward announced it he got the “…”"), and when a comma closes it
 * before the words ("…, “…”") they belong to the clause after it.
 */
function opensAdverbialClause(
  tokens: readonly Token[],
  k: number,
  subject: number,
  quoteAt: number,
): boolean {
  if (!ADVERBIAL_OPENERS.has(tokens[k]!.lower) || word(tokens, k - 1) === "that") return false;
  return !commaBetween(tokens, subject, quoteAt);
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.text === ",") return true;
  return false;
}

/** Where the reporting verbs of a sentence stand, read once for its sources and for whether it reports at all. */
export function cuesIn(tokens: readonly Token[], range: readonly [number, number]): number[] {
  const cues: number[] = [];
  for (let i = range[0]; i < range[1]; i++) if (isCue(tokens, i)) cues.push(i);
  return cues;
}

/** Every reporting verb in a sentence (at `cues`) with its subject: the sentence's sources, quoted or not. */
export function sentenceSources(
  tokens: readonly Token[],
  range: readonly [number, number],
  body: string,
  cues: readonly number[],
): Attribution[] {
  const [from, to] = range;
  const found: Attribution[] = [];
  for (const i of cues) {
    const t = tokens[i]!;
    const afterQuote =
      tokens[i - 1]?.kind === "quote" || (tokens[i - 1]?.text === "," && tokens[i - 2]?.kind === "quote");
    const mention = isParticiple(tokens, i)
      ? (namedJustBefore(tokens, i, from, body) ??
        found.at(-1)?.mention ??
        clauseSubject(tokens, from, i, body))
      : attributionAt(tokens, i, from, to, body, afterQuote);
    const cue = t.lower === "according" ? ACCORDING_TO : t.text;
    // "Ware said in a statement, according to The Blaze": a source set off after a reported clause is no subject of
    // it ("ranks countries according to the steps they take" is no source at all).
    const setOff = cue === ACCORDING_TO && (i === from || isSetOff(body, t.start));
    if (!mention || (!setOff && isReported(tokens, from, to, mention, body))) continue;
    found.push({ mention, cue, at: i });
    const joined = cue === ACCORDING_TO ? conjoinedPerson(tokens, mention, to, body) : null;
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

/** Words that join a second clause with a subject of its own: "X is calm and the mood was “…”". */
export const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas", "yet"]);

/**
 * `Ted Cruz accuses Obama of "leading from behind" and Donald Trump says …`: a subject after "and"/"but" between
 * the quotation and the verb after it opens a clause of its own, which does not report the quotation before it.
 */
export function newClause(tokens: readonly Token[], q: number, right: Attribution): boolean {
  for (let k = q + 1; k < right.at && tokens[k]!.start < right.mention.start; k++)
    if (tokens[k]?.kind === "word" && CLAUSE_JOINS.has(tokens[k]!.lower)) return true;
  return false;
}
