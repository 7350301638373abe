/**
 * Quotations in text stripped of punctuation (and capitals): the words around each reporting frame, cut into
 * clauses where a new subject and verb begin. A frame claims the clause just before it ("… zarif announced on
 * twitter") and, when the words after it read as speech (first or second person, or after "that"), the clauses
 * that follow until narration resumes.
 */
import type { Article } from "../types.js";
import type { ExtractedQuote } from "./extract-quotes.js";
import { type Frame, findFrames, findNames, type NameSpan, splitWords, type Word } from "./frame-names.js";
import { FrameSpeakers } from "./frame-speakers.js";
import { CUE_FORMS, DETERMINERS, PREPOSITIONS } from "./lexicon.js";
import { isFiniteVerb, isVerbForm } from "./word-classes.js";

const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "it", "they", "there"]);
const CLAUSE_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "no",
  "this",
  "that",
  "these",
  "those",
  "every",
  "each",
  "both",
  "all",
  "some",
  "many",
  "his",
  "her",
  "their",
  "our",
  "my",
]);
const AUXILIARIES = new Set(
  `am is are was were have has had will would can cannot could should may might must do does did don didn doesn won wasn
  isn aren couldn shouldn wouldn s re ll ve d m`.split(/\s+/),
);
const SUBORDINATORS = new Set([
  "as",
  "if",
  "when",
  "while",
  "although",
  "though",
  "because",
  "since",
  "after",
  "before",
  "but",
]);
/** Words with which the reporter's narration picks up again mid-stream: "… in fact just the opposite". */
const DISCOURSE = /^(?:in fact|however|meanwhile|instead|indeed|even so)$/;
const BLOCKS_CLAUSE = new Set(
  `and or but that than what which who whom whose when where why how whether if because so as while although though
  until since after before`.split(/\s+/),
);
const SPEECH_WORDS = new Set([
  "i",
  "we",
  "me",
  "us",
  "our",
  "my",
  "you",
  "your",
  "ourselves",
  "myself",
  "yourself",
]);
const MAX_WORDS = 60;

interface Clause {
  from: number;
  to: number;
  /** Opens with "as", "if", "when"…: the reporter's narration picking up again. */
  subordinate: boolean;
}

function isVerbish(word: string | undefined): boolean {
  return word !== undefined && (AUXILIARIES.has(word) || isVerbForm(word) || /ed$/.test(word));
}

const PRONOUN_QUANTIFIERS = new Set(["all", "this", "these", "those", "both", "some", "many"]);

/** A finite verb among words [from, to] before the noun phrase ends: "the iranians have", "both sides appear". */
function verbWithin(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = words[k]?.text ?? "";
    const before = words[k - 1]?.text ?? "";
    const finite = isFiniteVerb(w) || /ed$/.test(w) || (isVerbForm(w) && /s$/.test(before));
    if (AUXILIARIES.has(w) || (finite && !/ly$/.test(before) && !/ing$/.test(w))) return true;
    const newPhrase = DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || PREPOSITIONS.has(w);
    if ((BLOCKS_CLAUSE.has(w) && w !== "and") || CUE_FORMS.has(w) || newPhrase) return false;
  }
  return false;
}

function startsClause(words: readonly Word[], names: NameIndex, i: number): boolean {
  const w = words[i]?.text;
  if (w === undefined) return false;
  if (SUBJECT_PRONOUNS.has(w)) return isVerbish(words[i + 1]?.text);
  if (PRONOUN_QUANTIFIERS.has(w) && AUXILIARIES.has(words[i + 1]?.text ?? "")) return true;
  if (CLAUSE_DETERMINERS.has(w)) {
    const previous = words[i - 1]?.text ?? "";
    const gerund =
      /ing$/.test(previous) &&
      (PREPOSITIONS.has(words[i - 2]?.text ?? "") || AUXILIARIES.has(words[i - 2]?.text ?? ""));
    const objectOfVerb = (isVerbForm(previous) && !/ing$/.test(previous)) || gerund;
    return !objectOfVerb && verbWithin(words, i + 2, i + 6);
  }
  if (words[i + 1]?.text === "s" && names.surnames.has(w)) return verbWithin(words, i + 3, i + 4);
  const name = names.byFrom.get(i);
  if (name) return isVerbish(words[name.to]?.text);
  return names.surnames.has(w) && isVerbish(words[i + 1]?.text);
}

