import type { Article, LoadWarning } from "../types.js";

/**
 * What reading one file produced. Each warning records whether something was dropped ("skipped": a file or a
 * record) or fixed up and kept ("repaired": a non-UTF-8 file, an invalid date), so logs can say which.
 */
export interface FileNote extends LoadWarning {
  action: "skipped" | "repaired";
}

export interface ArticleRecord {
  article: Article;
  /** Line of a JSON Lines record, so a later duplicate id can be reported where it is. */
  line?: number;
}

export interface FileResult {
  records: ArticleRecord[];
  notes: FileNote[];
}

export function skippedFile(file: string, reason: string): FileResult {
  return { records: [], notes: [{ file, reason, action: "skipped" }] };
}

/** Strips the internal `action` so callers see the public LoadWarning shape. */
export function toWarning(note: FileNote): LoadWarning {
  return note.line === undefined
    ? { file: note.file, reason: note.reason }
    : { file: note.file, line: note.line, reason: note.reason };
}
