/**
 * Comparing the written forms of a person's name: "Mohammed Javad Zarif", "Mohammad Javad Zarif", "Javad Zarif"
 * and "Zarif" are forms of one name; "Bill Clinton" and "Hillary Clinton" are not.
 */

import { NAME_PARTICLES, TIME_WORDS } from "../extract/lexicon.js";

/** Lowercased words of a name without accents, periods or possessive endings. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** Words that carry the name: single-letter initials dropped ("Donald J. Trump" → donald, trump). */
export function significantWords(name: string): string[] {
  return nameWords(name).filter((w) => w.length > 1);
}

export function surnameOf(name: string): string {
  return significantWords(name).at(-1) ?? "";
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Two spellings of one given name: "Mohammed"/"Mohammad", "Adil"/"Adel", "Abdul"/"Abdel". */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

/**
 * Whether two multi-word forms name the same person: same surname, and the given names of the shorter form
 * match, in order, given names at the end of the longer one ("Javad Zarif" inside "Mohammad Javad Zarif").
 */
export function compatibleNames(a: string, b: string): boolean {
  const x = significantWords(a);
  const y = significantWords(b);
  if (x.length === 0 || y.length === 0 || x.at(-1) !== y.at(-1)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const offset = long.length - short.length;
  return short.every((w, i) => sameGivenName(w, long[offset + i]!));
}

/** Title-cases a name written in lowercase ("javad zarif" → "Javad Zarif"); names with capitals stay as they are. */
export function displayName(name: string): string {
  if (/\p{Lu}/u.test(name)) return name;
  return name.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
}

/**
 * A person's name without the organisation that introduces it ("The Fabian Society's Sundar Katwala" → "Sundar
 * Katwala"): the owner says where the person works, not who they are, and would make the form look more complete
 * than the plain name.
 */
export function withoutOwner(name: string): string {
  const owned = name.match(/^.*['’]s\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u);
  return owned?.[1] ?? name;
}

/**
 * Whether a person's mention is written as a name ("Prime Minister Tony Blair", "Osama bin Laden"), not a name
 * with the words before it that a reading took along ("a Brussels summit Mr Blair", "how Tony Blair", "Thursday
 * Mr Blair"): only the first may be shown as a way the person is written. A time word opens a name only of two
 * words ("June Sarpong").
 */
export function writtenAsName(mention: string): boolean {
  const words = mention.split(/\s+/);
  if (words.length > 2 && TIME_WORDS.has(words[0]!.toLowerCase())) return false;
  return words.every(
    (word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && NAME_PARTICLES.has(word.toLowerCase())),
  );
}
