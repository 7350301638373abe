import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CorpusFile, fingerprintFiles } from "./corpus/load-corpus.js";
import type { CorpusImage } from "./image/corpus-image.js";
import { ImageFileError, readImageFile, writeImageFile } from "./image/image-file.js";
import type { CoreLogger } from "./logger.js";

/** Bumped whenever extraction, attribution or the index change what they produce, so old caches are ignored. */
export const CACHE_FORMAT = 3;

interface CacheStamp {
  format: number;
  /** What produced the quotations and index: see `codeStamp`. */
  code: string;
  /** The corpus listing the image was built from. */
  listing: string;
}

/**
 * What the cached quotations and index were computed by: the core's own files (size and mtime). An upgrade or a
 * change to extraction then rebuilds the cache instead of serving answers from the old rules.
 */
function codeStamp(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  const hash = createHash("sha256").update(String(CACHE_FORMAT));
  for (const entry of entries) {
    const stats = statSync(join(dir, entry));
    if (stats.isFile()) hash.update(`${entry}:${stats.size}:${Math.trunc(stats.mtimeMs)}\n`);
  }
  return hash.digest("hex");
}

let stamped: string | undefined;

/** The code stamp, computed once per process. */
function currentCode(): string {
  stamped ??= codeStamp();
  return stamped;
}

/** A digest of the listing, salted with the code that reads it. */
export function listingStamp(files: readonly CorpusFile[]): string {
  return fingerprintFiles(files, currentCode());
}

function cachePath(dataDir: string, corpusDir: string): string {
  const key = createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 16);
  return join(dataDir, "cache", `corpus-${key}.image`);
}

export interface CachedImage {
  image: CorpusImage;
  /** The listing it was built from, to compare with the folder's now. */
  listing: string;
}

/**
 * The cached image for this corpus folder, if one was written by this code. It may be stale (files added since):
 * the caller compares listings, and can still copy unchanged files from it.
 */
export async function readCachedImage(
  dataDir: string,
  corpusDir: string,
  logger: CoreLogger,
): Promise<CachedImage | null> {
  const path = cachePath(dataDir, corpusDir);
  try {
    const { image, extra } = await readImageFile<CacheStamp>(path);
    if (extra.format !== CACHE_FORMAT || extra.code !== currentCode()) return null;
    return { image, listing: extra.listing };
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === "ENOENT") return null;
    const reason = error instanceof ImageFileError ? error.message : String(errno ?? error);
    logger.warn({ cache: path, reason }, "ignoring unreadable corpus cache; the corpus is read again");
    return null;
  }
}

export async function writeCachedImage(
  dataDir: string,
  corpusDir: string,
  files: readonly CorpusFile[],
  image: CorpusImage,
  logger: CoreLogger,
): Promise<void> {
  const path = cachePath(dataDir, corpusDir);
  const listing = listingStamp(files);
  const stamp: CacheStamp = { format: CACHE_FORMAT, code: currentCode(), listing };
  try {
    await mkdir(dirname(path), { recursive: true });
    // Write-then-rename so a crash mid-write never leaves a cache that looks valid.
    await writeImageFile(`${path}.tmp`, image, stamp);
    await rename(`${path}.tmp`, path);
    // Caches of earlier versions (separate metadata and index files) are of no further use.
    const earlier = path.replace(/\.image$/, "");
    await Promise.all([rm(`${earlier}.meta`, { force: true }), rm(`${earlier}.index`, { force: true })]);
  } catch (error) {
    await rm(`${path}.tmp`, { force: true }).catch(() => {});
    logger.warn(
      { reason: String((error as Error).message ?? error), dataDir },
      "could not write the corpus cache; the next start reads the corpus again",
    );
  }
}
