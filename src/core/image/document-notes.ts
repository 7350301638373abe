import type { Article } from "../types.js";
import { contentHash } from "./content-hash.js";
import { articleMeta, type CorpusImage, docCount } from "./corpus-image.js";

/**
 * What the record of corpus documents needs of an article: its identity, what a digest shows of it, and a hash of
 * its content to tell an edit from an unchanged file. Taken from an image, it costs no article text.
 */
export interface DocumentNote {
  id: string;
  title?: string | undefined;
  source?: string | undefined;
  date?: string | undefined;
  /** Hex SHA-256 of title, outlet, date, url and text (see content-hash.ts). */
  contentHash: string;
}

const HASH_BYTES = 32;

export function* documentNotes(image: CorpusImage): Generator<DocumentNote> {
  for (let doc = 0; doc < docCount(image); doc++) {
    const { id, title, source, date } = articleMeta(image, doc);
    const hash = Buffer.from(image.hashes.buffer, image.hashes.byteOffset + doc * HASH_BYTES, HASH_BYTES);
    yield { id, title, source, date, contentHash: hash.toString("hex") };
  }
}

/** The note for an article held in full (tests, the CLI over hand-made corpora). */
export function noteOf(article: Article): DocumentNote {
  const { id, title, source, date } = article;
  return { id, title, source, date, contentHash: Buffer.from(contentHash(article)).toString("hex") };
}