/** Name spans with the set of surnames they give, for spotting a clause that opens with a name. */
interface NameIndex {
  /** In order of `from`. */
  spans: readonly NameSpan[];
  byFrom: ReadonlyMap<number, NameSpan>;
  surnames: ReadonlySet<string>;
}

/** The first name starting after word `after` (binary search, so each clause costs little however long the text). */
function firstNameAfter(spans: readonly NameSpan[], after: number): NameSpan | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.from > after) high = mid;
    else low = mid + 1;
  }
  return spans[low];
}

function blocked(word: string | undefined): boolean {
  if (word === undefined) return false;
  return (
    BLOCKS_CLAUSE.has(word) ||
    PREPOSITIONS.has(word) ||
    DETERMINERS.has(word) ||
    AUXILIARIES.has(word) ||
    CUE_FORMS.has(word)
  );
}

/** Splits words [from, to) where a new clause begins after a complete one. */
function clauses(words: readonly Word[], names: NameIndex, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  let start = from;
  let subordinate = SUBORDINATORS.has(words[from]?.text ?? "");
  for (let i = from + 1; i < to; i++) {
    if (blocked(words[i - 1]?.text)) continue;
    const pair = `${words[i]!.text} ${words[i + 1]?.text ?? ""}`;
    const discourse = DISCOURSE.test(pair) || DISCOURSE.test(words[i]!.text);
    const sub = discourse || (SUBORDINATORS.has(words[i]!.text) && startsClause(words, names, i + 1));
    if (!sub && !startsClause(words, names, i)) continue;
    out.push({ from: start, to: i, subordinate });
    start = i;
    subordinate = sub;
  }
  if (start < to) out.push({ from: start, to, subordinate });
  return out;
}

function speechLike(words: readonly Word[], clause: Clause | undefined): boolean {
  if (!clause) return false;
  for (let i = clause.from; i < clause.to; i++) if (SPEECH_WORDS.has(words[i]!.text)) return true;
  return false;
}

/** Claims the frame's preceding clause, and earlier ones while they read as speech. */
function backward(words: readonly Word[], names: NameIndex, frame: Frame, from: number): Clause | null {
  if (frame.forwardOnly || from >= frame.start) return null;
  const parts = clauses(words, names, from, frame.start);
  let i = parts.length - 1;
  if (frame.complement && !speechLike(words, parts[i])) return null;
  while (i > 0 && speechLike(words, parts[i - 1]) && frame.start - parts[i - 1]!.from <= MAX_WORDS) i--;
  return { from: parts[i]!.from, to: frame.start, subordinate: false };
}

/** Claims clauses after the frame while they read as speech, stopping where narration resumes. */
function forward(
  words: readonly Word[],
  names: NameIndex,
  frame: Frame,
  to: number,
  reserveLast: boolean,
  hasBackward: boolean,
): Clause | null {
  const from = forwardStart(words, names, frame, to);
  if (from >= to) return null;
  const parts = clauses(words, names, from, to);
  const shortOpening = parts[0] !== undefined && parts[0].to - parts[0].from <= 5;
  const spoken = speechLike(words, parts[0]) || (shortOpening && speechLike(words, parts[1]));
  const wanted = frame.complement || frame.forwardOnly || !hasBackward || spoken;
  if (!wanted || parts.length === 0) return null;
  const limit = reserveLast && parts.length > 1 ? parts.length - 1 : parts.length;
  let end = parts[0]!.to;
  for (let i = 1; i < limit && !frame.complement; i++) {
    const part = parts[i]!;
    if (part.subordinate || part.to - from > MAX_WORDS) break;
    end = part.to;
  }
  const firstName = firstNameAfter(names.spans, from + 3);
  if (firstName && firstName.from < end) end = firstName.from;
  while (
    end > from &&
    (PREPOSITIONS.has(words[end - 1]!.text) || /^(?:and|or|with|by)$/.test(words[end - 1]!.text))
  )
    end--;
  return end > from ? { from, to: end, subordinate: false } : null;
}

