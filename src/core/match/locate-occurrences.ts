import type { Change, Occurrence, Quote, QuoteKind } from "../types.js";
import { classifyChanges, isMeaningful } from "./classify-changes.js";
import { ANCHOR_EVERY, type MatchIndex } from "./index-structure.js";
import { occurrenceContext } from "./occurrence-context.js";
import type { QueryWords } from "./query-words.js";
import type { ScoredAlignment } from "./search-parts.js";
import { displayWords, type Tokens, tokenise } from "./tokenise.js";

/** An occurrence plus what the verdict needs to know about it. */
export interface Located {
  occurrence: Occurrence;
  /** Index of the query part it supports. */
  part: number;
  /** The corpus words equal the user's words as spelled (case, punctuation and layout aside). */
  exact: boolean;
  /** Wording key: the corpus words as spelled, for grouping identical wordings. */
  wording: string;
  /** The corpus words as a plain line, for diffs (see `displayWords`). */
  display: string;
  /** Confidence of the quotation it lies in (extraction and attribution), or null in narration. */
  quoteConfidence: number | null;
  /** How the quotation it lies in was found, or null in narration. */
  quoteKind: QuoteKind | null;
  /** In narration, the words of a quotation the passage runs into ("promised the wall would “protect …”"). */
  partlyQuoted: string | null;
  /** Whether the article has its punctuation: quotations read from quote marks rather than inferred. */
  punctuated: boolean;
  /** The user's words against these, meaningful changes first. */
  changes: Change[];
  /** Some change alters what the words say (a figure, a negation, a name, a content word). */
  meaningful: boolean;
}

/**
 * A passage counts as inside a quotation when nearly all of it is: a quoted phrase with the reporter's words
 * around it ("promised the wall would “protect 4,000 homes”") is not that person's quotation.
 */
const QUOTED_SHARE = 0.9;

/**
 * The words at global positions start..end with their offsets. The index keeps term ids, not offsets (which
 * would double its size): the article is re-read from the nearest anchor, which yields exactly the same words.
 */
export function readSpan(index: MatchIndex, doc: number, start: number, end: number): Tokens {
  const body = index.article(doc).body;
  const docStart = index.docStarts[doc]!;
  // Reading starts at least one word early: how a word reads can depend on the word before ("don" + "t" is "not").
  const anchor = Math.floor(Math.max(0, start - 1 - docStart) / ANCHOR_EVERY);
  const first = docStart + anchor * ANCHOR_EVERY;
  const read = tokenise(body, anchor > 0 ? index.anchors[index.docAnchors[doc]! + anchor]! : 0, end - first);
  const skip = start - first;
  return {
    count: read.count - skip,
    starts: read.starts.slice(skip),
    ends: read.ends.slice(skip),
    surface: read.surface.slice(skip),
    match: read.match.slice(skip),
  };
}

/** The quotation overlapping start..end the most, with the share of the passage it covers. */
function overlappingQuote(
  quotes: readonly Quote[],
  start: number,
  end: number,
): { quote: Quote; share: number } | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const quote of quotes) {
    if (quote.start >= end) break;
    const overlap = Math.min(end, quote.end) - Math.max(start, quote.start);
    if (overlap > bestOverlap) {
      best = quote;
      bestOverlap = overlap;
    }
  }
  return best ? { quote: best, share: bestOverlap / (end - start) } : null;
}

function sliceTokens(tokens: Tokens, from: number, to: number): Tokens {
  return {
    count: to - from,
    starts: tokens.starts.slice(from, to),
    ends: tokens.ends.slice(from, to),
    surface: tokens.surface.slice(from, to),
    match: tokens.match.slice(from, to),
  };
}

export function locate(
  index: MatchIndex,
  words: QueryWords,
  part: { index: number; from: number; to: number },
  alignment: ScoredAlignment,
): Located {
  const article = index.article(alignment.doc);
  // The passage is what this part's words align with (the alignment may have been made for a longer range).
  const inPart = alignment.pairs.filter((p) => p.q >= part.from && p.q < part.to);
  const pairs = inPart.length > 0 ? inPart : alignment.pairs;
  const tStart = pairs[0]!.t;
  const tEnd = pairs.at(-1)!.t + 1;
  // Neighbouring words either side, as many as the user has beyond the passage plus one: a negation just
  // outside it ("did not | seek escalation") still counts.
  const first = Math.max(index.docStarts[alignment.doc]!, tStart - (pairs[0]!.q - part.from) - 1);
  const last = Math.min(index.docStarts[alignment.doc + 1]!, tEnd + (part.to - pairs.at(-1)!.q - 1) + 1);
  const around = readSpan(index, alignment.doc, first, last);
  const tokens = sliceTokens(around, tStart - first, tEnd - first);
  const start = tokens.starts[0]!;
  const end = tokens.ends[tokens.count - 1]!;
  const corpusSurface = tokens.surface;
  const userSurface = words.tokens.surface.slice(part.from, part.to);
  const overlapping = overlappingQuote(index.quotesIn(alignment.doc), start, end);
  const quote = overlapping && overlapping.share >= QUOTED_SHARE ? overlapping.quote : null;
  const partlyQuoted =
    overlapping && !quote
      ? article.body.slice(Math.max(start, overlapping.quote.start), Math.min(end, overlapping.quote.end))
      : null;
  const { changes, reach } = classifyChanges({
    quote: quote ? { start: quote.start, end: quote.end } : null,
    index,
    words,
    from: part.from,
    to: part.to,
    body: article.body,
    tokens: around,
    first,
    pairs,
  });
  return {
    occurrence: {
      document: article.id,
      start,
      end,
      text: article.body.slice(start, end),
      speaker: quote?.speaker ?? null,
      speakerMention: quote?.speakerMention ?? null,
      quoted: quote !== null,
      source: article.source ?? null,
      title: article.title ?? null,
      url: article.url ?? null,
      date: article.date ?? null,
      dateInferred: article.dateInferred ?? false,
      similarity: Math.round(alignment.similarity * 1000) / 1000,
      context: occurrenceContext(article.body, start, end, article.punctuated),
    },
    part: part.index,
    exact: corpusSurface.length === userSurface.length && corpusSurface.every((w, i) => w === userSurface[i]),
    // The wording shown includes a neighbour that changes the meaning ("not | seek escalation or war").
    wording: around.surface.slice(reach.from, reach.to).join(" "),
    display: displayWords(article.body, around, reach.from, reach.to),
    quoteConfidence: quote?.confidence ?? null,
    quoteKind: quote?.kind ?? null,
    partlyQuoted,
    punctuated: article.punctuated,
    changes,
    meaningful: changes.some(isMeaningful),
  };
}

/** Earliest first; undated last; then the closer match, then by document for a stable order. */
export function byDate(a: Located, b: Located): number {
  const da = a.occurrence.date;
  const db = b.occurrence.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return (
    b.occurrence.similarity - a.occurrence.similarity ||
    a.occurrence.document.localeCompare(b.occurrence.document) ||
    a.occurrence.start - b.occurrence.start
  );
}
