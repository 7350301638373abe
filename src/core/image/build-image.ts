import { type FileNote, type FileResult, toWarning } from "../corpus/file-result.js";
import { type CorpusFile, walkCorpus } from "../corpus/list-files.js";
import { mapConcurrent } from "../corpus/map-concurrent.js";
import { readCorpusFile } from "../corpus/read-corpus-file.js";
import { extractQuotes } from "../extract/extract-quotes.js";
import type { CoreLogger } from "../logger.js";
import { silentLogger } from "../logger.js";
import { speakerForm } from "../speakers/attribute-corpus.js";
import type { Article, LoadProgress, Quote, Speaker } from "../types.js";
import { type CorpusImage, type FileEntry, fileAt, fileCount, idAt } from "./corpus-image.js";
import { ImageBuilder, type QuoteFields } from "./image-builder.js";

export interface BuildImageOptions {
  logger?: CoreLogger;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * The image currently served (or read from the cache): files whose path, size and modification time are unchanged
   * are copied from it instead of being read, parsed and extracted again.
   */
  previous?: CorpusImage | null;
}

export interface BuiltImage {
  image: CorpusImage;
  files: CorpusFile[];
  /** Files read and parsed, and files copied from the previous image. */
  read: number;
  reused: number;
}

/** Files read at once: enough to hide disk latency, few enough to stay far from file-handle limits. */
const READ_CONCURRENCY = 32;
/** Files read ahead of the one being added: bounds the parsed text held at once. */
const BATCH = 256;

function logNote(logger: CoreLogger, note: FileNote): void {
  const fields = note.line === undefined ? { file: note.file, reason: note.reason } : toWarning(note);
  logger.warn(fields, note.action === "skipped" ? "skipped corpus file" : "repaired corpus file");
}

function extracted(article: Article): QuoteFields[] {
  return extractQuotes(article).map((q) => ({
    start: q.start,
    end: q.end,
    kind: q.kind,
    confidence: q.confidence,
    speakerMention: q.speakerMention,
    cue: q.cue,
    form: speakerForm(q),
    formKind: q.speakerKind,
  }));
}

/** The previous image's files by path, with the articles each made. */
function previousFiles(
  image: CorpusImage | null | undefined,
): Map<string, { index: number; entry: FileEntry }> {
  const byPath = new Map<string, { index: number; entry: FileEntry }>();
  if (!image) return byPath;
  for (let f = 0; f < fileCount(image); f++) {
    const entry = fileAt(image, f);
    byPath.set(entry.file, { index: f, entry });
  }
  return byPath;
}

const isDuplicateNote = (note: FileNote) => note.reason.startsWith("duplicate id");

/**
 * Reads the corpus folder into an image. Articles keep file order; an id already used by an earlier file is
 * skipped with a note. Unchanged files are copied from `previous`, so a reload after a few files were added costs
 * reading those files plus the corpus-wide steps (speaker grouping, posting lists), not re-reading the corpus.
 */
export async function buildImage(dir: string, options: BuildImageOptions = {}): Promise<BuiltImage> {
  const logger = options.logger ?? silentLogger;
  const { root, files, notes: walkNotes } = await walkCorpus(dir);
  for (const note of walkNotes) logNote(logger, note);
  const previous = options.previous ?? null;
  const before = previousFiles(previous);
  const builder = new ImageBuilder(previous);
  const owners = new Map<string, string>();
  const warnings = walkNotes.map(toWarning);
  const progress: LoadProgress = { filesRead: 0, filesTotal: files.length, filesSkipped: 0, quotesFound: 0 };
  let read = 0;
  let reused = 0;

  const reusable = (file: CorpusFile) => {
    const old = before.get(file.file);
    if (!old || old.entry.size !== file.size || Math.trunc(old.entry.mtimeMs) !== Math.trunc(file.mtimeMs))
      return null;
    return old.entry.notes.some(isDuplicateNote) ? null : old;
  };
  const addRead = (file: CorpusFile, result: FileResult) => {
    read++;
    const notes = [...result.notes];
    let added = 0;
    for (const { article, line } of result.records) {
      const owner = owners.get(article.id);
      if (owner !== undefined) {
        const reason = `duplicate id "${article.id}" (already used by ${owner}); skipped`;
        notes.push({
          file: article.file,
          reason,
          action: "skipped",
          ...(line === undefined ? {} : { line }),
        });
        continue;
      }
      owners.set(article.id, article.file);
      builder.addArticle(article, extracted(article));
      added++;
    }
    for (const note of notes) logNote(logger, note);
    warnings.push(...notes.map(toWarning));
    builder.endFile({ ...file, notes });
    return added;
  };
  const copy = (file: CorpusFile, old: { index: number; entry: FileEntry }) => {
    const from = previous!.fileDocs[old.index]!;
    const to = previous!.fileDocs[old.index + 1]!;
    for (let doc = from; doc < to; doc++) {
      if (owners.has(idAt(previous!, doc))) return false;
    }
    for (let doc = from; doc < to; doc++) {
      owners.set(idAt(previous!, doc), file.file);
      builder.copyArticle(doc);
    }
    reused++;
    warnings.push(...old.entry.notes.map(toWarning));
    builder.endFile({ ...file, notes: old.entry.notes });
    return to - from;
  };

  for (let b = 0; b < files.length; b += BATCH) {
    const batch = files.slice(b, b + BATCH);
    const toRead = batch.filter((file) => !reusable(file));
    const results = new Map<string, FileResult>();
    await mapConcurrent(toRead, READ_CONCURRENCY, async (file) => {
      results.set(file.file, await readCorpusFile(root, file.file));
    });
    for (const file of batch) {
      const old = reusable(file);
      let added = old ? copy(file, old) : false;
      if (added === false) {
        const result = results.get(file.file) ?? (await readCorpusFile(root, file.file));
        added = addRead(file, result);
      }
      progress.filesRead++;
      if (added === 0) progress.filesSkipped++;
      progress.quotesFound = builder.quoteCount;
      options.onProgress?.({ ...progress });
    }
  }
  const image = builder.finish(warnings);
  logger.debug({ dir, files: files.length, read, reused }, "corpus files read");
  return { image, files, read, reused };
}

/**
 * An image of articles already in memory (tests, the benchmark's generated corpus). Without `quotes` they are
 * extracted and attributed as a corpus folder's would be; with them, their speakers are taken as given.
 */
export function imageFromArticles(
  articles: readonly Article[],
  given?: { quotes: readonly Quote[]; speakers?: readonly Speaker[] },
): CorpusImage {
  const builder = new ImageBuilder();
  const byDoc = new Map<string, QuoteFields[]>();
  for (const quote of given?.quotes ?? []) {
    const list = byDoc.get(quote.document) ?? [];
    list.push({ ...quote, form: null, formKind: null });
    byDoc.set(quote.document, list);
  }
  for (const article of articles) {
    builder.addArticle(article, given ? (byDoc.get(article.id) ?? []) : extracted(article));
  }
  return builder.finish([], given ? (given.speakers ?? []) : undefined);
}
