/**
 * Quotations in text stripped of punctuation (and capitals): the words around each reporting frame, cut into
 * clauses where a new subject and verb begin. A frame claims the clause just before it ("… zarif announced on
 * twitter") and, when the words after it read as speech (first or second person, or after "that"), the clauses
 * that follow until narration resumes.
 */
import type { Article } from "../types.js";
import type { ExtractedQuote } from "./extracted-quote.js";
import {
  type Clause,
  clauses,
  firstNameAfter,
  MAX_WORDS,
  type NameIndex,
  speechLike,
  startsClause,
} from "./frame-clauses.js";
import { type Frame, findFrames, findNames, type NameSpan, splitWords, type Word } from "./frame-names.js";
import { FrameSpeakers } from "./frame-speakers.js";
import { DETERMINERS, PREPOSITIONS } from "./lexicon.js";

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
