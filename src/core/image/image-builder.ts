import { ANCHOR_EVERY } from "../match/index-structure.js";
import { tokenise } from "../match/tokenise.js";
import { SpeakerUses } from "../speakers/attribute-corpus.js";
import type { Article, LoadWarning, QuoteKind, Speaker } from "../types.js";
import { contentHash } from "./content-hash.js";
import { type CorpusImage, type FileEntry, idAt, QUOTE_KINDS, SPEAKER_KINDS } from "./corpus-image.js";
import { idOrderOf } from "./id-order.js";
import { GrowingColumn, GrowingStrings, stringAt, stringColumnOf, stringCount } from "./shared-columns.js";
import { buildPostings, termWeights } from "./term-postings.js";

/** A quotation as the builder stores it: where it is, how it was attributed, and the speaker's extracted form. */
export interface QuoteFields {
  start: number;
  end: number;
  kind: QuoteKind;
  confidence: number;
  speakerMention: string | null;
  cue: string | null;
  /** Name form and kind as extracted; grouped into canonical speakers when the image is finished. */
  form: string | null;
  formKind: Speaker["kind"] | null;
  /** A canonical speaker already decided (quotations given rather than extracted). */
  speaker?: string | null;
}

const HASH_BYTES = 32;
const PUNCTUATED = 1;

