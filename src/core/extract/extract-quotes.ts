/**
 * Quotation extraction and in-article speaker attribution. Punctuated text is read through its quotation marks;
 * text without punctuation through its reporting frames ("X said", "says X").
 */
import type { Article, QuoteKind } from "../types.js";
import { type QuoteReading, readQuote, type SentenceContext } from "./analyse-quote.js";
import { attributionByColon } from "./attribution-without-cue.js";
import { type Chooser, type ChosenSpeaker, chooseSpeakers } from "./choose-speakers.js";
import type { ExtractedQuote } from "./extracted-quote.js";
import { type Attribution, cuesIn, sentenceSources } from "./find-attribution.js";
import { extractFrameQuotes } from "./frame-quotes.js";
import type { Mention, ResolvedSpeaker } from "./mention.js";
import { continuesSpeech } from "./named-before.js";
import { collectOrganisationSubjects } from "./organisation-subjects.js";
import { collectPersonMentions } from "./person-mentions.js";
import { doubleMarks, isNotAQuotation } from "./quotation-kind.js";
import { findQuoteSpans, paragraphRanges } from "./quote-marks.js";
import type { QuoteSpan } from "./quote-span.js";
import { isReportingHeadline } from "./quoted-phrases.js";
import { MentionResolver } from "./resolve-mentions.js";
import { signQuotations } from "./signed-quotations.js";
import { sentenceRanges, type Token, tokenize } from "./tokens.js";
import { keepsUnclosed } from "./unclosed-quote.js";

interface Attributed {
  reading: QuoteReading;
  mention: Mention | null;
  cue: string | null;
  resolved: ResolvedSpeaker | null;
  inherited: boolean;
}

/** A reporting verb with its subject somewhere in the article, resolved, in reading order. */
interface SourceEvent {
  at: number;
  paragraph: number;
  attribution: Attribution;
}

