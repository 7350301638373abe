/**
 * Readings of noun phrases kept by their words (mentions.ts reads them): the scanners read the same phrases many
 * times over an article, and a corpus repeats its people's names.
 */
import { type Mention, reworded } from "./mention.js";
import type { Token } from "./tokens.js";

/**
 * Readings of noun phrases by their words, with offsets from the phrase's first token: an article repeats its names
 * ("Mr Blair" a dozen times), and a corpus its people, so most phrases are read once. Only the tokens' own kinds and
 * words decide a reading, never the text around them. Kept by the phrase's first and last words (token texts, whose
 * hashes the strings already hold), then by its text, compared in place, and how its tokens lie in it (a token's
 * text is the body between its offsets, so text and layout together give every token's words): looking a phrase up
 * slices and hashes no key of its own.
 */
const readings = new Map<string, Map<string, Reading[]>>();
let readingCount = 0;
/** Distinct phrases kept; past it the memory starts again (a large corpus has a few hundred thousand). */
const READINGS_LIMIT = 200_000;

interface Reading {
  /** The phrase as written. */
  text: string;
  /** Each token's kind, offset from the first and length, three numbers a token. */
  layout: number[];
  mention: Mention | null;
}

/** A token's kind as a number, to keep in a layout. */
function kindCode(kind: Token["kind"]): number {
  return kind === "word" ? 0 : kind === "punct" ? 1 : 2;
}

function sameLayout(layout: readonly number[], tokens: readonly Token[], origin: number): boolean {
  if (layout.length !== tokens.length * 3) return false;
  for (let i = 0, k = 0; i < tokens.length; i++, k += 3) {
    const t = tokens[i]!;
    if (
      layout[k] !== kindCode(t.kind) ||
      layout[k + 1] !== t.start - origin ||
      layout[k + 2] !== t.end - t.start
    )
      return false;
  }
  return true;
}

/** A reading moved by `origin`: to where its phrase stands, or back to offsets from its first token. */
function placed(m: Mention, origin: number): Mention {
  return reworded(m, m.name, m.text, m.start + origin, m.end + origin);
}

/** The reading `read` gives the phrase filling `tokens`, kept from an earlier phrase of the same words if any. */
export function keptReading(
  tokens: readonly Token[],
  body: string,
  read: (tokens: readonly Token[], body: string) => Mention | null,
): Mention | null {
  const first = tokens[0];
  if (!first) return null;
  const origin = first.start;
  const last = tokens[tokens.length - 1]!;
  const length = last.end - origin;
  let known = readings.get(first.text)?.get(last.text);
  if (known !== undefined) {
    for (let k = 0; k < known.length; k++) {
      const r = known[k]!;
      if (r.text.length === length && sameLayout(r.layout, tokens, origin) && body.startsWith(r.text, origin))
        return r.mention && placed(r.mention, origin);
    }
  }
  const found = read(tokens, body);
  if (readingCount >= READINGS_LIMIT) {
    readings.clear();
    readingCount = 0;
    known = undefined;
  }
  const layout: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    layout.push(kindCode(t.kind), t.start - origin, t.end - t.start);
  }
  const reading = {
    text: body.slice(origin, last.end),
    layout,
    mention: found && placed(found, -origin),
  };
  if (known) known.push(reading);
  else {
    let byLast = readings.get(first.text);
    if (byLast === undefined) {
      byLast = new Map();
      readings.set(first.text, byLast);
    }
    byLast.set(last.text, [reading]);
  }
  readingCount++;
  return found;
}
