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

export type Verdict = "verified" | "variant" | "partial" | "misattributed" | "unquoted" | "not_found";

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
  /** For `partial`: which pieces of the query are supported. */
  parts?: { text: string; supported: boolean }[];
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

/**
 * A loaded corpus ready to answer questions. Front ends hold a function returning the current engine, because the
 * corpus can be reloaded while they run.
 */
export interface Engine {
  readonly articles: readonly Article[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly warnings: readonly LoadWarning[];
  article(id: string): Article | undefined;
  /** Throws `VerbatimError` (code QUOTE_*) for a query that cannot be checked. */
  verify(query: VerifyQuery): VerifyResult;
  /** The speaker's quotations, newest first; null when no speaker matches the name. */
  quotesBy(name: string, options?: { page?: number; pageSize?: number }): QuotePage | null;
  /** The canonical speaker a (possibly misspelled or partial) name refers to, or null. */
  findSpeaker(name: string): Speaker | null;
  /** Speakers for autocomplete, best first; an empty prefix gives the most-quoted. */
  suggestSpeakers(prefix: string, limit?: number): Speaker[];
}
