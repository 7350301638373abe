import type { CorpusImage } from "../image/corpus-image.js";
import type { ArticleWithQuotes, QuotePage, VerifyQuery, VerifyResult } from "../types.js";

/** What the pool's threads are asked. Every task names the image it is for, and the newest one served. */
interface OnImage {
  generation: number;
  image: CorpusImage;
}

export type QueryTask =
  | (OnImage & { op: "prepare" })
  | (OnImage & { op: "verify"; query: VerifyQuery; budget?: number })
  | (OnImage & { op: "quotesBy"; name: string; page: { page?: number; pageSize?: number } })
  | (OnImage & { op: "articlesWithQuotes"; ids: string[] });

/** A user-facing error (VerbatimError) travels as its code and message; anything else is a failure of the thread. */
export type TaskResult<T> = { ok: T } | { refused: { code: string; message: string } };

export type VerifyAnswer = TaskResult<VerifyResult>;
export type QuotesAnswer = TaskResult<QuotePage | null>;
export type ArticlesAnswer = TaskResult<ArticleWithQuotes[]>;

export interface LoadTask {
  corpusDir: string;
  dataDir?: string;
  previous: CorpusImage | null;
}

export interface LogEntry {
  level: "debug" | "info" | "warn" | "error";
  fields: object;
  message?: string;
}

export type LoadResult =
  | {
      ok: true;
      image: CorpusImage;
      read: number;
      reused: number;
      ms: number;
      source: "cache" | "built";
      logs: LogEntry[];
    }
  | { ok: false; code?: string; message: string; logs: LogEntry[] };

/** Slot 0 of the control array: the newest generation served, so idle threads can let older images go. */
export const CURRENT_GENERATION = 0;
