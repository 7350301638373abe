import type { CoreLogger } from "../logger.js";
import { silentLogger } from "../logger.js";
import type { Article, LoadProgress, LoadWarning } from "../types.js";
import { corpusRoot } from "./corpus-boundary.js";
import { type FileNote, type FileResult, toWarning } from "./file-result.js";
import { assertCorpusDir, type CorpusFile, listCorpusFiles, walkCorpus } from "./list-files.js";
import { mapConcurrent } from "./map-concurrent.js";
import { readCorpusFile } from "./read-corpus-file.js";

export { fingerprintFiles } from "./list-files.js";
export type { CorpusFile };
export { listCorpusFiles };

export interface LoadCorpusOptions {
  logger?: CoreLogger;
  /** Called after each file, for progress displays; `quotesFound` is left at 0 for the caller to fill. */
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadedCorpus {
  articles: Article[];
  warnings: LoadWarning[];
  files: CorpusFile[];
}

/** Files read at once: enough to hide disk latency, few enough to stay far from file-handle limits. */
const READ_CONCURRENCY = 32;

function logNote(logger: CoreLogger, note: FileNote): void {
  const fields = note.line === undefined ? { file: note.file, reason: note.reason } : toWarning(note);
  logger.warn(fields, note.action === "skipped" ? "skipped corpus file" : "repaired corpus file");
}

/**
 * Joins per-file results in file order. Ids must be unique across the corpus (a JSON Lines id could repeat one
 * in another file); a later article reusing an id is skipped with a note.
 */
function merge(results: FileResult[], notes: FileNote[]): Article[] {
  const articles: Article[] = [];
  const owners = new Map<string, string>();
  for (const result of results) {
    notes.push(...result.notes);
    for (const { article, line } of result.records) {
      const owner = owners.get(article.id);
      if (owner !== undefined) {
        const reason = `duplicate id "${article.id}" (already used by ${owner}); skipped`;
        notes.push(
          line === undefined
            ? { file: article.file, reason, action: "skipped" }
            : { file: article.file, line, reason, action: "skipped" },
        );
        continue;
      }
      owners.set(article.id, article.file);
      articles.push(article);
    }
  }
  return articles;
}

/**
 * Loads every article under `dir`. Throws (CORPUS_MISSING, CORPUS_NOT_DIRECTORY) only when the folder itself is
 * unusable; bad files are skipped with a warning naming them and the rest load.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const logger = options.logger ?? silentLogger;
  const { root, files, notes: walkNotes } = await walkCorpus(dir);
  const progress: LoadProgress = { filesRead: 0, filesTotal: files.length, filesSkipped: 0, quotesFound: 0 };
  const read = await mapConcurrent(files, READ_CONCURRENCY, async ({ file }) => {
    const result = await readCorpusFile(root, file);
    progress.filesRead++;
    if (result.records.length === 0) progress.filesSkipped++;
    options.onProgress?.({ ...progress });
    return result;
  });
  const results: FileResult[] = [{ records: [], notes: walkNotes }, ...read];
  const notes: FileNote[] = [];
  const articles = merge(results, notes);
  for (const note of notes) logNote(logger, note);
  // The caller reports the finished load (with quotes and timing); this is the loader's own detail.
  logger.debug(
    { dir, files: files.length, articles: articles.length, warnings: notes.length },
    "corpus files read",
  );
  return { articles, warnings: notes.map(toWarning), files };
}

/** Loads a single file of the corpus (e.g. after it changed), with the same rules as `loadCorpus`. */
export async function loadCorpusFile(
  dir: string,
  file: string,
): Promise<{ articles: Article[]; warnings: LoadWarning[] }> {
  await assertCorpusDir(dir);
  const result = await readCorpusFile(await corpusRoot(dir), file.split("\\").join("/"));
  return { articles: result.records.map((record) => record.article), warnings: result.notes.map(toWarning) };
}
