/**
 * The fullest form of a surname or partial name an article writes, among the people it names.
 */
import { compatibleNames } from "../speakers/name-forms.js";
import type { Mention } from "./mention.js";

/** Titles that, in British usage, go with a first name alone: "Sir Digby" is Sir Digby Jones. */
const FIRST_NAME_TITLES: ReadonlySet<string> = new Set(["sir", "dame"]);

/**
 * "Sir John" for the one knight the article names John ("Sir John Bourn"): the title is written with the first
 * name, so the surname match below cannot find him. Null unless exactly one titled person has that first name.
 */
export function knightByFirstName(mention: Mention, people: readonly Mention[]): Mention | null {
  if (!mention.titles.some((t) => FIRST_NAME_TITLES.has(t))) return null;
  const first = mention.name.toLowerCase();
  if (first.includes(" ")) return null;
  const names = nameWordsOf(people);
  let found: Mention | null = null;
  for (let p = 0; p < people.length; p++) {
    const person = people[p]!;
    const full = names[p]!;
    if (full.length < 2 || full[0] !== first || !person.titles.some((t) => FIRST_NAME_TITLES.has(t)))
      continue;
    if (found && found.name !== person.name) return null;
    found = person;
  }
  return found;
}

/**
 * The fullest form of a name the article writes ("Andy Robinson" for "Robinson"), or null when it writes none or
 * names two different people with it ("Andy Robinson" and "Jason Robinson"): a surname alone is not guessed.
 */
export function fullerName(
  part: string,
  people: readonly Mention[],
  accepts: (person: Mention) => boolean,
): Mention | null {
  const words = part.toLowerCase().split(/\s+/).filter(Boolean);
  const names = nameWordsOf(people);
  let fullest: Mention | null = null;
  let fullestLength = 0;
  for (let p = 0; p < people.length; p++) {
    const person = people[p]!;
    const full = names[p]!;
    const offset = full.length - words.length;
    if (offset <= 0 || !words.every((w, k) => full[offset + k] === w) || !accepts(person)) continue;
    if (fullest && !compatibleNames(fullest.name, person.name)) return null;
    if (full.length > fullestLength) {
      fullest = person;
      fullestLength = full.length;
    }
  }
  return fullest;
}

/** Each person's name in lowercased words, split once per list: a resolver compares many names with one list. */
const nameWords = new WeakMap<readonly Mention[], string[][]>();

function nameWordsOf(people: readonly Mention[]): string[][] {
  let words = nameWords.get(people);
  if (!words) {
    words = people.map((p) => p.name.toLowerCase().split(/\s+/).filter(Boolean));
    nameWords.set(people, words);
  }
  return words;
}

/**
 * The first mention of each name and gender: what `fullerName` compares, since a second mention of the same name
 * can neither add a fuller form nor a conflicting one.
 */
export function distinctNames<M extends Mention>(people: readonly M[]): M[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = `${person.gender ?? "-"}|${person.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
