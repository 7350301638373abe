/**
 * Quotations of a whole corpus with canonical speakers: every article's quotations are extracted and attributed
 * in the article, then speakers' name forms are joined across the corpus. Linear in the corpus size apart from
 * comparing full names that share a surname.
 */

import { extractQuotes } from "../extract/extract-quotes.js";
import type { ExtractedQuote } from "../extract/extracted-quote.js";
import type { Article, Quote, QuoteKind, Speaker } from "../types.js";
import { canonicalSpeakers, type FormUse, formKey, type SpeakerKind } from "./canonical-speakers.js";
import { displayName, withoutOwner, writtenAsName } from "./name-forms.js";

/** The form a speaker is grouped under: people without the organisation that introduces them. */
export function speakerForm(quote: Pick<ExtractedQuote, "speakerName" | "speakerKind">): string | null {
  if (!quote.speakerName) return null;
  return quote.speakerKind === "person" ? withoutOwner(quote.speakerName) : quote.speakerName;
}

/** Whether a quotation's speaker was written with capitals by the source (not reconstructed from lowercase). */
export function writtenCased(article: Pick<Article, "punctuated">, kind: QuoteKind): boolean {
  return article.punctuated && kind !== "frame";
}

/**
 * Every speaker form the corpus uses, in first-use order, then grouped into canonical speakers. Fed one quotation
 * at a time, so a corpus can be grouped without holding its extracted quotations as objects.
 */
export class SpeakerUses {
  private readonly uses = new Map<string, FormUse>();

  add(form: string | null, kind: SpeakerKind | null, cased: boolean, mention: string | null): void {
    if (!form || !kind) return;
    const key = formKey(kind, form);
    let use = this.uses.get(key);
    if (!use) {
      use = { form, kind, quotes: 0, cased, mentions: new Set() };
      this.uses.set(key, use);
    }
    use.quotes++;
    use.cased ||= cased;
    if (mention && kind !== "description" && !/^(?:he|she|they|it|i|we|you)$/i.test(mention)) {
      const shown = displayName(mention);
      if (kind !== "person" || writtenAsName(shown)) use.mentions.add(shown);
    }
  }

  /** The canonical speakers, and the canonical name for a form (the form itself when it was never grouped). */
  group(): {
    speakers: Speaker[];
    speakerOf: (kind: SpeakerKind | null, form: string | null) => string | null;
  } {
    const { speakers, canonicalOf } = canonicalSpeakers([...this.uses.values()]);
    return {
      speakers,
      speakerOf: (kind, form) => (form && kind ? (canonicalOf.get(formKey(kind, form)) ?? form) : null),
    };
  }
}

export function attributeCorpus(articles: readonly Article[]): { quotes: Quote[]; speakers: Speaker[] } {
  const extracted: ExtractedQuote[] = [];
  const uses = new SpeakerUses();
  for (const article of articles) {
    for (const quote of extractQuotes(article)) {
      extracted.push(quote);
      uses.add(
        speakerForm(quote),
        quote.speakerKind,
        writtenCased(article, quote.kind),
        quote.speakerMention,
      );
    }
  }
  const { speakers, speakerOf } = uses.group();
  const quotes = extracted.map(
    ({ speakerName, speakerKind, speakerProbability: _probability, ...rest }): Quote => ({
      ...rest,
      speaker: speakerOf(speakerKind, speakerForm({ speakerName, speakerKind })),
    }),
  );
  return { quotes, speakers };
}
