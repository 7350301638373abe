/**
 * The core's data model. Everything the front ends show is derived from these shapes; none of them knows about a
 * chat platform.
 */

export type ArticleFormat = "text" | "markdown" | "html" | "jsonl";

/** One article of the corpus. Offsets everywhere index `body`. */
export interface Article {
  /** Path relative to the corpus directory (with `/`), or the `id` field of a JSON Lines record. */
  id: string;
  /** The file the article came from, relative to the corpus directory. */
  file: string;
  body: string;
  format: ArticleFormat;
  title?: string;
  /** The outlet, e.g. "NBC News". */
  source?: string;
  url?: string;
  author?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** True when `date` was inferred from the text (a dateline, "Jan. 8, 2020") rather than given as metadata. */
  dateInferred?: boolean;
  /** False when the text has had its punctuation stripped (quotes then come from reporting frames). */
  punctuated: boolean;
}

/** A file or record skipped or repaired while loading, named so the operator can fix it. */
export interface LoadWarning {
  file: string;
  /** Line number for JSON Lines records. */
  line?: number;
  reason: string;
}

export type QuoteKind =
  /** A full quotation inside quote marks. */
  | "direct"
  /** A fragment in quote marks inside reported speech: did “not seek escalation or war”. */
  | "partial"
  /** Delimited from reporting frames in text without punctuation; lower confidence. */
  | "frame";

/** A quotation found in an article, attributed to a speaker where one could be found. */
export interface Quote {
  document: string;
  /** Offsets into the article body of the quoted words (quote marks excluded). */
  start: number;
  end: number;
  /** The words as written: `body.slice(start, end)`. */
  text: string;
  /** Canonical speaker (one name for all of a person's variants), or null when unattributed. */
  speaker: string | null;
  /** The speaker as written where the attribution was made ("he", "the official", "Zarif"), or null. */
  speakerMention: string | null;
  /** The reporting verb ("said", "wrote", "told"), or null. */
  cue: string | null;
  kind: QuoteKind;
  /** 0..1: how sure extraction and attribution are. */
  confidence: number;
}

/** A canonical speaker and every form of the name the corpus uses for them. */
export interface Speaker {
  name: string;
  aliases: string[];
  kind: "person" | "organisation" | "description";
  /** Number of quotations attributed. */
  quoteCount: number;
}

/** Every verdict, from the strongest confirmation to none: digests and summaries list them in this order. */
export const VERDICTS = [
  "verified",
  "variant",
  "misquoted",
  "partial",
  "unattributed",
  "misattributed",
  "unquoted",
  "not_found",
] as const;

export type Verdict = (typeof VERDICTS)[number];

/**
 * How the user's words differ from the source's. `number`, `negation`, `name` and `word` change what the quotation
 * says (the verdict is then `misquoted`); the others leave the meaning alone (`variant`).
 */
