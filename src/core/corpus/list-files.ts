import { createHash } from "node:crypto";
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fail } from "../errors.js";
import type { FileNote } from "./file-result.js";
import { mapConcurrent } from "./map-concurrent.js";

export interface CorpusFile {
  /** Path relative to the corpus directory, with "/" separators. */
  file: string;
  size: number;
  mtimeMs: number;
}

export const CORPUS_EXTENSIONS = [".txt", ".md", ".jsonl", ".html", ".htm"] as const;

/** Corpus folders often carry a README or licence beside the articles; those are not articles. */
const NOT_ARTICLES = /^(?:readme|licen[cs]e|copying|notice|changelog)(?:\.[^.]*)?$/i;

const STAT_CONCURRENCY = 32;

export function isCorpusFileName(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return (CORPUS_EXTENSIONS as readonly string[]).includes(extension) && !NOT_ARTICLES.test(name);
}

/** Throws the user-facing CORPUS_* errors when `dir` is missing or not a folder. */
export async function assertCorpusDir(dir: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") fail("CORPUS_MISSING", dir);
    throw error;
  }
  if (!info.isDirectory()) fail("CORPUS_NOT_DIRECTORY", dir);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

async function collect(root: string, rel: string, found: string[], notes: FileNote[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (error) {
    if (rel === "") throw error;
    notes.push({
      file: rel,
      action: "skipped",
      reason: `the folder could not be read (${errorCode(error)})`,
    });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    // Symlinked folders are not followed, so a link cycle cannot trap the walk.
    if (entry.isDirectory()) await collect(root, child, found, notes);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isCorpusFileName(entry.name)) found.push(child);
  }
}

/** Every corpus file under `dir`, with notes for folders and files that could not be examined. */
export async function walkCorpus(dir: string): Promise<{ files: CorpusFile[]; notes: FileNote[] }> {
  await assertCorpusDir(dir);
  const found: string[] = [];
  const notes: FileNote[] = [];
  await collect(dir, "", found, notes);
  const stats = await mapConcurrent(found, STAT_CONCURRENCY, async (file) => {
    try {
      const info = await stat(path.join(dir, file));
      return info.isFile() ? { file, size: info.size, mtimeMs: info.mtimeMs } : null;
    } catch (error) {
      notes.push({ file, action: "skipped", reason: `the file could not be read (${errorCode(error)})` });
      return null;
    }
  });
  const files = stats.filter((entry): entry is CorpusFile => entry !== null);
  // Code-unit order, not locale order, so every machine lists the corpus the same way.
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, notes };
}

/** Every article file under `dir` (recursive, hidden files and folders skipped), sorted by path. */
export async function listCorpusFiles(dir: string): Promise<CorpusFile[]> {
  return (await walkCorpus(dir)).files;
}

/**
 * A digest of the listing (paths, sizes, mtimes): equal when no article file was added, removed or changed. Reading
 * the listing is cheap; parsing the files is not, so this decides whether a cache or a loaded corpus is current.
 */
export function fingerprintFiles(files: readonly CorpusFile[], salt = ""): string {
  const hash = createHash("sha256").update(salt);
  for (const f of files) hash.update(`${f.file}\0${f.size}\0${Math.trunc(f.mtimeMs)}\n`);
  return hash.digest("hex");
}
