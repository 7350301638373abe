/**
 * Finds quoted stretches of text by pairing quotation marks. Works paragraph by paragraph (a line is a
 * paragraph), tells apostrophes from single quotes by the characters around them, and links a quotation that
 * runs on into the next paragraph (the next paragraph opens with a quote mark and the first never closed).
 */
import { type OpenMark, ParagraphScanner } from "./mark-scanner.js";
import type { QuoteSpan } from "./quote-span.js";

/** Paragraph ranges: each non-empty line. */
export function paragraphRanges(body: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

function opensWithQuote(body: string, from: number, to: number): boolean {
  const m = /^\s*(''|``|[“„‟"«‘'‹])(?=\S)/.exec(body.slice(from, Math.min(to, from + 8)));
  return m !== null;
}

/**
 * A single mark still open at its paragraph's end, and not carried on into the next, was an apostrophe (`Anke van
 * 't Hoff`), not a quotation: the quotations closed after it are not nested in it.
 */
function unnest(spans: readonly QuoteSpan[], unclosed: readonly OpenMark[]): void {
  const apostrophes = unclosed.filter((m) => m.family === "single");
  if (apostrophes.length === 0) return;
  for (const span of spans) {
    const inside = apostrophes.filter((m) => m.pos < span.open).length;
    span.depth = Math.max(0, span.depth - inside);
  }
}

/** Every quotation in the body, in order of its opening mark. */
export function findQuoteSpans(body: string): QuoteSpan[] {
  const scanner = new ParagraphScanner(body);
  const paragraphs = paragraphRanges(body);
  let continuing = false;
  for (const [index, [from, to]] of paragraphs.entries()) {
    const firstOfParagraph = scanner.spans.length;
    const unclosed = scanner.scan(from, to);
    const outer = unclosed.find((m) => m.family === "double") ?? unclosed[0];
    const next = paragraphs[index + 1];
    const runsOn = outer !== undefined && next !== undefined && opensWithQuote(body, next[0], next[1]);
    const carried = runsOn ? outer : undefined;
    unnest(
      scanner.spans.slice(firstOfParagraph),
      unclosed.filter((m) => m !== carried),
    );
    if (outer && (runsOn || outer.family === "double")) {
      scanner.emit(outer, to, to, { depth: 0, runsOn, unterminated: !runsOn });
    }
    if (continuing) {
      const own = scanner.spans.slice(firstOfParagraph).filter((s) => s.depth === 0);
      const first = own.sort((a, b) => a.open - b.open)[0];
      if (first) first.continued = true;
    }
    continuing = runsOn;
  }
  return scanner.spans.sort((a, b) => a.open - b.open);
}
