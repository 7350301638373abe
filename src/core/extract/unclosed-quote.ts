/**
 * Which quotations whose mark never closes are kept: the rest of the paragraph after such a mark is somebody's
 * words only where the mark stands where quotations open.
 */
import type { QuoteSpan } from "./quote-marks.js";

/**
 * Whether a quotation whose mark never closes still counts, running to its paragraph's end: it opens the
 * paragraph or follows a sentence end, a colon or a comma (`Blackwell added, “have focused …`, a paragraph
 * broken off mid-sentence), starts with a capital unless it resumes after a comma, and nothing else is quoted
 * after it in the paragraph. Elsewhere an unclosed mark is more often a stray or a mispairing.
 */
export function keepsUnclosed(body: string, span: QuoteSpan, next: QuoteSpan | undefined): boolean {
  if (next && next.open < span.close) return false;
  let before = span.open - 1;
  while (before >= 0 && (body[before] === " " || body[before] === "\t")) before--;
  const after = body[before];
  const first = /\p{L}/u.exec(body.slice(span.start, span.start + 4))?.[0];
  if (!first) return false;
  if (after === ",") return true;
  const opens = after === undefined || after === "\n" || ".:!?".includes(after);
  return opens && /\p{Lu}/u.test(first);
}
