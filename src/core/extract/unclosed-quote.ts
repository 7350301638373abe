/**
 * Which quotations whose mark never closes are kept: the rest of the paragraph after such a mark is somebody's
 * words only where the mark stands where quotations open.
 */
import { hasStrongCue } from "./lexicon.js";
import { doubleMarks } from "./quotation-kind.js";
import type { QuoteSpan } from "./quote-span.js";

/** How far back the words reporting a quotation are looked for in its sentence. */
const REPORT_REACH = 160;
/** A sentence end followed by the capital of the next sentence. */
const SENTENCE_BREAK = /[.!?…]['’"”]?[ \t]+\p{Lu}/u;

/**
 * `The jury concluded "the art of acting has two chapters.` at a paragraph's end: the quotation is the last words
 * of a sentence whose reporting verb comes before it, one sentence to the end, so the lost closing mark stood at
 * that end. Without the verb (`The plan needs "serious changes.`) the mark is as often a stray.
 */
function endsReportedSentence(body: string, span: QuoteSpan, before: number): boolean {
  const text = body.slice(span.start, span.end);
  if (!/[.!?…]$/.test(text) || SENTENCE_BREAK.test(text)) return false;
  const window = body.slice(Math.max(0, before + 1 - REPORT_REACH), before + 1);
  const sentence = window.split(/[.!?…]['’"”]?[ \t]+(?=\p{Lu})|\n/u).at(-1) ?? "";
  return hasStrongCue(sentence.toLowerCase().split(/[^\p{L}]+/u));
}

/**
 * Whether a quotation whose mark never closes still counts, running to its paragraph's end: it opens the
 * paragraph or follows a sentence end, a colon or a comma (`Blackwell added, “have focused …`, a paragraph
 * broken off mid-sentence), starts with a capital unless it resumes after a comma, or is the one-sentence end
 * of a sentence that reports speech; and nothing else is quoted after it in the paragraph but words it quotes
 * in single marks. Elsewhere an unclosed mark is more often a stray or a mispairing.
 */
export function keepsUnclosed(body: string, spans: readonly QuoteSpan[], index: number): boolean {
  const span = spans[index]!;
  let n = index + 1;
  while (spans[n] && quotedWithin(body, span, spans[n]!)) n++;
  const next = spans[n];
  if (next && next.open < span.close) return false;
  let before = span.open - 1;
  while (before >= 0 && (body[before] === " " || body[before] === "\t")) before--;
  const after = body[before];
  const first = /\p{L}/u.exec(body.slice(span.start, span.start + 4))?.[0];
  if (!first) return false;
  if (after === ",") return true;
  if (endsReportedSentence(body, span, before)) return true;
  const opens = after === undefined || after === "\n" || ".:!?".includes(after);
  return opens && /\p{Lu}/u.test(first);
}

/**
 * A quotation in single marks inside an open double one (`"We want a 'level playing field' for all.`) is nested
 * as quotations nest, and so quoted by the same speaker; a double mark inside an open double one is more often the
 * next quotation, the first one's closing mark lost.
 */
function quotedWithin(body: string, outer: QuoteSpan, inner: QuoteSpan): boolean {
  return (
    inner.depth > outer.depth &&
    inner.open < outer.close &&
    doubleMarks(body, outer) &&
    !doubleMarks(body, inner)
  );
}
