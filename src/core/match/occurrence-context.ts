/**
 * The sentence around a passage, for showing where the words sit. Text without punctuation (a stripped copy of an
 * article) has no sentences, so some words either side are used instead. Long contexts are trimmed around the
 * passage, with an ellipsis wherever text was cut.
 */
const MAX_CONTEXT = 280;
const SEARCH_REACH = 600;
const UNPUNCTUATED_REACH = 90;

/** A full stop, ! or ? (and closing quotes or brackets) followed by space and a capital, digit or opening quote. */
const BOUNDARY = /([.!?])["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])/g;
/** "U.S. President", "Mr. Smith", "Jan. 8": full stops that do not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Za-z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Gen|Gov|Rep|Jr|Sr|Lt|Col|Sgt|Capt|Prof|Rev|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** Sentence boundaries in body[from, to): each is [end of the sentence, start of the next]. */
function boundaries(body: string, from: number, to: number): [number, number][] {
  // A few characters past `to` let the lookahead see what follows a full stop at the very end of the range.
  const text = body.slice(from, to + 3);
  const found: [number, number][] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[1] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const stop = m.index + m[0].trimEnd().length;
    found.push([from + stop, from + m.index + m[0].length]);
  }
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    found.push([from + i, from + i + 1]);
  return found.filter(([stop]) => stop <= to);
}

function sentenceStart(body: string, start: number): number | null {
  const from = Math.max(0, start - SEARCH_REACH);
  const starts = boundaries(body, from, start).map(([, next]) => next);
  const best = Math.max(-1, ...starts.filter((s) => s <= start));
  if (best >= 0) return best;
  return from === 0 ? 0 : null;
}

function sentenceEnd(body: string, end: number): number | null {
  const to = Math.min(body.length, end + SEARCH_REACH);
  const ends = boundaries(body, end, to).map(([stop]) => stop);
  const best = Math.min(Number.POSITIVE_INFINITY, ...ends.filter((e) => e >= end));
  if (Number.isFinite(best)) return best;
  return to === body.length ? to : null;
}

/** The start of the first whole word at or after `at` (never past `limit`). */
function wordStartFrom(body: string, at: number, limit: number): number {
  let i = Math.max(0, at);
  if (i > 0 && /\S/.test(body.charAt(i - 1))) while (i < limit && /\S/.test(body.charAt(i))) i++;
  return Math.min(i, limit);
}

/** The end of the last whole word at or before `at` (never before `limit`). */
function wordEndBefore(body: string, at: number, limit: number): number {
  let i = Math.min(body.length, at);
  if (i < body.length && /\S/.test(body.charAt(i))) while (i > limit && /\S/.test(body.charAt(i - 1))) i--;
  return Math.max(i, limit);
}

export function occurrenceContext(body: string, start: number, end: number, punctuated: boolean): string {
  const sentenceFrom = punctuated ? sentenceStart(body, start) : null;
  const sentenceTo = punctuated ? sentenceEnd(body, end) : null;
  let from = sentenceFrom ?? wordStartFrom(body, start - UNPUNCTUATED_REACH, start);
  let to = sentenceTo ?? wordEndBefore(body, end + UNPUNCTUATED_REACH, end);
  if (to - from > MAX_CONTEXT) {
    const room = Math.max(0, MAX_CONTEXT - (end - start));
    const before = Math.min(start - from, Math.max(room / 2, room - (to - end)));
    from = wordStartFrom(body, start - Math.floor(before), start);
    to = wordEndBefore(body, end + Math.floor(room - before), end);
  }
  const text = body.slice(from, to).replace(/\s+/g, " ").trim();
  const lead = from > 0 && from !== sentenceFrom ? "…" : "";
  const tail = to < body.length && to !== sentenceTo ? "…" : "";
  return `${lead}${text}${tail}`;
}
