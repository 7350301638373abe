/**
 * Columns of numbers and strings in shared memory. A corpus image is built once and read by every thread of the
 * process, so its columns live in SharedArrayBuffers: posting one to a worker shares the memory, it never copies
 * it. While building, a column grows inside a growable SharedArrayBuffer (address space is reserved up front and
 * memory committed only as it fills), so growing never copies what was written.
 */

/** The most a column may hold: typed arrays index at most 2^32 bytes here. */
const MAX_COLUMN_BYTES = 2 ** 32 - 8;
const INITIAL_BYTES = 4096;

type NumberArray = Uint8Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type ArrayOf<T extends NumberArray> = {
  new (buffer: SharedArrayBuffer, offset?: number, length?: number): T;
  BYTES_PER_ELEMENT: number;
};

export class ColumnTooLargeError extends Error {
  constructor(what: string) {
    super(`the corpus is too large to hold: its ${what} exceed 4 GB`);
    this.name = "ColumnTooLargeError";
  }
}

/** A growing column of numbers; `finish` gives a typed array of exactly the values pushed, over the same memory. */
export class GrowingColumn<T extends NumberArray> {
  private buffer: SharedArrayBuffer;
  private view: T;
  length = 0;

  constructor(
    private readonly Kind: ArrayOf<T>,
    private readonly what: string,
    capacity = INITIAL_BYTES / Kind.BYTES_PER_ELEMENT,
  ) {
    const bytes = Math.max(INITIAL_BYTES, capacity * Kind.BYTES_PER_ELEMENT);
    this.buffer = new SharedArrayBuffer(bytes, { maxByteLength: MAX_COLUMN_BYTES });
    this.view = new Kind(this.buffer);
  }

  /** Room for `count` more values. */
  reserve(count: number): void {
    const needed = (this.length + count) * this.Kind.BYTES_PER_ELEMENT;
    if (needed <= this.buffer.byteLength) return;
    if (needed > MAX_COLUMN_BYTES) throw new ColumnTooLargeError(this.what);
    this.buffer.grow(Math.min(MAX_COLUMN_BYTES, Math.max(needed, this.buffer.byteLength * 2)));
    this.view = new this.Kind(this.buffer);
  }

  push(value: number): void {
    if ((this.length + 1) * this.Kind.BYTES_PER_ELEMENT > this.buffer.byteLength) this.reserve(1);
    this.view[this.length++] = value;
  }

  /** Appends values[from..to). */
  append(values: ArrayLike<number> & { subarray?: unknown }, from = 0, to = values.length): void {
    this.reserve(to - from);
    const target = this.view;
    if (ArrayBuffer.isView(values)) target.set((values as T).subarray(from, to) as never, this.length);
    else for (let i = from; i < to; i++) target[this.length + i - from] = values[i]!;
    this.length += to - from;
  }

  /** The room after the values pushed (after `reserve`), for writing in place; then advance `length`. */
  spare(): T {
    return this.view.subarray(this.length) as T;
  }

  at(i: number): number {
    return this.view[i]!;
  }

  set(i: number, value: number): void {
    this.view[i] = value;
  }

  finish(): T {
    return new this.Kind(this.buffer, 0, this.length);
  }
}

/** A column of strings: UTF-8 bytes end to end, and where each string starts (n + 1 offsets). */
export interface StringColumn {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function stringCount(column: StringColumn): number {
  return column.offsets.length - 1;
}

/** Decodes string `i` (a fresh string: nothing keeps the shared bytes alive through it). */
export function stringAt(column: StringColumn, i: number): string {
  return decoder.decode(column.bytes.subarray(column.offsets[i]!, column.offsets[i + 1]!));
}

export class GrowingStrings {
  private readonly bytes: GrowingColumn<Uint8Array>;
  private readonly offsets: GrowingColumn<Uint32Array>;

  constructor(what: string) {
    this.bytes = new GrowingColumn(Uint8Array, what);
    this.offsets = new GrowingColumn(Uint32Array, `${what} offsets`);
    this.offsets.push(0);
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  push(value: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.bytes.reserve(value.length * 3);
    const { written } = encoder.encodeInto(value, this.bytes.spare());
    this.bytes.length += written;
    this.finishEntry();
  }

  /** Copies string `i` of another column as it is, without decoding it. */
  copyFrom(column: StringColumn, i: number): void {
    this.bytes.append(column.bytes, column.offsets[i]!, column.offsets[i + 1]!);
    this.finishEntry();
  }

  private finishEntry(): void {
    if (this.bytes.length > MAX_COLUMN_BYTES) throw new ColumnTooLargeError("texts");
    this.offsets.push(this.bytes.length);
  }

  finish(): StringColumn {
    return { bytes: this.bytes.finish(), offsets: this.offsets.finish() };
  }
}

/** A column of n values copied into shared memory. */
export function sharedCopy<T extends NumberArray>(Kind: ArrayOf<T>, values: ArrayLike<number>): T {
  const out = new Kind(
    new SharedArrayBuffer(Math.max(1, values.length) * Kind.BYTES_PER_ELEMENT),
    0,
    values.length,
  );
  (out as unknown as { set(v: ArrayLike<number>): void }).set(values);
  return out;
}

/** A zeroed shared array of n values. */
export function sharedArray<T extends NumberArray>(Kind: ArrayOf<T>, length: number): T {
  return new Kind(new SharedArrayBuffer(Math.max(1, length) * Kind.BYTES_PER_ELEMENT), 0, length);
}

export function stringColumnOf(values: Iterable<string>, what: string): StringColumn {
  const column = new GrowingStrings(what);
  for (const value of values) column.push(value);
  return column.finish();
}
