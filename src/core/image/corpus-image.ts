import type { FileNote } from "../corpus/file-result.js";
import type { CorpusFile } from "../corpus/list-files.js";
import type { Article, LoadWarning, Quote, QuoteKind, Speaker } from "../types.js";
import { type StringColumn, stringAt, stringCount } from "./shared-columns.js";

/**
 * A loaded corpus as plain columns in shared memory: articles, quotations, speakers and the match index. It is
 * immutable once built and holds no functions, so posting it to a worker thread shares every column instead of
 * copying it, and every thread answers from the same bytes. Readers decode what a query touches (one article's
 * text, its quotations) and nothing else. Layout: see DESIGN.md, "Threads and shared memory".
 */
export interface CorpusImage {
  /** Corpus files in listing order, each as JSON `{file, size, mtimeMs, notes}`; file f made docs fileDocs[f]..fileDocs[f+1]. */
  files: StringColumn;
  fileDocs: Uint32Array;
  /** Folder-level notes and every file's notes, in order, as JSON LoadWarnings. */
  warnings: StringColumn;

  /** Per article: its id, the rest of its metadata as JSON, and its text. */
  ids: StringColumn;
  meta: StringColumn;
  bodies: StringColumn;
  /** Article numbers sorted by id (code-unit order), for looking an id up by binary search. */
  idOrder: Uint32Array;
  /** Bit 0: the text is punctuated. */
  docFlags: Uint8Array;
  /** Date as YYYYMMDD, 0 when undated. */
  docDates: Uint32Array;
  /** SHA-256 of title, outlet, date, url and text, 32 bytes per article: tells an edited article from an unchanged one. */
  hashes: Uint8Array;

  /** Interned strings: speakers, mentions, cues and name forms. */
  names: StringColumn;
  /** Per quotation, grouped by article in extraction order: article d has quotations docQuotes[d]..docQuotes[d+1]. */
  docQuotes: Uint32Array;
  quoteDoc: Uint32Array;
  quoteStart: Uint32Array;
  quoteEnd: Uint32Array;
  /** Indexes into `names`, -1 for none. */
  quoteSpeaker: Int32Array;
  quoteMention: Int32Array;
  quoteCue: Int32Array;
  /** The speaker's name form as extracted, before canonical grouping (kept so a reload can regroup without re-reading). */
  quoteForm: Int32Array;
  /** Bits 0-1: quotation kind; bits 2-3: the extracted speaker's kind (0: none). */
  quoteKind: Uint8Array;
  quoteConfidence: Float64Array;

  /** Canonical speakers as JSON, and per speaker its quotations newest first (CSR). */
  speakers: StringColumn;
  speakerQuoteStarts: Uint32Array;
  speakerQuotes: Uint32Array;

  /** Match index: see index-structure.ts. `docAnchors[d]` is the first anchor of article d. */
  vocab: StringColumn;
  tokens: Uint32Array;
  docStarts: Uint32Array;
  docAnchors: Uint32Array;
  anchors: Uint32Array;
  postingStarts: Uint32Array;
  postings: Uint32Array;
  weights: Float32Array;
}

export const QUOTE_KINDS: readonly QuoteKind[] = ["direct", "partial", "frame"];
export const SPEAKER_KINDS: readonly (Speaker["kind"] | null)[] = [
  null,
  "person",
  "organisation",
  "description",
];

export interface FileEntry extends CorpusFile {
  notes: FileNote[];
}

export const docCount = (image: CorpusImage) => stringCount(image.ids);
export const quoteCount = (image: CorpusImage) => image.quoteDoc.length;
export const speakerCount = (image: CorpusImage) => stringCount(image.speakers);
export const fileCount = (image: CorpusImage) => stringCount(image.files);

export function fileAt(image: CorpusImage, f: number): FileEntry {
  return JSON.parse(stringAt(image.files, f)) as FileEntry;
}

export function warningsOf(image: CorpusImage): LoadWarning[] {
  const out: LoadWarning[] = [];
  for (let i = 0; i < stringCount(image.warnings); i++) out.push(JSON.parse(stringAt(image.warnings, i)));
  return out;
}

export function speakerAt(image: CorpusImage, s: number): Speaker {
  return JSON.parse(stringAt(image.speakers, s)) as Speaker;
}

export function speakersOf(image: CorpusImage): Speaker[] {
  return Array.from({ length: speakerCount(image) }, (_, s) => speakerAt(image, s));
}

export const idAt = (image: CorpusImage, doc: number) => stringAt(image.ids, doc);

/** The article without its text decoded: for listings that only show where a quotation comes from. */
export function articleMeta(image: CorpusImage, doc: number): Omit<Article, "body"> {
  return { id: idAt(image, doc), ...(JSON.parse(stringAt(image.meta, doc)) as Omit<Article, "id" | "body">) };
}

export function articleAt(image: CorpusImage, doc: number): Article {
  const { id, ...rest } = articleMeta(image, doc);
  return { id, ...rest, body: stringAt(image.bodies, doc) } as Article;
}

/** The article number of `id`, or -1. */
export function findDoc(image: CorpusImage, id: string): number {
  let lo = 0;
  let hi = image.idOrder.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const doc = image.idOrder[mid]!;
    const at = idAt(image, doc);
    if (at === id) return doc;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const nameOrNull = (image: CorpusImage, i: number) => (i < 0 ? null : stringAt(image.names, i));

/** Quotation `q`, its text cut from the article text given (which must be its article's). */
export function quoteAt(image: CorpusImage, q: number, id: string, body: string): Quote {
  const start = image.quoteStart[q]!;
  const end = image.quoteEnd[q]!;
  return {
    document: id,
    start,
    end,
    text: body.slice(start, end),
    speaker: nameOrNull(image, image.quoteSpeaker[q]!),
    speakerMention: nameOrNull(image, image.quoteMention[q]!),
    cue: nameOrNull(image, image.quoteCue[q]!),
    kind: QUOTE_KINDS[image.quoteKind[q]! & 3]!,
    confidence: image.quoteConfidence[q]!,
  };
}

/** Article `doc`'s quotations in extraction order. */
export function quotesOfDoc(image: CorpusImage, doc: number, article?: Article): Quote[] {
  const { id, body } = article ?? articleAt(image, doc);
  const out: Quote[] = [];
  for (let q = image.docQuotes[doc]!; q < image.docQuotes[doc + 1]!; q++)
    out.push(quoteAt(image, q, id, body));
  return out;
}

/** The image's shared buffers, for measuring and for posting it. */
export function imageBytes(image: CorpusImage): number {
  let total = 0;
  for (const value of Object.values(image)) {
    if (ArrayBuffer.isView(value)) total += value.byteLength;
    else total += (value as StringColumn).bytes.byteLength + (value as StringColumn).offsets.byteLength;
  }
  return total;
}
