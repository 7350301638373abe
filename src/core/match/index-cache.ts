import type { Article, Quote } from "../types.js";
import { ANCHOR_EVERY, assembleIndex, type MatchIndex } from "./index-structure.js";

/**
 * Binary form of the index for the on-disk cache: a small JSON header, the vocabulary as newline-separated UTF-8,
 * then the typed arrays as raw little-endian bytes, each 8-byte aligned so loading can view them in place instead
 * of copying. Articles and quotes are not stored here (the caller caches those); a fingerprint of article ids and
 * lengths makes sure the index is only ever paired with the articles it was built from.
 */
const MAGIC = "VBMI";
/** Bumped whenever the layout or the tokeniser's reading of text changes: old files are then refused. */
const FORMAT = 2;
const PREAMBLE = 12;

interface Header {
  format: number;
  anchorEvery: number;
  docs: number;
  tokens: number;
  terms: number;
  vocabBytes: number;
  fingerprint: string;
}

function corpusFingerprint(articles: readonly Article[]): string {
  // FNV-1a over "id\0length\n" for every article: cheap, and any added, removed, renamed or edited article changes it.
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  for (const article of articles) mix(`${article.id}\0${article.body.length}\n`);
  return `${articles.length}:${(hash >>> 0).toString(16)}`;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function serialiseMatchIndex(index: MatchIndex): Buffer {
  const vocab = Buffer.from(index.vocab.join("\n"), "utf8");
  const header: Header = {
    format: FORMAT,
    anchorEvery: ANCHOR_EVERY,
    docs: index.articles.length,
    tokens: index.tokens.length,
    terms: index.vocab.length,
    vocabBytes: vocab.length,
    fingerprint: corpusFingerprint(index.articles),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const arrays = [index.tokens, index.docStarts, index.anchors, index.postingStarts, index.postings];
  let size = align8(PREAMBLE + headerBytes.length) + align8(vocab.length);
  for (const array of arrays) size += align8(array.byteLength);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(FORMAT, 4);
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, PREAMBLE);
  let offset = align8(PREAMBLE + headerBytes.length);
  vocab.copy(out, offset);
  offset += align8(vocab.length);
  for (const array of arrays) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, offset);
    offset += align8(array.byteLength);
  }
  return out;
}

function invalid(reason: string): never {
  throw new Error(`match index cache is unusable (${reason}); rebuild the index`);
}

/** A Uint32Array over `length` values at `offset`, viewed in place when aligned, copied when not. */
function uint32At(buf: Buffer, offset: number, length: number): Uint32Array {
  const byteOffset = buf.byteOffset + offset;
  if (offset + length * 4 > buf.length) invalid("truncated");
  if (byteOffset % 4 === 0) return new Uint32Array(buf.buffer, byteOffset, length);
  return new Uint32Array(Uint8Array.prototype.slice.call(buf, offset, offset + length * 4).buffer);
}

export function deserialiseMatchIndex(
  buf: Buffer,
  articles: readonly Article[],
  quotes: readonly Quote[],
): MatchIndex {
  if (buf.length < PREAMBLE || buf.toString("latin1", 0, 4) !== MAGIC) invalid("not an index file");
  if (buf.readUInt32LE(4) !== FORMAT) invalid(`format ${buf.readUInt32LE(4)}, expected ${FORMAT}`);
  const headerLength = buf.readUInt32LE(8);
  if (PREAMBLE + headerLength > buf.length) invalid("truncated");
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", PREAMBLE, PREAMBLE + headerLength)) as Header;
  } catch {
    invalid("header damaged");
  }
  if (header.anchorEvery !== ANCHOR_EVERY) invalid("built with a different layout");
  if (header.fingerprint !== corpusFingerprint(articles)) invalid("built from different articles");
  let offset = align8(PREAMBLE + headerLength);
  if (offset + header.vocabBytes > buf.length) invalid("truncated");
  const vocab =
    header.terms === 0 ? [] : buf.toString("utf8", offset, offset + header.vocabBytes).split("\n");
  if (vocab.length !== header.terms) invalid("vocabulary damaged");
  offset += align8(header.vocabBytes);
  const anchorCount = Math.ceil(header.tokens / ANCHOR_EVERY);
  const lengths = [header.tokens, header.docs + 1, anchorCount, header.terms + 1, header.tokens];
  const [tokens, docStarts, anchors, postingStarts, postings] = lengths.map((length) => {
    const array = uint32At(buf, offset, length);
    offset += align8(length * 4);
    return array;
  }) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  return assembleIndex(articles, quotes, { vocab, tokens, docStarts, anchors, postingStarts, postings });
}