/** Where the words after a frame begin: past an appositive ("a former …") or an adjunct ("during a briefing"). */
function forwardStart(words: readonly Word[], names: NameIndex, frame: Frame, to: number): number {
  const from = frame.end;
  const opener = words[from]?.text ?? "";
  const skippable =
    (frame.inverted && DETERMINERS.has(opener)) || /^(?:during|at|in|on|after|before|from)$/.test(opener);
  if (!skippable) return from;
  for (let i = from; i < Math.min(to, from + 12); i++) {
    if (startsClause(words, names, i)) return i;
  }
  return to;
}

/** "mahdi said … the letter looked official": a clause straight after the frame is reported speech. */
function withReportedClause(words: readonly Word[], names: NameIndex, frame: Frame, to: number): Frame {
  if (frame.complement || frame.inverted || frame.forwardOnly) return frame;
  const from = forwardStart(words, names, frame, to);
  if (!startsClause(words, names, from)) return frame;
  const first = clauses(words, names, from, to)[0];
  return speechLike(words, first) ? frame : { ...frame, complement: true };
}

function claimsBackward(frame: Frame | undefined): boolean {
  return frame !== undefined && !frame.forwardOnly && !frame.complement;
}

interface FrameContent {
  frame: Frame;
  range: Clause;
}

function assign(words: readonly Word[], names: NameIndex, found: readonly Frame[]): FrameContent[] {
  const frames = found.map((f, k) =>
    withReportedClause(words, names, f, found[k + 1]?.start ?? words.length),
  );
  const out: FrameContent[] = [];
  let claimed = 0;
  for (const [k, frame] of frames.entries()) {
    const before = backward(words, names, frame, Math.max(claimed, frames[k - 1]?.end ?? 0));
    if (before) out.push({ frame, range: before });
    const next = frames[k + 1];
    const after = forward(
      words,
      names,
      frame,
      next?.start ?? words.length,
      claimsBackward(next),
      before !== null,
    );
    if (after) out.push({ frame, range: after });
    claimed = after ? after.to : frame.end;
  }
  return out;
}

/** Quotations of an article without punctuation, attributed to their frames' subjects. */
export function extractFrameQuotes(article: Article): ExtractedQuote[] {
  const words = splitWords(article.body);
  const spans = findNames(words);
  const byFrom = new Map<number, NameSpan>();
  for (const n of spans) if (!byFrom.has(n.from)) byFrom.set(n.from, n);
  const ordered = [...spans].sort((a, b) => a.from - b.from);
  const surnames = new Set(spans.map((n) => words[n.to - 1]!.text));
  const names: NameIndex = { spans: ordered, byFrom, surnames };
  const frames = findFrames(words, spans);
  const speakers = new FrameSpeakers(words, spans, frames);
  return assign(words, names, frames).map(({ frame, range }) => {
    const start = words[range.from]!.start;
    const end = words[range.to - 1]!.end;
    const speaker = speakers.resolve(frame);
    return {
      document: article.id,
      start,
      end,
      text: article.body.slice(start, end),
      speakerName: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
      speakerMention: article.body.slice(words[frame.subject.from]!.start, words[frame.subject.to - 1]!.end),
      cue: words[frame.cue]!.text,
      kind: "frame",
      confidence: speechLike(words, range) ? 0.6 : 0.5,
    };
  });
}
