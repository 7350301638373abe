/**
 * Reads the sentence around one quotation: how it is introduced, whether a reporting verb and speaker frame it,
 * and whether it is a quotation at all rather than a scare quote, a label or a title.
 */
import type { QuoteKind } from "../types.js";
import {
  attributionByColon,
  attributionByPossessive,
  attributionByVerdict,
  reportedWithoutCue,
} from "./attribution-without-cue.js";
import {
  type Attribution,
  attributionAfterQuote,
  attributionBeforeQuote,
  CLAUSE_JOINS,
  newClause,
} from "./find-attribution.js";
import { clauseSubject, MAX_NP } from "./find-subject.js";
import { CONJUNCTIONS, CUE_FORMS } from "./lexicon.js";
import { isCommonWord } from "./lexicon-tags.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import { passiveAgent } from "./passive-agent.js";
import { closedByStop } from "./quotation-sentence.js";
import type { QuoteSpan } from "./quote-span.js";
import { isLabelOrScareQuote } from "./quoted-phrases.js";
import { announcesNext, isCue } from "./reporting-cue.js";
import type { Token } from "./tokens.js";
import { verbAfterQuote } from "./verb-after-quote.js";

export interface QuoteReading {
  span: QuoteSpan;
  paragraph: number;
  /** Token index of the quotation within its paragraph. */
  token: number;
  kind: QuoteKind;
  attribution: Attribution | null;
  /** Opens its sentence (nothing but a conjunction before it). */
  sentenceInitial: boolean;
  /** Judged a scare quote, label or title rather than somebody's words. */
  notAQuote: boolean;
  /** The words of a passive naming verb's agent ("called “…” by Paul Grant"), a name given by a speaker. */
  byAgent: boolean;
}

/**
 * Whether every word of the text but the small ones opens with a capital ("Britain Is Working"). Read word by word
 * and given up at the first that does not: most quotations are long sentences that fail at their second word.
 */
function isTitleCase(text: string): boolean {
  let content = 0;
  // Matched in place rather than through matchAll, which copies the pattern and makes an iterator per quotation.
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    const w = m[0];
    if (!/\p{L}/u.test(w) || /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as)$/i.test(w)) continue;
    if (!/^[^\p{L}]*\p{Lu}/u.test(w)) return false;
    content++;
  }
  return content >= 1;
}

const WORD_RUN = /\S+/g;

