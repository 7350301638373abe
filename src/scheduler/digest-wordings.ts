import { variantSources } from "../../commands/render-verification.js";
import type { CorpusService } from "../core/corpus-service.js";
import { isVerbatimError } from "../core/errors.js";
import { normalisedWords } from "../core/match/tokenise.js";
import type { Quote, VerifyResult } from "../core/types.js";

/** A quotation the period's articles carry in more than one wording across the corpus. */
export interface DifferingWording {
  speaker: string | null;
  wordings: { text: string; sources: string[] }[];
}

/** Verifying is the expensive step; a digest only needs the clearest few. */
const MAX_CANDIDATES = 40;
const MIN_WORDS = 4;

const wordCount = (value: string) => value.split(/\s+/).filter(Boolean).length;

function candidates(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes
    .filter((q) => q.kind !== "frame" && wordCount(q.text) >= MIN_WORDS)
    .sort((a, b) => b.confidence - a.confidence || b.text.length - a.text.length)
    .filter((q) => {
      const key = normalisedWords(q.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_CANDIDATES);
}

/**
 * Each of the period's quotations is checked against the whole corpus; those found in more than one wording, in
 * more than one document, are the ones where outlets disagree on what was said.
 */
export async function findDifferingWordings(
  corpus: CorpusService,
  quotes: readonly Quote[],
): Promise<DifferingWording[]> {
  const groups = new Map<string, DifferingWording>();
  for (const quote of candidates(quotes)) {
    let result: VerifyResult;
    try {
      result = await corpus.verify({ quote: quote.text }, { requester: "digest" });
    } catch (error) {
      if (isVerbatimError(error)) continue;
      throw error;
    }
    if (result.variants.length < 2) continue;
    const documents = new Set(result.variants.flatMap((v) => v.documents));
    if (documents.size < 2) continue;
    const wordings = result.variants.map((v) => ({
      text: v.text,
      sources: variantSources(v, result.matches),
    }));
    const key = wordings
      .map((w) => normalisedWords(w.text))
      .sort()
      .join("\n");
    if (!groups.has(key)) groups.set(key, { speaker: result.speaker ?? quote.speaker, wordings });
  }
  return [...groups.values()];
}
