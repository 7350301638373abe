/**
 * Quotations of a whole corpus with canonical speakers: every article's quotations are extracted and attributed
 * in the article, then speakers' name forms are joined across the corpus. Linear in the corpus size apart from
 * comparing full names that share a surname.
 */
import { type ExtractedQuote, extractQuotes } from "../extract/extract-quotes.js";
import type { Article, Quote, Speaker } from "../types.js";
import { canonicalSpeakers, type FormUse, formKey } from "./canonical-speakers.js";
import { displayName, withoutOwner } from "./name-forms.js";

/** The form a speaker is grouped under: people without the organisation that introduces them. */
function speakerForm(quote: Pick<ExtractedQuote, "speakerName" | "speakerKind">): string | null {
  if (!quote.speakerName) return null;
  return quote.speakerKind === "person" ? withoutOwner(quote.speakerName) : quote.speakerName;
}

function recordUse(uses: Map<string, FormUse>, quote: ExtractedQuote, cased: boolean): void {
  const form = speakerForm(quote);
  if (!form || !quote.speakerKind) return;
  const key = formKey(quote.speakerKind, form);
  let use = uses.get(key);
  if (!use) {
    use = { form, kind: quote.speakerKind, quotes: 0, cased, mentions: new Set() };
    uses.set(key, use);
  }
  use.quotes++;
  use.cased ||= cased;
  const mention = quote.speakerMention;
  if (mention && quote.speakerKind !== "description" && !/^(?:he|she|they|it|i|we|you)$/i.test(mention)) {
    use.mentions.add(displayName(mention));
  }
}

export function attributeCorpus(articles: readonly Article[]): { quotes: Quote[]; speakers: Speaker[] } {
  const extracted: ExtractedQuote[] = [];
  const uses = new Map<string, FormUse>();
  for (const article of articles) {
    for (const quote of extractQuotes(article)) {
      extracted.push(quote);
      recordUse(uses, quote, article.punctuated && quote.kind !== "frame");
    }
  }
  const { speakers, canonicalOf } = canonicalSpeakers([...uses.values()]);
  const quotes = extracted.map(({ speakerName, speakerKind, ...rest }): Quote => {
    const form = speakerForm({ speakerName, speakerKind });
    return {
      ...rest,
      speaker: form && speakerKind ? (canonicalOf.get(formKey(speakerKind, form)) ?? form) : null,
    };
  });
  return { quotes, speakers };
}