function dateNumber(date: string | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

/**
 * Appends articles (parsed, or copied byte for byte from a previous image) and then derives the corpus-wide parts:
 * canonical speakers, the id order, posting lists and term weights. Term ids of a previous image are kept (its
 * vocabulary is the start of the new one), so copied token runs need no translation.
 */
export class ImageBuilder {
  private readonly files = new GrowingStrings("file list");
  private readonly fileDocs = new GrowingColumn(Uint32Array, "file list");
  private readonly ids = new GrowingStrings("article ids");
  private readonly idList: string[] = [];
  private readonly meta = new GrowingStrings("article metadata");
  private readonly bodies = new GrowingStrings("article texts");
  private readonly docFlags = new GrowingColumn(Uint8Array, "article flags");
  private readonly docDates = new GrowingColumn(Uint32Array, "article dates");
  private readonly hashes = new GrowingColumn(Uint8Array, "article hashes");
  private readonly nameIds = new Map<string, number>();
  private readonly nameList: string[] = [];
  private readonly docQuotes = new GrowingColumn(Uint32Array, "quotations");
  private readonly quoteDoc = new GrowingColumn(Uint32Array, "quotations");
  private readonly quoteStart = new GrowingColumn(Uint32Array, "quotations");
  private readonly quoteEnd = new GrowingColumn(Uint32Array, "quotations");
  private readonly quoteSpeaker = new GrowingColumn(Int32Array, "quotations");
  private readonly quoteMention = new GrowingColumn(Int32Array, "quotations");
  private readonly quoteCue = new GrowingColumn(Int32Array, "quotations");
  private readonly quoteForm = new GrowingColumn(Int32Array, "quotations");
  private readonly quoteKind = new GrowingColumn(Uint8Array, "quotations");
  private readonly quoteConfidence = new GrowingColumn(Float64Array, "quotations");
  private readonly termIds = new Map<string, number>();
  private readonly vocab = new GrowingStrings("vocabulary");
  private readonly tokens = new GrowingColumn(Uint32Array, "indexed words");
  private readonly docStarts = new GrowingColumn(Uint32Array, "article index");
  private readonly docAnchors = new GrowingColumn(Uint32Array, "article index");
  private readonly anchors = new GrowingColumn(Uint32Array, "word anchors");
  /** Previous image's name index -> this image's (-1: not yet interned). */
  private readonly nameMap: Int32Array;

  constructor(private readonly previous: CorpusImage | null = null) {
    this.fileDocs.push(0);
    this.docQuotes.push(0);
    this.nameMap = new Int32Array(previous ? stringCount(previous.names) : 0).fill(-1);
    if (previous) {
      const terms = stringCount(previous.vocab);
      for (let t = 0; t < terms; t++) {
        const term = stringAt(previous.vocab, t);
        this.termIds.set(term, t);
        this.vocab.push(term);
      }
    }
  }

  get docCount(): number {
    return this.ids.count;
  }

  get quoteCount(): number {
    return this.quoteDoc.length;
  }

  private intern(value: string | null): number {
    if (value === null) return -1;
    let id = this.nameIds.get(value);
    if (id === undefined) {
      id = this.nameList.length;
      this.nameList.push(value);
      this.nameIds.set(value, id);
    }
    return id;
  }

  private internPrevious(i: number): number {
    if (i < 0) return -1;
    let mapped = this.nameMap[i]!;
    if (mapped < 0) {
      mapped = this.intern(stringAt(this.previous!.names, i));
      this.nameMap[i] = mapped;
    }
    return mapped;
  }

  private term(key: string): number {
    let id = this.termIds.get(key);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(key, id);
      this.vocab.push(key);
    }
    return id;
  }

  addArticle(article: Article, quotes: readonly QuoteFields[]): void {
    const doc = this.docCount;
    const { id, body, ...rest } = article;
    this.ids.push(id);
    this.idList.push(id);
    this.meta.push(JSON.stringify(rest));
    this.bodies.push(body);
    this.docFlags.push(article.punctuated ? PUNCTUATED : 0);
    this.docDates.push(dateNumber(article.date));
    this.hashes.append(contentHash(article));
    for (const q of quotes) {
      this.quoteDoc.push(doc);
      this.quoteStart.push(q.start);
      this.quoteEnd.push(q.end);
      this.quoteSpeaker.push(q.speaker === undefined ? -1 : this.intern(q.speaker));
      this.quoteMention.push(this.intern(q.speakerMention));
      this.quoteCue.push(this.intern(q.cue));
      this.quoteForm.push(this.intern(q.form));
      this.quoteKind.push(QUOTE_KINDS.indexOf(q.kind) | (SPEAKER_KINDS.indexOf(q.formKind) << 2));
      this.quoteConfidence.push(q.confidence);
    }
    this.docQuotes.push(this.quoteCount);
    this.docStarts.push(this.tokens.length);
    this.docAnchors.push(this.anchors.length);
    const words = tokenise(body);
    this.tokens.reserve(words.count);
    for (let j = 0; j < words.count; j++) {
      if (j % ANCHOR_EVERY === 0) this.anchors.push(words.starts[j]!);
      this.tokens.push(this.term(words.match[j]!));
    }
  }

  /** Copies article `doc` of the previous image: text, metadata, quotations and indexed words, without parsing. */
  copyArticle(doc: number): void {
    const from = this.previous!;
    const to = this.docCount;
    this.ids.copyFrom(from.ids, doc);
    this.idList.push(idAt(from, doc));
    this.meta.copyFrom(from.meta, doc);
    this.bodies.copyFrom(from.bodies, doc);
    this.docFlags.push(from.docFlags[doc]!);
    this.docDates.push(from.docDates[doc]!);
    this.hashes.append(from.hashes, doc * HASH_BYTES, (doc + 1) * HASH_BYTES);
    for (let q = from.docQuotes[doc]!; q < from.docQuotes[doc + 1]!; q++) {
      this.quoteDoc.push(to);
      this.quoteStart.push(from.quoteStart[q]!);
      this.quoteEnd.push(from.quoteEnd[q]!);
      this.quoteSpeaker.push(-1);
      this.quoteMention.push(this.internPrevious(from.quoteMention[q]!));
      this.quoteCue.push(this.internPrevious(from.quoteCue[q]!));
      this.quoteForm.push(this.internPrevious(from.quoteForm[q]!));
      this.quoteKind.push(from.quoteKind[q]!);
      this.quoteConfidence.push(from.quoteConfidence[q]!);
    }
    this.docQuotes.push(this.quoteCount);
    this.docStarts.push(this.tokens.length);
    this.docAnchors.push(this.anchors.length);
    this.tokens.append(from.tokens, from.docStarts[doc]!, from.docStarts[doc + 1]!);
    this.anchors.append(from.anchors, from.docAnchors[doc]!, from.docAnchors[doc + 1]!);
  }

  endFile(entry: FileEntry): void {
    this.files.push(JSON.stringify(entry));
    this.fileDocs.push(this.docCount);
  }

  /** Canonical speakers from every quotation's extracted form, in corpus order. */
  private groupSpeakers(): Speaker[] {
    const uses = new SpeakerUses();
    const count = this.quoteCount;
    const name = (i: number) => (i < 0 ? null : this.nameList[i]!);
    const formKind = (q: number) => SPEAKER_KINDS[this.quoteKind.at(q) >> 2]!;
    for (let q = 0; q < count; q++) {
      const kind = QUOTE_KINDS[this.quoteKind.at(q) & 3]!;
      const cased = (this.docFlags.at(this.quoteDoc.at(q)) & PUNCTUATED) !== 0 && kind !== "frame";
      uses.add(name(this.quoteForm.at(q)), formKind(q), cased, name(this.quoteMention.at(q)));
    }
    const { speakers, speakerOf } = uses.group();
    for (let q = 0; q < count; q++) {
      this.quoteSpeaker.set(q, this.intern(speakerOf(formKind(q), name(this.quoteForm.at(q)))));
    }
    return speakers;
  }

  /**
   * Each speaker's quotations newest first (undated last); within an article in text order, else by article id.
   * Listed by name, as a listing asks for a speaker's name.
   */
  private speakerQuotes(speakers: readonly Speaker[], idRank: Uint32Array) {
    const byName = new Map<number, number[]>();
    for (let q = 0; q < this.quoteCount; q++) {
      const s = this.quoteSpeaker.at(q);
      if (s < 0) continue;
      const list = byName.get(s);
      if (list) list.push(q);
      else byName.set(s, [q]);
    }
    const doc = (q: number) => this.quoteDoc.at(q);
    const newest = (a: number, b: number) =>
      this.docDates.at(doc(b)) - this.docDates.at(doc(a)) ||
      (doc(a) === doc(b) ? this.quoteStart.at(a) - this.quoteStart.at(b) : idRank[doc(a)]! - idRank[doc(b)]!);
    const starts = new GrowingColumn(Uint32Array, "speaker quotations");
    const lists = new GrowingColumn(Uint32Array, "speaker quotations");
    starts.push(0);
    for (const speaker of speakers) {
      const list = byName.get(this.nameIds.get(speaker.name) ?? -1) ?? [];
      list.sort(newest);
      lists.append(list);
      starts.push(lists.length);
    }
    return { speakerQuoteStarts: starts.finish(), speakerQuotes: lists.finish() };
  }

  /**
   * Derives the corpus-wide parts and returns the image. Quotations with extracted forms are grouped into
   * canonical speakers unless `speakers` is given (quotations whose speakers were decided elsewhere).
   */
  finish(warnings: readonly LoadWarning[], speakers?: readonly Speaker[]): CorpusImage {
    const canonical = speakers ?? this.groupSpeakers();
    const { idOrder, idRank } = idOrderOf(this.idList);
    const tokens = this.tokens.finish();
    const terms = this.termIds.size;
    const { postingStarts, postings } = buildPostings(tokens, terms);
    this.docStarts.push(tokens.length);
    this.docAnchors.push(this.anchors.length);
    return {
      files: this.files.finish(),
      fileDocs: this.fileDocs.finish(),
      warnings: stringColumnOf(
        warnings.map((w) => JSON.stringify(w)),
        "warnings",
      ),
      ids: this.ids.finish(),
      meta: this.meta.finish(),
      bodies: this.bodies.finish(),
      idOrder,
      docFlags: this.docFlags.finish(),
      docDates: this.docDates.finish(),
      hashes: this.hashes.finish(),
      names: stringColumnOf(this.nameList, "names"),
      docQuotes: this.docQuotes.finish(),
      quoteDoc: this.quoteDoc.finish(),
      quoteStart: this.quoteStart.finish(),
      quoteEnd: this.quoteEnd.finish(),
      quoteSpeaker: this.quoteSpeaker.finish(),
      quoteMention: this.quoteMention.finish(),
      quoteCue: this.quoteCue.finish(),
      quoteForm: this.quoteForm.finish(),
      quoteKind: this.quoteKind.finish(),
      quoteConfidence: this.quoteConfidence.finish(),
      speakers: stringColumnOf(
        canonical.map((s) => JSON.stringify(s)),
        "speakers",
      ),
      ...this.speakerQuotes(canonical, idRank),
      vocab: this.vocab.finish(),
      tokens,
      docStarts: this.docStarts.finish(),
      docAnchors: this.docAnchors.finish(),
      anchors: this.anchors.finish(),
      postingStarts,
      postings,
      weights: termWeights(postingStarts, tokens.length),
    };
  }
}
