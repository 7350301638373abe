import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { type CorpusFile, fingerprintFiles, listCorpusFiles } from "./corpus/load-corpus.js";
import type { CorpusState } from "./engine.js";
import type { CoreLogger } from "./logger.js";
import { deserialiseMatchIndex, type MatchIndex, serialiseMatchIndex } from "./match/match-index.js";

/** Bumped whenever extraction, attribution or the index change what they produce, so old caches are ignored. */
export const CACHE_FORMAT = 2;

interface CacheHeader {
  format: number;
  fingerprint: string;
  state: CorpusState;
}

/**
 * What the cached quotations and index were computed by: the core's own files (size and mtime). An upgrade or a
 * change to extraction then rebuilds the cache instead of serving answers from the old rules.
 */
function codeStamp(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  const stamp: string[] = [];
  for (const entry of entries) {
    const stats = statSync(join(dir, entry));
    if (stats.isFile()) stamp.push(`${entry}:${stats.size}:${Math.trunc(stats.mtimeMs)}`);
  }
  return stamp.join("\n");
}

let code: string | undefined;

function fingerprint(files: readonly CorpusFile[]): string {
  code ??= codeStamp();
  return fingerprintFiles(files, `${CACHE_FORMAT}\n${code}`);
}

function cachePaths(dataDir: string, corpusDir: string): { meta: string; index: string } {
  const key = createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 16);
  const dir = join(dataDir, "cache");
  return { meta: join(dir, `corpus-${key}.meta`), index: join(dir, `corpus-${key}.index`) };
}

/**
 * The cache is keyed by the corpus directory and validated by a fingerprint of every file's path, size and mtime:
 * listing the files is cheap, parsing and indexing them is not.
 */
export async function readCachedCorpus(
  dataDir: string,
  corpusDir: string,
  logger: CoreLogger,
): Promise<{ state: CorpusState; index: MatchIndex } | null> {
  const paths = cachePaths(dataDir, corpusDir);
  try {
    const files = await listCorpusFiles(corpusDir);
    const header = deserialize(await readFile(paths.meta)) as CacheHeader;
    if (header.format !== CACHE_FORMAT || header.fingerprint !== fingerprint(files)) return null;
    const index = deserialiseMatchIndex(
      await readFile(paths.index),
      header.state.articles,
      header.state.quotes,
    );
    return { state: header.state, index };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") logger.warn({ err: error, cache: paths.meta }, "ignoring unreadable corpus cache");
    return null;
  }
}

export async function writeCachedCorpus(
  dataDir: string,
  corpusDir: string,
  files: readonly CorpusFile[],
  state: CorpusState,
  index: MatchIndex,
  logger: CoreLogger,
): Promise<void> {
  const paths = cachePaths(dataDir, corpusDir);
  const header: CacheHeader = { format: CACHE_FORMAT, fingerprint: fingerprint(files), state };
  try {
    await mkdir(join(dataDir, "cache"), { recursive: true });
    // Write-then-rename so a crash mid-write never leaves a cache that looks valid.
    await writeFile(`${paths.index}.tmp`, serialiseMatchIndex(index));
    await writeFile(`${paths.meta}.tmp`, serialize(header));
    await rename(`${paths.index}.tmp`, paths.index);
    await rename(`${paths.meta}.tmp`, paths.meta);
  } catch (error) {
    logger.warn(
      { err: error, dataDir },
      "could not write the corpus cache; the next start parses the corpus again",
    );
  }
}
