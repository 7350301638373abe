import { createHash } from "node:crypto";
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fail } from "../errors.js";
import {
  corpusRoot,
  errorCode,
  FOLDER_NAME_NOT_UTF8,
  locate,
  NAME_NOT_UTF8,
  notRegular,
  unreadable,
} from "./corpus-boundary.js";
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

const utf8 = new TextDecoder("utf-8", { fatal: true });

function utf8Name(name: Buffer): string | null {
  try {
    return utf8.decode(name);
  } catch {
    return null;
  }
}

interface Walk {
  /** The corpus folder's real path. */
  root: string;
  /** Regular files, inside the corpus by construction; links and other kinds are located before use. */
  found: { file: string; regular: boolean }[];
  notes: FileNote[];
}

async function collect(walk: Walk, rel: string): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not UTF-8 would otherwise come back altered and then not be found.
    entries = await readdir(path.join(walk.root, rel), { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    if (rel === "") throw error;
    walk.notes.push({
      file: rel,
      action: "skipped",
      reason: `the folder could not be read (${errorCode(error)})`,
    });
    return;
  }
  for (const entry of entries) {
    const name = utf8Name(entry.name);
    const shown = name ?? entry.name.toString("utf8");
    if (shown.startsWith(".")) continue;
    const child = rel ? `${rel}/${shown}` : shown;
    // Symlinked folders are not followed, so a link cycle cannot trap the walk.
    if (entry.isDirectory()) {
      if (name === null) walk.notes.push({ file: child, action: "skipped", reason: FOLDER_NAME_NOT_UTF8 });
      else await collect(walk, child);
    } else if (isCorpusFileName(shown)) {
      if (name === null) walk.notes.push({ file: child, action: "skipped", reason: NAME_NOT_UTF8 });
      else walk.found.push({ file: child, regular: entry.isFile() });
    }
  }
}

async function examine(walk: Walk, file: string, regular: boolean): Promise<CorpusFile | null> {
  if (!regular) {
    const located = await locate(walk.root, file);
    if ("skip" in located) {
      walk.notes.push({ file, action: "skipped", reason: located.skip });
      return null;
    }
    return { file, size: located.size, mtimeMs: located.mtimeMs };
  }
  try {
    const info = await stat(path.join(walk.root, file));
    const odd = notRegular(info);
    if (odd === null) return { file, size: info.size, mtimeMs: info.mtimeMs };
    walk.notes.push({ file, action: "skipped", reason: odd });
  } catch (error) {
    walk.notes.push({ file, action: "skipped", reason: unreadable(error) });
  }
  return null;
}

export interface CorpusListing {
  /** The corpus folder's real path, to read the listed files from (see `readCorpusFile`). */
  root: string;
  files: CorpusFile[];
  notes: FileNote[];
}

/**
 * Every corpus file under `dir`, with notes for folders and files that are not read: unreadable, outside the corpus
 * through a link, not regular files, or with names that are not UTF-8.
 */
export async function walkCorpus(dir: string): Promise<CorpusListing> {
  await assertCorpusDir(dir);
  const walk: Walk = { root: await corpusRoot(dir), found: [], notes: [] };
  await collect(walk, "");
  const stats = await mapConcurrent(walk.found, STAT_CONCURRENCY, ({ file, regular }) =>
    examine(walk, file, regular),
  );
  const files = stats.filter((entry): entry is CorpusFile => entry !== null);
  // Code-unit order, not locale order, so every machine lists the corpus the same way.
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Notes come in completion order; sorted, two loads of one folder report alike.
  walk.notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { root: walk.root, files, notes: walk.notes };
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
