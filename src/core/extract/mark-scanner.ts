/**
 * Pairs the quotation marks of one paragraph at a time: which mark opens, which closes, which is an apostrophe,
 * and which reopens a quotation left open on the same line. quote-marks.ts links the paragraphs.
 */
import { endBeforeAside, SPEAKER_WORDS } from "./interrupted-quote.js";
import { hasStrongCue } from "./lexicon.js";
import type { QuoteSpan } from "./quote-span.js";

type Family = "double" | "single";

export interface OpenMark {
  pos: number;
  len: number;
  family: Family;
  /** Opened where the previous quotation of the same speaker was left open (an opening mark inside it). */
  continues: boolean;
}

const MARK = /''|``|[“”„‟"«»‘’'‹›]/g;
const QUOTE_CHARS = "“”„‟\"«»‘’'‹›`";
const OPENERS_BEFORE = "([{—–-/\u00a0";
const SENTENCE_END = ".!?…";
const ELISION = /^(?:em|til|cause|n|tis|twas|bout|round)\b/i;
/** A sentence end, with the single mark that may close an inner quotation there, before the next capital. */
const SENTENCE_BREAK = /[.!?…]['’]?(?=[ \t]+\p{Lu})/gu;
/** The longest narration ("In reply to the critics, he said:") read as introducing the quotation after it. */
const MAX_INTRO_WORDS = 20;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

function canOpenBetween(prev: string | undefined, next: string | undefined): boolean {
  const openContext =
    prev === undefined || isSpace(prev) || OPENERS_BEFORE.includes(prev) || QUOTE_CHARS.includes(prev);
  return openContext && next !== undefined && !isSpace(next);
}

function canCloseBetween(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || isSpace(next) || !isWordChar(next);
}

/** An HTML/XML tag; an attribute value may carry a line break (`date="May 3\n">`). */
const TAG = /<\/?[a-zA-Z][^<>]{0,600}>/g;

/**
 * Offsets of HTML/XML tags, whose attribute values are not quotations, and of quotation-mark glyphs: each found
 * in one pass over the whole body, so the work stays proportional to its length however many paragraphs it has.
 */
function allMatches(text: string, pattern: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const re = new RegExp(pattern.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
  return found;
}

function innerRange(body: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpace(body[start])) start++;
  while (end > start && (isSpace(body[end - 1]) || body[end - 1] === ",")) end--;
  return [start, end];
}

export class ParagraphScanner {
  readonly spans: QuoteSpan[] = [];
  private readonly stack: OpenMark[] = [];
  private readonly marks: Array<[number, number]>;
  private readonly tags: Array<[number, number]>;
  private nextMark = 0;
  private nextTag = 0;

  constructor(private readonly body: string) {
    this.marks = allMatches(body, MARK);
    this.tags = allMatches(body, TAG);
  }

  /** Reads the marks of body[from, to); paragraphs are scanned in order, each once. */
  scan(from: number, to: number): OpenMark[] {
    for (; this.nextMark < this.marks.length; this.nextMark++) {
      const [pos, end] = this.marks[this.nextMark]!;
      if (pos >= to) break;
      if (pos < from || this.insideTag(pos)) continue;
      const prev = pos > from ? this.body[pos - 1] : undefined;
      const next = end < to ? this.body[end] : undefined;
      this.mark(this.body.slice(pos, end), pos, end - pos, prev, next);
    }
    return this.stack.splice(0);
  }

  private insideTag(pos: number): boolean {
    while (this.nextTag < this.tags.length && this.tags[this.nextTag]![1] <= pos) this.nextTag++;
    const tag = this.tags[this.nextTag];
    return tag !== undefined && pos >= tag[0];
  }

  private mark(
    glyph: string,
    pos: number,
    len: number,
    prev: string | undefined,
    next: string | undefined,
  ): void {
    const canOpen = canOpenBetween(prev, next);
    const canClose = canCloseBetween(prev, next);
    switch (glyph) {
      case "“":
      case "„":
      case "‟":
      case "«":
      case "``":
        if (canClose && !canOpen && this.has("double")) this.close("double", pos, len);
        else if (this.doubles(pos, len, canOpen, canClose)) return;
        else if (this.reopens(pos, canOpen, canClose)) this.carryOn(pos, len);
        else if (!this.endsBeforeIntroduction(pos, len, canOpen, canClose)) this.push(pos, len, "double");
        return;
      case "”":
      case "»":
        if (this.has("double")) this.close("double", pos, len);
        else if (canOpen && !canClose) this.push(pos, len, "double");
        return;
      case '"':
      case "''":
        if (this.has("double") && (canClose || !canOpen)) this.close("double", pos, len);
        else if (this.doubles(pos, len, canOpen, canClose)) return;
        else if (this.reopens(pos, canOpen, canClose)) this.carryOn(pos, len);
        else if (this.endsBeforeIntroduction(pos, len, canOpen, canClose)) return;
        else if (canOpen || this.gluedOpening(prev, next)) this.push(pos, len, "double");
        return;
      case "‘":
      case "‹":
        if (!isWordChar(prev)) this.openSingle(pos, len, next);
        return;
      default:
        this.singleOrApostrophe(pos, len, prev, next, canOpen, canClose);
    }
  }

  private singleOrApostrophe(
    pos: number,
    len: number,
    prev: string | undefined,
    next: string | undefined,
    canOpen: boolean,
    canClose: boolean,
  ): void {
    if (isWordChar(prev) && isWordChar(next)) return;
    if (canClose && this.has("single")) {
      this.close("single", pos, len);
      return;
    }
    if (canClose && this.closesDouble(pos, len, prev, next)) {
      this.close("double", pos, len);
      return;
    }
    if (canOpen && this.body[pos] !== "’") this.openSingle(pos, len, next);
  }

  /**
   * A single closing mark after a sentence end, with no single quotation open and a double one open, before a new
   * sentence or the paragraph's end: it closes the double quotation (`…Bring your friends.’ The post…`).
   */
  private closesDouble(
    pos: number,
    len: number,
    prev: string | undefined,
    next: string | undefined,
  ): boolean {
    if (this.stack.at(-1)?.family !== "double" || !SENTENCE_END.includes(prev ?? " ")) return false;
    return next === undefined || /^[ \t]+\p{Lu}/u.test(this.body.slice(pos + len, pos + len + 4));
  }

  private openSingle(pos: number, len: number, next: string | undefined): void {
    const after = this.body.slice(pos + len, pos + len + 6);
    if (/\d/.test(next ?? "") || ELISION.test(after)) return;
    this.push(pos, len, "single");
  }

  /**
   * An opening double mark after the end of a sentence inside an open double quotation: the quotation was a
   * paragraph of its own, left open by the convention for quotations that run on, and the paragraphs were joined
   * on one line (`…26 weeks. "We are going…`). Double marks do not nest inside double marks.
   */
  private reopens(pos: number, canOpen: boolean, canClose: boolean): boolean {
    if (!canOpen || canClose || this.stack.at(-1)?.family !== "double") return false;
    let before = pos - 1;
    while (before >= 0 && isSpace(this.body[before])) before--;
    // `…say 'pack your bags.' "We…`: the inner quotation's closing mark stands where the outer one was lost.
    if (this.body[before] === "'" || this.body[before] === "’") before--;
    return SENTENCE_END.includes(this.body[before] ?? "");
  }

  /**
   * An opening double mark after a colon inside an open double quotation, where the words since the
   * quotation's last sentence end report speech (`…the whole season. She added: "The club…`): the first
   * quotation lost its closing mark at that sentence end, and the narration introduces a new one. Double marks do
   * not nest inside double marks. Returns whether it ended the open quotation there and opened the new one.
   */
  private endsBeforeIntroduction(pos: number, len: number, canOpen: boolean, canClose: boolean): boolean {
    const top = this.stack.at(-1);
    if (!canOpen || canClose || top?.family !== "double") return false;
    let before = pos - 1;
    while (before >= 0 && isSpace(this.body[before])) before--;
    const from = top.pos + top.len;
    // `"Absent a force on the ground, he added, "this is how…`: the mark was lost before the aside.
    const aside = this.body[before] === "," ? endBeforeAside(this.body, from, pos) : -1;
    if (aside >= 0) return this.endAt(top, aside, pos, len);
    if (this.body[before] !== ":") return false;
    let end = -1;
    for (const m of this.body.slice(from, before).matchAll(SENTENCE_BREAK))
      end = from + m.index + m[0].length;
    if (end < 0) return false;
    const words = this.body
      .slice(end, before)
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    if (words.length > MAX_INTRO_WORDS + 2) return false;
    // "…and then you say: "…"" is the speaker retelling somebody's words inside the quotation.
    if (words.some((w) => SPEAKER_WORDS.has(w))) return false;
    if (!hasStrongCue(words)) return false;
    return this.endAt(top, end, pos, len);
  }

  /** Ends the open quotation `top` at `end` and opens a new one at `pos`. */
  private endAt(top: OpenMark, end: number, pos: number, len: number): boolean {
    this.stack.pop();
    this.emit(top, end, end, { depth: this.stack.length, runsOn: false, unterminated: false });
    this.push(pos, len, "double");
    return true;
  }

  /**
   * A straight double mark typed against the sentence before it (`…his name."We were promised…`), with no double
   * quotation open to close: it opens one, as its capital after shows.
   */
  private gluedOpening(prev: string | undefined, next: string | undefined): boolean {
    return SENTENCE_END.includes(prev ?? " ") && /\p{Lu}/u.test(next ?? "");
  }

  /**
   * An opening double mark typed twice (`““We will…”`, `an ""unfair…"`): the second, right after the first with
   * at most spaces between, joins it, so the one closing mark closes the quotation rather than an inner one.
   */
  private doubles(pos: number, len: number, canOpen: boolean, canClose: boolean): boolean {
    const top = this.stack.at(-1);
    if (!canOpen || canClose || top?.family !== "double") return false;
    if (!/^[ \t]*$/.test(this.body.slice(top.pos + top.len, pos))) return false;
    top.len = pos + len - top.pos;
    return true;
  }

  /** Ends the open quotation where the next one of the same run opens, as a paragraph end would. */
  private carryOn(pos: number, len: number): void {
    const open = this.stack.pop()!;
    const depth = this.stack.length;
    let before = pos - 1;
    while (before >= 0 && isSpace(this.body[before])) before--;
    // `…bandwidth.' "It…`: a single mark that closes no inner quotation stood for the lost double one.
    const stray = /['’]/.test(this.body[before] ?? "") && this.spans.at(-1)?.close !== before;
    const close = stray ? before : pos;
    this.emit(open, close, stray ? before + 1 : pos, { depth, runsOn: true, unterminated: false });
    this.stack.push({ pos, len, family: "double", continues: true });
  }

  private has(family: Family): boolean {
    return this.stack.some((m) => m.family === family);
  }

  private push(pos: number, len: number, family: Family): void {
    this.stack.push({ pos, len, family, continues: false });
  }

  private close(family: Family, pos: number, len: number): void {
    let index = this.stack.length - 1;
    while (index >= 0 && this.stack[index]?.family !== family) index--;
    const open = this.stack[index];
    if (!open) return;
    this.stack.length = index;
    this.emit(open, pos, pos + len, { depth: index, runsOn: false, unterminated: false });
  }

  emit(
    open: OpenMark,
    close: number,
    closeEnd: number,
    flags: Pick<QuoteSpan, "depth" | "runsOn" | "unterminated">,
  ) {
    const [start, end] = innerRange(this.body, open.pos + open.len, close);
    if (end <= start) return;
    this.spans.push({ open: open.pos, close, closeEnd, start, end, continued: open.continues, ...flags });
  }
}