function opensSentence(tokens: readonly Token[], from: number, q: number): boolean {
  for (let i = from; i < q; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && /^[—–\-([…]$/.test(t.text)) continue;
    if (t.kind === "word" && (CONJUNCTIONS.has(t.lower) || t.lower === "and")) continue;
    return false;
  }
  return true;
}

function cueJustBefore(tokens: readonly Token[], q: number, from: number): boolean {
  for (let i = q - 1; i >= Math.max(from, q - 4); i--) {
    if (isCue(tokens, i)) return true;
  }
  return false;
}

function isDirect(
  text: string,
  tokens: readonly Token[],
  q: number,
  from: number,
  initial: boolean,
): boolean {
  if (initial) return true;
  const before = tokens[q - 1];
  if (before?.text === ":") return true;
  const capital = /^[^\p{L}]*\p{Lu}/u.test(text);
  return capital && (before?.text === "," || isCue(tokens, q - 1)) && cueJustBefore(tokens, q, from);
}

function nearestSource(sources: readonly Attribution[], q: number): Attribution | null {
  let best: Attribution | null = null;
  for (const source of sources) {
    if (!best || Math.abs(source.at - q) < Math.abs(best.at - q)) best = source;
  }
  return best;
}

function chooseAttribution(
  tokens: readonly Token[],
  sentence: SentenceContext,
  q: number,
  initial: boolean,
  body: string,
  titled: boolean,
  stopped: boolean,
): Attribution | null {
  const { range, sources } = sentence;
  const [from, to] = range;
  // `"…." Castlemere Yards continues to …`: a quotation that closes its sentence with a full stop has nothing
  // after it that reports it; one that opens its sentence is then whoever spoke before's.
  if (initial && stopped) return null;
  const right = stopped ? null : attributionAfterQuote(tokens, q, to, body);
  if (initial) {
    const later = sources.find((s) => s.at > q && !announcesNext(tokens, s.at));
    return right ?? later ?? verbAfterQuote(tokens, q, to, body);
  }
  const agent = passiveAgent(tokens, q, to, body);
  if (agent) return agent;
  const left = attributionBeforeQuote(tokens, from, q, body);
  // `Mark Oaten said: "We believe …" Mr Clarke said …`: a quotation announced by "X said:" is X's, whoever
  // speaks next.
  if (left && tokens[q - 1]?.text === ":" && left.at >= q - 2 && left.cue) return left;
  // `…,” Zarif wrote` right after the quotation outranks a verb further back; `said …, X added` does not.
  if (
    right &&
    (right.at <= q + 4 || (right.at <= q + 6 && (!left || left.at < q - 12))) &&
    !(left && newClause(tokens, q, right))
  )
    return right;
  // "After a reporter asked about the trip, the couple became “agitated”, according to a source": the
  // sourcing covers the whole sentence.
  if (right?.cue?.toLowerCase() === "according") return right;
  const possessive = titled ? null : attributionByPossessive(tokens, from, q, body);
  if (possessive?.mention.kind === "person" && (!left || left.at < possessive.at)) return possessive;
  if (left) return left;
  if (tokens[q - 1]?.text === ":") {
    const colon = attributionByColon(tokens, from, q - 1, body);
    if (colon) return colon;
  }
  return (
    right ??
    attributionByVerdict(tokens, from, q, body) ??
    nearestSource(sources, q) ??
    headlineSpeaker(tokens, from, q, body) ??
    (sentence.headline ? headlineCue(tokens, range, body) : null)
  );
}

/**
 * "Years earlier, she had voted for the bill from “the perspective of a senator …”": words quoted of the
 * clause's subject.
 */
function actor(tokens: readonly Token[], from: number, q: number, body: string): Attribution | null {
  const own = ownClauseSubject(tokens, from, q, body);
  const mention = own ? own.subject : clauseSubject(tokens, from, q, body);
  return mention && speaks(mention) ? { mention, cue: null, at: from } : null;
}

/** A person, or he/she/they: someone whose words a quotation may be. */
function speaks(mention: Mention): boolean {
  return (
    mention.kind === "person" ||
    (mention.kind === "pronoun" && /^(?:male|female|plural)$/.test(mention.pronoun ?? ""))
  );
}

/**
 * The subject of a clause joined right before the quotation ("Pompeo is 'pragmatic' and the general sentiment was
 * 'let's take a breath'"): the quotation is that clause's, not the sentence's first subject's. Its subject may be
 * no speaker at all (null); the result is null when no such clause stands between.
 */
function ownClauseSubject(
  tokens: readonly Token[],
  from: number,
  q: number,
  body: string,
): { subject: Mention | null } | null {
  for (let c = q - 2; c > from; c--) {
    if (tokens[c]?.kind !== "word" || !CLAUSE_JOINS.has(tokens[c]!.lower)) continue;
    let end = c + 1;
    while (end < q && end - c <= MAX_NP && isNounPhraseToken(tokens[end], tokens[end - 1], tokens[end + 1]))
      end++;
    if (end === c + 1 || end >= q || tokens[end]?.kind !== "word") return null;
    return { subject: parseNounPhrase(tokens.slice(c + 1, end), body) };
  }
  return null;
}

/**
 * A subject that may be the one quoted: he/she/they or a person's name, not a capitalised common word opening
 * the sentence ("Turnout among “undecided” voters …").
 */
function namesSpeaker(subject: Attribution | null): boolean {
  const mention = subject?.mention;
  if (mention?.kind !== "person") return mention !== undefined;
  return mention.titles.length > 0 || /\s/.test(mention.name) || !isCommonWord(mention.name);
}

/** "Issa: Hillary Clinton's ‘Honesty Is In Question’" — a name and a colon opening the sentence. */
function headlineSpeaker(
  tokens: readonly Token[],
  from: number,
  q: number,
  body: string,
): Attribution | null {
  for (let colon = from + 1; colon < q && colon <= from + 6; colon++) {
    if (tokens[colon]?.text !== ":") continue;
    const mention = parseNounPhrase(tokens.slice(from, colon), body);
    return mention && (mention.kind === "person" || mention.kind === "organisation")
      ? { mention, cue: null, at: colon }
      : null;
  }
  return null;
}

/** A headline's subject is a short run of capitalised words: "Howard Dean Tells …". */
const HEADLINE_SUBJECT_WORDS = 4;

/**
 * "Clinton Says Crash Seems Like An ‘Act Of Terrorism’", "‘…,’ Howard Dean Tells Convention": in a headline that
 * capitalises its reporting verb, the capitalised name right before the verb.
 */
function headlineCue(
  tokens: readonly Token[],
  range: readonly [number, number],
  body: string,
): Attribution | null {
  const [from, to] = range;
  for (let cue = from + 1; cue < to; cue++) {
    const t = tokens[cue]!;
    if (t.kind !== "word" || !t.cap || !CUE_FORMS.has(t.lower)) continue;
    let start = cue;
    while (start > from && cue - start < HEADLINE_SUBJECT_WORDS && tokens[start - 1]!.kind === "word")
      start--;
    for (; start < cue; start++) {
      const mention = parseNounPhrase(tokens.slice(start, cue), body);
      if (mention?.kind === "person") return { mention, cue: t.text, at: cue };
    }
  }
  return null;
}

/** A sentence with the reporting verbs (and their subjects) found in it. */
export interface SentenceContext {
  range: readonly [number, number];
  sources: readonly Attribution[];
  hasCue: boolean;
  /** A Title Case headline that reports speech (see isReportingHeadline). */
  headline: boolean;
}

/** Reads the quotation at token q of a paragraph. */
export function readQuote(
  span: QuoteSpan,
  paragraph: number,
  tokens: readonly Token[],
  sentence: SentenceContext,
  q: number,
  body: string,
): QuoteReading {
  const { range } = sentence;
  const text = body.slice(span.start, span.end);
  const initial = opensSentence(tokens, range[0], q);
  const stopped = closedByStop(body, span.end);
  const framed = chooseAttribution(tokens, sentence, q, initial, body, isTitleCase(text), stopped);
  const direct = isDirect(text, tokens, q, range[0], initial) || span.continued;
  const reported =
    framed !== null ||
    sentence.hasCue ||
    tokens[q - 1]?.text === ":" ||
    reportedWithoutCue(tokens, range[0], q);
  const byAgent = framed !== null && framed.cue === null && framed.at === q + 1;
  const subject = framed || initial ? null : actor(tokens, range[0], q, body);
  const notAQuote =
    !direct &&
    isLabelOrScareQuote(body, span, {
      tokens,
      q,
      headline: sentence.headline,
      reported,
      subject: namesSpeaker(subject),
      speakerCue: framed?.cue != null && framed.at < q && speaks(framed.mention),
      agent: byAgent,
    });
  const attribution = framed ?? subject;
  return {
    span,
    paragraph,
    token: q,
    kind: direct ? "direct" : "partial",
    attribution,
    sentenceInitial: initial,
    notAQuote,
    byAgent,
  };
}