interface ArticleReading {
  tokens: Token[][];
  readings: QuoteReading[];
  sources: SourceEvent[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the paragraph [from, to) holds nothing but the quotation: no word outside its marks. */
function standsAlone(body: string, span: QuoteSpan, from: number, to: number): boolean {
  // Each side read on its own: joining them would copy the paragraph for the regex to read.
  return (
    !WORD_CHARACTER.test(body.slice(from, span.open)) && !WORD_CHARACTER.test(body.slice(span.closeEnd, to))
  );
}

function readArticle(
  body: string,
  spans: readonly QuoteSpan[],
  paragraphs: ReadonlyArray<readonly [number, number]>,
): ArticleReading {
  const doubleMarked = spans.some((s) => doubleMarks(body, s));
  const out: ArticleReading = { tokens: [], readings: [], sources: [] };
  let first = 0;
  for (const [p, [from, to]] of paragraphs.entries()) {
    // Each paragraph is handed its own quotations only, so reading an article costs its length, not its
    // length times its paragraphs.
    while (first < spans.length && spans[first]!.open < from) first++;
    let last = first;
    while (last < spans.length && spans[last]!.open < to) last++;
    const own = spans.slice(first, last);
    const tokens = tokenize(body, from, to, own);
    out.tokens.push(tokens);
    for (const range of sentenceRanges(tokens, body, own)) {
      const cues = cuesIn(tokens, range);
      const sources = sentenceSources(tokens, range, body, cues);
      // "Senator Maria Lopez issued the following statement:" with the quotation in the next paragraph (a
      // label such as "Transcript:" names no speaker).
      const colon = range[1] - 1;
      const introduces = colon - range[0] >= 3 && colon === tokens.length - 1 && tokens[colon]?.text === ":";
      if (sources.length === 0 && introduces) {
        const introduced = attributionByColon(tokens, range[0], colon, body);
        if (introduced && isFullName(introduced.mention)) sources.push(introduced);
      }
      const hasCue = sources.length > 0 || cues.length > 0;
      const sentence: SentenceContext = { range, sources, hasCue, headline: false };
      let quoted = false;
      for (const source of sources)
        out.sources.push({ at: tokens[source.at]!.start, paragraph: p, attribution: source });
      for (let q = range[0]; q < range[1]; q++) {
        const token = tokens[q]!;
        if (token.kind !== "quote") continue;
        // Whether the sentence is a headline is asked once, and only of sentences that quote.
        if (!quoted) sentence.headline = isReportingHeadline(tokens, range[0], range[1]);
        quoted = true;
        const reading = readQuote(own[token.quote!]!, p, tokens, sentence, q, body);
        const place = {
          attributed: hasCue || reading.attribution !== null,
          sentenceInitial: reading.sentenceInitial,
          headline: sentence.headline,
          byAgent: reading.byAgent,
          // The first paragraph is the article's headline, whose quoted words are somebody's.
          heading: p > 0 && standsAlone(body, reading.span, from, to),
          doubleMarked,
        };
        reading.notAQuote ||= isNotAQuotation(body, reading.span, place);
        out.readings.push(reading);
      }
    }
  }
  return out;
}

/** A name that cannot be a label: "Donald Trump", "Sen. Warren" (unlike "Transcript" or "Partial transcript"). */
function isFullName(mention: Mention): boolean {
  return mention.titles.length > 0 || /\s/.test(mention.name);
}

/** Quotations that continue a run-on quotation share its reading of who speaks. */
function shareAcrossRunOns(readings: QuoteReading[]): void {
  let group: QuoteReading[] = [];
  const settle = () => {
    const lead = group.find((r) => r.attribution);
    if (lead) for (const r of group) r.attribution ??= lead.attribution;
    group = [];
  };
  for (const reading of readings) {
    if (!reading.span.continued) settle();
    group.push(reading);
  }
  settle();
}

/** A quotation's confidence before its speaker is weighed: one in quote marks of its own is surest. */
const baseConfidence = (kind: QuoteKind) => (kind === "direct" ? 0.9 : 0.8);

/** The confidence of a quotation whose named speaker the model gives `probability`. */
const namedConfidence = (kind: QuoteKind, probability: number) =>
  Math.round(baseConfidence(kind) * (0.5 + 0.5 * probability) * 100) / 100;

/** A named speaker weighs as much as the model's probability for it allows; an unknown one a fixed share. */
function confidenceOf(item: Attributed, chosen: ChosenSpeaker): number {
  const base = baseConfidence(item.reading.kind);
  if (!chosen.resolved) return Math.round(base * 0.7 * 100) / 100;
  return namedConfidence(item.reading.kind, chosen.probability);
}

/**
 * The speaker probability below which an article does not make clear enough who said a quotation to confirm or
 * contradict a claim. On the tuning articles, speakers named at 0.8 or above are right 98% of the time; between
 * 0.5 and 0.8, two times in three.
 */
export const SURE_SPEAKER_PROBABILITY = 0.8;

/**
 * Whether a quotation's confidence says its speaker is named clearly enough to be stated as fact. Quotations read
 * from reporting frames in text without punctuation have no model probability: their frame names the speaker.
 * `bar`: another probability in place of SURE_SPEAKER_PROBABILITY, to measure what it would trade.
 */
export function speakerIsSure(kind: QuoteKind, confidence: number, bar = SURE_SPEAKER_PROBABILITY): boolean {
  return kind === "frame" || confidence >= namedConfidence(kind, bar);
}

/** How many paragraphs back an unattributed quotation may look for the speaker it continues. */
const INHERIT_REACH = 2;

interface LastSpeaker {
  at: number;
  paragraph: number;
  mention: Mention;
  resolved: ResolvedSpeaker;
}

/**
 * Attributes each quotation. One without its own attribution inherits the latest speaker — a reporting verb's
 * subject or the previous quotation's speaker — from its own paragraph or the two before.
 */
function attribute(reading: ArticleReading, resolver: MentionResolver): Attributed[] {
  const out: Attributed[] = [];
  let last: LastSpeaker | null = null;
  let lastQuoted: LastSpeaker | null = null;
  let s = 0;
  for (const r of reading.readings) {
    for (; s < reading.sources.length && reading.sources[s]!.at < r.span.open; s++) {
      const source = reading.sources[s]!;
      const resolved = resolver.resolve(source.attribution.mention);
      if (resolved)
        last = { at: source.at, paragraph: source.paragraph, mention: source.attribution.mention, resolved };
    }
    if (r.notAQuote) continue;
    let item: Attributed;
    if (r.attribution) {
      const mention = r.attribution.mention;
      item = {
        reading: r,
        mention,
        cue: r.attribution.cue,
        resolved: resolver.resolve(mention),
        inherited: false,
      };
    } else {
      // "“…,” Gary Olsen said, referring to a forum where voters asked about his rival. “…”": the
      // paragraph's quoted speaker goes on speaking through the narration between.
      const sameParagraph = lastQuoted?.paragraph === r.paragraph ? lastQuoted : null;
      const latest = sameParagraph ?? last;
      const heir = latest && r.paragraph - latest.paragraph <= INHERIT_REACH ? latest : null;
      item = {
        reading: r,
        mention: heir?.mention ?? null,
        cue: null,
        resolved: heir?.resolved ?? null,
        inherited: heir !== null,
      };
    }
    out.push(item);
    if (item.resolved && item.mention) {
      last = { at: r.span.open, paragraph: r.paragraph, mention: item.mention, resolved: item.resolved };
      lastQuoted = last;
    }
  }
  return out;
}

/** Where the subjects of the reporting verbs that carry on a speaker's words ("added", "continued") start. */
function continuing(reading: ArticleReading): Set<number> {
  const attributions = [
    ...reading.sources.map((s) => s.attribution),
    ...reading.readings.flatMap((r) => (r.attribution ? [r.attribution] : [])),
  ];
  return new Set(attributions.filter((a) => continuesSpeech(a.cue)).map((a) => a.mention.start));
}

function toQuote(article: Article, item: Attributed, chosen: ChosenSpeaker): ExtractedQuote {
  const { span, kind } = item.reading;
  return {
    document: article.id,
    start: span.start,
    end: span.end,
    text: article.body.slice(span.start, span.end),
    speakerName: chosen.resolved?.name ?? null,
    speakerKind: chosen.resolved?.kind ?? null,
    speakerMention: chosen.mention?.text ?? null,
    cue: chosen.cue,
    kind,
    confidence: confidenceOf(item, chosen),
    speakerProbability: Math.round(chosen.probability * 1000) / 1000,
  };
}

/**
 * Every quotation in the article with the speaker it is attributed to there. `choose` picks among each
 * quotation's candidate speakers (the shipped model unless given).
 */
export function extractQuotes(article: Article, choose?: Chooser): ExtractedQuote[] {
  if (!article.punctuated) return extractFrameQuotes(article);
  const body = article.body;
  const spans = findQuoteSpans(body).filter(
    (s, i, all) => s.depth === 0 && (!s.unterminated || keepsUnclosed(body, all, i)),
  );
  const ranges = paragraphRanges(body);
  const reading = readArticle(body, spans, ranges);
  signQuotations(reading.readings, reading.tokens, body, (r) =>
    standsAlone(body, r.span, ...ranges[r.paragraph]!),
  );
  shareAcrossRunOns(reading.readings);
  const sources = reading.sources.map((s) => s.attribution.mention);
  const people = collectPersonMentions(reading.tokens, body);
  const organisations = () => collectOrganisationSubjects(reading.tokens, body);
  const resolver = new MentionResolver(people, sources, false, organisations, body, continuing(reading));
  const items = attribute(reading, resolver);
  const chosen = chooseSpeakers(
    {
      rules: items.map((item) => ({
        open: item.reading.span.start,
        close: item.reading.span.end,
        paragraph: item.reading.paragraph,
        mention: item.mention,
        resolved: item.resolved,
        cue: item.cue,
        inherited: item.inherited,
      })),
      people,
      sources: reading.sources.flatMap((s) => {
        const resolved = resolver.resolve(s.attribution.mention);
        const { mention, cue } = s.attribution;
        return resolved ? [{ at: s.at, paragraph: s.paragraph, mention, cue, resolved }] : [];
      }),
      paragraphs: ranges,
      resolver,
      body,
    },
    choose,
  );
  return items.map((item, i) => toQuote(article, item, chosen[i]!));
}
