import type { Article, Engine, Quote, VerifyResult } from "../../../src/core/types.js";

const words = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

function overlap(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/**
 * A small engine over hand-written quotations: `verify` finds the quotations sharing most of the query's words
 * and groups them by wording, which is all a digest needs from the real matcher.
 */
export function fakeEngine(articles: Article[], quotes: Quote[]): Engine {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    articles,
    quotes,
    speakers: [],
    warnings: [],
    article: (id) => byId.get(id),
    verify(query): VerifyResult {
      const hits = quotes.filter((q) => overlap(q.text, query.quote) >= 0.7);
      const variants = new Map<string, { text: string; documents: string[]; sources: string[] }>();
      for (const hit of hits) {
        const key = words(hit.text).join(" ");
        const variant = variants.get(key) ?? { text: hit.text, documents: [], sources: [] };
        variant.documents.push(hit.document);
        variant.sources.push(byId.get(hit.document)?.source ?? hit.document);
        variants.set(key, variant);
      }
      return {
        quote: query.quote,
        verdict: hits.length === 0 ? "not_found" : variants.size > 1 ? "variant" : "verified",
        confidence: hits.length === 0 ? 0 : 0.9,
        explanation: "",
        claimedSpeaker: null,
        speaker: hits[0]?.speaker ?? null,
        matches: [],
        variants: [...variants.values()].map((v) => ({ ...v, diff: [] })),
      };
    },
    quotesBy: () => null,
    findSpeaker: () => null,
    suggestSpeakers: () => [],
  };
}

/** Writes an article whose body contains each quotation, and the quotations with their real offsets. */
export function articleWithQuotes(
  meta: Partial<Article> & { id: string },
  said: { speaker: string; text: string }[],
): { article: Article; quotes: Quote[] } {
  let body = `${meta.title ?? "News"}.\n\n`;
  const quotes: Quote[] = [];
  for (const { speaker, text } of said) {
    body += `${speaker} said: “`;
    quotes.push({
      document: meta.id,
      start: body.length,
      end: body.length + text.length,
      text,
      speaker,
      speakerMention: speaker,
      cue: "said",
      kind: "direct",
      confidence: 0.9,
    });
    body += `${text}”\n\n`;
  }
  return { article: { file: meta.id, format: "text", punctuated: true, body, ...meta }, quotes };
}
