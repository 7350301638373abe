import { open } from "node:fs/promises";
import type { CorpusImage } from "./corpus-image.js";
import type { StringColumn } from "./shared-columns.js";

/**
 * The image on disk: "VBCI", the format, a JSON header naming each column with its type and length, then the
 * columns' raw little-endian bytes, each 8-byte aligned. Reading allocates each column in shared memory and reads
 * the file straight into it: one pass, no parsing, no copy between buffers.
 */
const MAGIC = "VBCI";
/** Bumped whenever the layout of the image changes: old files are then refused. */
export const IMAGE_FORMAT = 1;
const PREAMBLE = 12;

const KINDS = { Uint8Array, Uint32Array, Int32Array, Float32Array, Float64Array } as const;
type KindName = keyof typeof KINDS;
type NumberArray = ArrayBufferView & { readonly length: number };
type ColumnKind = {
  new (buffer: SharedArrayBuffer, offset: number, length: number): NumberArray;
  BYTES_PER_ELEMENT: number;
};

interface ColumnEntry {
  name: string;
  kind: KindName;
  length: number;
}

interface FileHeader<T> {
  format: number;
  columns: ColumnEntry[];
  extra: T;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function isStringColumn(value: unknown): value is StringColumn {
  return typeof value === "object" && value !== null && "bytes" in value && "offsets" in value;
}

function columnsOf(image: CorpusImage): [string, NumberArray][] {
  const out: [string, NumberArray][] = [];
  for (const [name, value] of Object.entries(image)) {
    if (isStringColumn(value)) out.push([`${name}.bytes`, value.bytes], [`${name}.offsets`, value.offsets]);
    else out.push([name, value as NumberArray]);
  }
  return out;
}

export class ImageFileError extends Error {
  constructor(reason: string) {
    super(`corpus cache is unusable (${reason})`);
    this.name = "ImageFileError";
  }
}

export async function writeImageFile<T>(path: string, image: CorpusImage, extra: T): Promise<void> {
  const columns = columnsOf(image);
  const header: FileHeader<T> = {
    format: IMAGE_FORMAT,
    columns: columns.map(([name, array]) => ({
      name,
      kind: array.constructor.name as KindName,
      length: array.length,
    })),
    extra,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const preamble = Buffer.alloc(align8(PREAMBLE + headerBytes.length));
  preamble.write(MAGIC, 0, "latin1");
  preamble.writeUInt32LE(IMAGE_FORMAT, 4);
  preamble.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(preamble, PREAMBLE);
  const file = await open(path, "w");
  try {
    let position = 0;
    const write = async (bytes: Uint8Array) => {
      for (let done = 0; done < bytes.length; ) {
        const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
        done += bytesWritten;
      }
      position += bytes.length;
    };
    await write(preamble);
    const padding = new Uint8Array(8);
    for (const [, array] of columns) {
      await write(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      await write(padding.subarray(0, align8(array.byteLength) - array.byteLength));
    }
  } finally {
    await file.close();
  }
}

/** Reads an image file; throws ImageFileError when it is damaged or of another format. */
export async function readImageFile<T>(path: string): Promise<{ image: CorpusImage; extra: T }> {
  const file = await open(path, "r");
  try {
    const size = (await file.stat()).size;
    const readInto = async (target: Uint8Array, position: number) => {
      if (position + target.length > size) throw new ImageFileError("truncated");
      for (let done = 0; done < target.length; ) {
        const { bytesRead } = await file.read(target, done, target.length - done, position + done);
        if (bytesRead === 0) throw new ImageFileError("truncated");
        done += bytesRead;
      }
    };
    const preamble = Buffer.alloc(PREAMBLE);
    await readInto(preamble, 0);
    if (preamble.toString("latin1", 0, 4) !== MAGIC) throw new ImageFileError("not a corpus cache");
    if (preamble.readUInt32LE(4) !== IMAGE_FORMAT) throw new ImageFileError("another format");
    const headerBytes = Buffer.alloc(preamble.readUInt32LE(8));
    await readInto(headerBytes, PREAMBLE);
    let header: FileHeader<T>;
    try {
      header = JSON.parse(headerBytes.toString("utf8")) as FileHeader<T>;
    } catch {
      throw new ImageFileError("header damaged");
    }
    let position = align8(PREAMBLE + headerBytes.length);
    const image: Record<string, unknown> = {};
    for (const { name, kind, length } of header.columns) {
      const Kind = KINDS[kind] as ColumnKind | undefined;
      if (!Kind || !Number.isInteger(length) || length < 0) throw new ImageFileError("header damaged");
      const array = new Kind(new SharedArrayBuffer(Math.max(1, length * Kind.BYTES_PER_ELEMENT)), 0, length);
      await readInto(new Uint8Array(array.buffer, 0, array.byteLength), position);
      position += align8(array.byteLength);
      const [key, part] = name.split(".") as [string, "bytes" | "offsets" | undefined];
      if (part) image[key] = { ...(image[key] as object), [part]: array };
      else image[key] = array;
    }
    return { image: checkedOrThrow(image as unknown as CorpusImage), extra: header.extra };
  } finally {
    await file.close();
  }
}

/** The column lengths agree with each other, so readers never index past an array. */
function checked(image: CorpusImage): CorpusImage {
  const docs = image.ids?.offsets?.length - 1;
  const quotes = image.quoteDoc?.length;
  const ok =
    docs >= 0 &&
    image.meta.offsets.length === docs + 1 &&
    image.bodies.offsets.length === docs + 1 &&
    image.idOrder.length === docs &&
    image.docStarts.length === docs + 1 &&
    image.docAnchors.length === docs + 1 &&
    image.docQuotes.length === docs + 1 &&
    image.docQuotes[docs] === quotes &&
    image.hashes.length === docs * 32 &&
    image.docStarts[docs] === image.tokens.length &&
    image.postings.length === image.tokens.length &&
    image.postingStarts.length === image.vocab.offsets.length &&
    image.weights.length === image.vocab.offsets.length - 1 &&
    image.quoteSpeaker.length === quotes &&
    image.speakerQuoteStarts.length === image.speakers.offsets.length;
  if (!ok) throw new ImageFileError("columns do not agree");
  return image;
}

function checkedOrThrow(image: CorpusImage): CorpusImage {
  try {
    return checked(image);
  } catch (error) {
    if (error instanceof ImageFileError) throw error;
    throw new ImageFileError("columns missing");
  }
}
