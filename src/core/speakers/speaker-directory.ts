/**
 * Looks speakers up by any form of their name, tolerating titles ("Foreign Minister Zarif"), partial names
 * ("Zarif"), other spellings ("Mohammed Javad Zarif") and typos ("Zarrif"), and suggests speakers for
 * autocomplete. Fuzzy matching (fuse.js) runs over names and aliases only: short strings.
 */
import Fuse from "fuse.js";
import { TITLE_WORDS } from "../extract/lexicon.js";
import type { Speaker } from "../types.js";
import { compatibleNames, editDistance, nameWords, significantWords, surnameOf } from "./name-forms.js";

export interface SpeakerDirectory {
  find(name: string): Speaker | null;
  suggest(prefix: string, limit?: number): Speaker[];
}

const DEFAULT_LIMIT = 10;
const FUZZY_THRESHOLD = 0.3;
/** A given name this many edits from a known one ("Donlad") is a typo of it; further ("Cherie" for "Tony") is another person. */
const GIVEN_NAME_TYPO = 2;

/** Whether `claimed` is `form` with its given names mistyped, word for word. */
function mistyped(form: string, claimed: string): boolean {
  const x = significantWords(form);
  const y = significantWords(claimed);
  return x.length === y.length && x.every((w, i) => editDistance(w, y[i]!) <= GIVEN_NAME_TYPO);
}

/**
 * The forms with a given name, when a speaker has any: the bare surname ("Trump") fits every member of a family,
 * so it says nothing about whether "Ivanka Trump" is Donald Trump. A speaker known only by surname keeps it.
 */
function fullForms(speaker: Speaker): string[] {
  const forms = [speaker.name, ...speaker.aliases];
  const full = forms.filter((form) => significantWords(form).length > 1);
  return full.length > 0 ? full : forms;
}

function key(name: string): string {
  return nameWords(name).join(" ");
}

/** "Foreign Minister Javad Zarif" → "javad zarif". */
function withoutTitles(name: string): string {
  const words = nameWords(name);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!)) i++;
  return words.slice(i).join(" ");
}

function byQuotes(a: Speaker, b: Speaker): number {
  return b.quoteCount - a.quoteCount || a.name.localeCompare(b.name);
}

export function createSpeakerDirectory(speakers: readonly Speaker[]): SpeakerDirectory {
  const exact = new Map<string, Speaker>();
  for (const speaker of [...speakers].sort(byQuotes).reverse()) {
    for (const form of [speaker.name, ...speaker.aliases]) exact.set(key(form), speaker);
  }
  const bySurname = new Map<string, Speaker[]>();
  for (const speaker of speakers) {
    if (speaker.kind !== "person") continue;
    const surname = surnameOf(speaker.name);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), speaker]);
  }
  const fuse = new Fuse([...speakers], {
    keys: [
      { name: "name", weight: 2 },
      { name: "aliases", weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: FUZZY_THRESHOLD,
  });

  function find(name: string): Speaker | null {
    const query = name.trim();
    if (!query || nameWords(query).length === 0) return null;
    const direct = exact.get(key(query)) ?? exact.get(withoutTitles(query));
    if (direct) return direct;
    const bare = withoutTitles(query);
    const sameSurname = bySurname.get(surnameOf(bare)) ?? [];
    const compatible = sameSurname.filter(
      (s) => significantWords(bare).length === 1 || fullForms(s).some((form) => compatibleNames(form, bare)),
    );
    if (compatible.length > 0) return [...compatible].sort(byQuotes)[0]!;
    // Of a known family ("Cherie Blair" where only Tony Blair is quoted), only a typo names one of its members.
    if (sameSurname.length > 0) {
      const typo = sameSurname.filter((s) => [s.name, ...s.aliases].some((form) => mistyped(form, bare)));
      return [...typo].sort(byQuotes)[0] ?? null;
    }
    return fuse.search(bare)[0]?.item ?? null;
  }

  function suggest(prefix: string, limit = DEFAULT_LIMIT): Speaker[] {
    const wanted = Math.max(0, Math.floor(limit));
    const p = nameWords(prefix).join(" ");
    if (!p) return [...speakers].sort(byQuotes).slice(0, wanted);
    const starts = (form: string) => key(form).startsWith(p) || nameWords(form).some((w) => w.startsWith(p));
    const matching = speakers.filter((s) => starts(s.name) || s.aliases.some(starts));
    const ranked = matching.sort(
      (a, b) => Number(key(b.name).startsWith(p)) - Number(key(a.name).startsWith(p)) || byQuotes(a, b),
    );
    if (ranked.length < wanted) {
      for (const { item } of fuse.search(prefix)) if (!ranked.includes(item)) ranked.push(item);
    }
    return ranked.slice(0, wanted);
  }

  return { find, suggest };
}
