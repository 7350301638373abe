import { spellingKey } from "./spelling-variants.js";

/** One word in two normal forms: as spelled (for verdicts and wording groups) and as matched (spelling folded). */
export interface WordKeys {
  surface: string;
  match: string;
}

const MARKS = /\p{M}/gu;
const ASCII_WORD = /^[a-z0-9]+$/;
const LIGATURES: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ł: "l",
  ı: "i",
  þ: "th",
};
const LIGATURE = /[ßæœøđłıþ]/g;

/**
 * Case, compatibility forms (NFKC: full-width letters, ligatures, superscripts) and diacritics are folded, so
 * "Café", "CAFE" and "café" are one word. The fold is per word: offsets into the text are never affected.
 */
export function surfaceKey(raw: string): string {
  const lower = raw.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c)
    .normalize("NFC");
}

/**
 * Folding is the hot path of indexing (every word of every article), and a corpus repeats a few tens of thousands
 * of word forms millions of times, so results are memoised. The cache is dropped when it grows past a bound so a
 * pathological corpus cannot exhaust memory.
 */
const cache = new Map<string, WordKeys>();
const CACHE_LIMIT = 400_000;

export function wordKeys(raw: string): WordKeys {
  const hit = cache.get(raw);
  if (hit) return hit;
  const surface = surfaceKey(raw);
  const keys: WordKeys = { surface, match: spellingKey(surface) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, keys);
  return keys;
}
