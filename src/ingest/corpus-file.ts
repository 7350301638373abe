import { createHash, randomBytes } from "node:crypto";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { isInside } from "../core/corpus/corpus-boundary.js";
import type { StoredArticle } from "../storage/ingest-store.js";

/** Ingested articles live under this folder of the corpus, one folder per host. */
export const INGESTED_FOLDER = "ingested";

const SLUG_CHARS = 60;
/** A host folder starts with a letter or digit, so "." and ".." (which URLs allow as hosts) never name one. */
const DOCUMENT = /^ingested\/[a-z0-9][a-z0-9.-]*\/[a-z0-9-]+\.txt$/;

function slug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= SLUG_CHARS) return words || "article";
  return words.slice(0, SLUG_CHARS).replace(/-[^-]*$/, "") || words.slice(0, SLUG_CHARS);
}

/**
 * `ingested/<host>/<date>-<slug>-<hash>.txt`: readable in a listing, and unique because the hash is of the
 * article's address, so every replica names the same article the same way.
 */
export function documentPath(url: string, date: string, title: string): string {
  const host =
    new URL(url).host
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, "-")
      .replace(/^[.-]+/, "") || "unknown-host";
  const hash = createHash("sha256").update(url).digest("hex").slice(0, 10);
  return `${INGESTED_FOLDER}/${host}/${date}-${slug(title)}-${hash}.txt`;
}

/** A plain-text article with YAML front matter, the form `.txt` corpus files are read in. */
export function articleFileText(article: Omit<StoredArticle, "id" | "createdAt">): string {
  const fields: Record<string, unknown> = {};
  if (article.title) fields.title = article.title;
  if (article.source) fields.source = article.source;
  if (article.date) fields.date = article.date;
  fields.url = article.url;
  if (article.author) fields.author = article.author;
  if (article.feedUrl) fields.feed = article.feedUrl;
  if (article.tags.length > 0) fields.tags = [...article.tags];
  const body = article.body.endsWith("\n") ? article.body : `${article.body}\n`;
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${body}`;
}

function resolveDocument(corpusDir: string, document: string): string {
  if (!DOCUMENT.test(document)) throw new Error(`refusing to write an unexpected corpus path: ${document}`);
  return path.join(corpusDir, ...document.split("/"));
}

/** The real path of `dir`, or of the nearest folder above it that exists. */
async function nearestReal(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch (error) {
    const parent = path.dirname(dir);
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || parent === dir) throw error;
    return nearestReal(parent);
  }
}

/** Refuses a folder that a link inside the corpus leads out of it, before anything is created there. */
async function assertInsideCorpus(corpusDir: string, folder: string): Promise<void> {
  const [root, real] = await Promise.all([realpath(corpusDir), nearestReal(folder)]);
  if (real !== root && !isInside(root, real)) {
    throw new Error(`refusing to write outside the corpus directory: ${folder} leads to ${real}`);
  }
}

/**
 * Writes atomically: a hidden temporary file (the corpus listing skips dot files), then a rename, so the watcher
 * never reads half an article. The folder is checked before and after it is made, so a link planted in the corpus
 * cannot carry the write elsewhere.
 */
export async function writeArticleFile(corpusDir: string, document: string, text: string): Promise<void> {
  const target = resolveDocument(corpusDir, document);
  const folder = path.dirname(target);
  await assertInsideCorpus(corpusDir, folder);
  await mkdir(folder, { recursive: true });
  await assertInsideCorpus(corpusDir, folder);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function articleFileExists(corpusDir: string, document: string): Promise<boolean> {
  try {
    return (await stat(resolveDocument(corpusDir, document))).isFile();
  } catch {
    return false;
  }
}
