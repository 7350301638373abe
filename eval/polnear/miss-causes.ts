/**
 * Why a gold direct quotation was missed, read from the quotation marks alone: no pair of marks encloses it, the
 * marks that do are nested in another quotation, its mark never closes and was let go, we cover only part of it,
 * or its marks were read and the quotation judged a title, label or scare quote. Printed with the text around it
 * so that misses can be grouped by cause (tuning articles only).
 */
import type { ExtractedQuote } from "../../src/core/extract/extracted-quote.js";
import { findQuoteSpans } from "../../src/core/extract/quote-marks.js";
import type { QuoteSpan } from "../../src/core/extract/quote-span.js";
import type { GoldQuote } from "./gold.js";
import { coverage, overlap } from "./score.js";

export type MissCause = "no marks" | "nested" | "unclosed" | "partial" | "rejected";

export interface MissedQuote {
  document: string;
  cause: MissCause;
  /** The gold quotation with the text around it; the gold stretch in [[…]], ours in {…}. */
  context: string;
}

/** Characters of text shown either side of a missed quotation. */
const CONTEXT_CHARS = 160;

function causeOf(gold: GoldQuote, spans: readonly QuoteSpan[], ours: readonly ExtractedQuote[]): MissCause {
  if (coverage(gold.start, gold.end, ours) > 0) return "partial";
  const best = [...spans].sort((a, b) => overlap(b, gold) - overlap(a, gold))[0];
  if (!best || overlap(best, gold) < 0.5 * (gold.end - gold.start)) return "no marks";
  if (best.depth > 0) return "nested";
  return best.unterminated ? "unclosed" : "rejected";
}

function marked(body: string, gold: GoldQuote, ours: readonly ExtractedQuote[]): string {
  const from = Math.max(0, gold.start - CONTEXT_CHARS);
  const to = Math.min(body.length, gold.end + CONTEXT_CHARS);
  const inserts: Array<[number, string]> = [
    [gold.start, "[["],
    [gold.end, "]]"],
  ];
  for (const o of ours) {
    if (o.end <= from || o.start >= to) continue;
    inserts.push([Math.max(from, o.start), "{"], [Math.min(to, o.end), "}"]);
  }
  inserts.sort((a, b) => b[0] - a[0]);
  let text = body.slice(from, to);
  for (const [at, mark] of inserts) text = text.slice(0, at - from) + mark + text.slice(at - from);
  return text.replace(/\n/g, " ¶ ");
}

/** The gold quotations of one article that our quotations cover less than half of, each with its likely cause. */
export function missedQuotes(
  document: string,
  body: string,
  gold: readonly GoldQuote[],
  ours: readonly ExtractedQuote[],
): MissedQuote[] {
  const spans = findQuoteSpans(body);
  return gold
    .filter((g) => coverage(g.start, g.end, ours) < 0.5)
    .map((g) => ({ document, cause: causeOf(g, spans, ours), context: marked(body, g, ours) }));
}

/** Missed quotations grouped by cause, each group counted and shown up to `perCause` examples. */
export function printMissedQuotes(missed: readonly MissedQuote[], perCause: number): void {
  const causes = [...new Set(missed.map((m) => m.cause))];
  for (const cause of causes) {
    const some = missed.filter((m) => m.cause === cause);
    console.log(`\n== missed, ${cause} (${some.length}) ==`);
    for (const m of some.slice(0, perCause)) console.log(`[${m.document}] ${m.context}`);
  }
}