export const CHANGE_KINDS = [
  "number",
  "negation",
  "name",
  "word",
  "spelling",
  "typo",
  "function-word",
  "added",
  "dropped",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds of change that alter what a quotation says. */
export const MEANINGFUL_CHANGES: ReadonlySet<ChangeKind> = new Set(["number", "negation", "name", "word"]);

/** One difference between the user's words and the source's. */
export interface Change {
  kind: ChangeKind;
  /** The user's words ("" when the user left something out). */
  yours: string;
  /** The source's words ("" when the user added something). */
  source: string;
}

/** A speaker the sources give the words to, and who does. */
export interface AttributionCount {
  speaker: string;
  /** Outlets (else headlines or files) quoting this speaker, earliest first. */
  sources: string[];
  documents: string[];
  /** Earliest date among those documents, if any is dated. */
  earliest: string | null;
}

/** One place in the corpus that supports (part of) the query. */
export interface Occurrence {
  document: string;
  start: number;
  end: number;
  /** The corpus wording as written. */
  text: string;
  /** Canonical speaker of the quotation this lies in; null when narration or unattributed. */
  speaker: string | null;
  speakerMention: string | null;
  /** Whether the words lie inside a quotation (false: the reporter's narration). */
  quoted: boolean;
  source: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  dateInferred: boolean;
  /** 0..1 word-level similarity between the query (or its matched piece) and `text`. */
  similarity: number;
  /** A little of the surrounding sentence, for context. */
  context: string;
}

/** A jsdiff-style change: words common to both, added by the user, or missing from the user's text. */
export interface DiffPart {
  value: string;
  /** In the user's text but not the corpus wording. */
  added?: boolean;
  /** In the corpus wording but not the user's text. */
  removed?: boolean;
}

/** A distinct wording (identical after normalisation counts as one) and where it appears. */
export interface WordingVariant {
  text: string;
  documents: string[];
  sources: string[];
  /** Word-level diff from the user's text to this wording. */
  diff: DiffPart[];
  /** The differences in words, meaningful ones first (always given by verifyQuote). */
  changes?: Change[];
}

export interface VerifyQuery {
  quote: string;
  speaker?: string;
}

export interface VerifyResult {
  quote: string;
  verdict: Verdict;
  confidence: number;
  /** One sentence a person can read. */
  explanation: string;
  /** The claimed speaker as matched to a canonical speaker, if one was claimed. */
  claimedSpeaker: string | null;
  /** The canonical speaker the corpus attributes the words to, if any. */
  speaker: string | null;
  /** Every occurrence, earliest first. */
  matches: Occurrence[];
  variants: WordingVariant[];
  /**
   * How the user's words differ from the best supporting wording, meaningful changes first; [] when identical.
   * Always given by verifyQuote (optional only so that hand-made results in tests need not spell it out).
   */
  changes?: Change[];
  /**
   * Who the quoting sources name as the speaker, most sources first. More than one entry means the sources
   * disagree; the explanation says so. Always given by verifyQuote.
   */
  attributions?: AttributionCount[];
  /** When the query falls into several parts: each part, whether the corpus supports it, and where from. */
  parts?: QueryPartResult[];
  /**
   * True when the search stopped at its work budget: the answer is the best found until then, and a fuller
   * search might have found more (the explanation says so).
   */
  truncated?: boolean;
}

/** A stretch of the user's words and what supports it. */
export interface QueryPartResult {
  text: string;
  supported: boolean;
  /** Whether the supporting passage lies inside a quotation (false: narration, or unsupported). */
  quoted: boolean;
  /** The speaker the supporting passage is quoted from, if any. */
  speaker: string | null;
  /** Where the supporting passage is (outlets, else headlines or files); [] when unsupported. */
  sources: string[];
}

/** A quotation with the article it came from, for listings. */
export interface QuoteInContext {
  quote: Quote;
  article: Article;
}

export interface QuotePage {
  speaker: Speaker;
  items: QuoteInContext[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  /** How many articles all of the speaker's quotations come from. */
  articles: number;
}

/** Progress of a corpus load, for terminals and logs. */
export interface LoadProgress {
  filesRead: number;
  filesTotal: number;
  filesSkipped: number;
  quotesFound: number;
}

export interface CorpusStats {
  articles: number;
  quotes: number;
  speakers: number;
}

export interface ArticleWithQuotes {
  article: Article;
  quotes: Quote[];
}

/** Limits on one verification's work. */
export interface VerifyLimits {
  /**
   * Units of search work (postings read, alignment cells filled) after which the best answer found so far is
   * given, marked `truncated`. Counted, not timed, so the same query always stops at the same place.
   */
  budget?: number;
}

/**
 * A loaded corpus ready to answer questions. Front ends hold a `CorpusService`, not an engine, because the corpus
 * can be reloaded while they run (and may be searched in other threads).
 */
export interface Engine {
  /** Every article with its text (an engine over an image decodes them on first use: for the CLI and tests). */
  readonly articles: readonly Article[];
  /** Every quotation (decoded on first use, as `articles`). */
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly warnings: readonly LoadWarning[];
  /** Counts, when the engine knows them without decoding its articles. */
  readonly stats?: CorpusStats;
  article(id: string): Article | undefined;
  /** Throws `VerbatimError` (code QUOTE_*) for a query that cannot be checked. */
  verify(query: VerifyQuery, limits?: VerifyLimits): VerifyResult;
  /** The speaker's quotations, newest first; null when no speaker matches the name. */
  quotesBy(name: string, options?: { page?: number; pageSize?: number }): QuotePage | null;
  /** The articles with these ids that the corpus holds, each with its quotations in extraction order. */
  articlesWithQuotes?(ids: readonly string[]): ArticleWithQuotes[];
  /** The canonical speaker a (possibly misspelled or partial) name refers to, or null. */
  findSpeaker(name: string): Speaker | null;
  /** Speakers for autocomplete, best first; an empty prefix gives the most-quoted. */
  suggestSpeakers(prefix: string, limit?: number): Speaker[];
}
