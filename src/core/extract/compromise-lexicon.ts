/**
 * compromise's hand-built lexicon (first names with gender, countries, demonyms, organisations, parts of speech),
 * grouped by tags into the table lexicon-tags.json ships. The table is generated rather than read at start-up
 * because compromise takes a quarter to half a second to load, about a tenth of extracting a corpus of BBC
 * News's size; a test checks the shipped table is what this produces.
 */
import { createRequire } from "node:module";

interface Compromise {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

/** The separator of a group's words: lexicon entries hold spaces ("new york"), never line breaks. */
export const LEXICON_WORD_SEPARATOR = "\n";
/** The separator of a group's tags, in the order the lexicon gives them. */
export const LEXICON_TAG_SEPARATOR = "|";

/** Every lexicon word by its tags: "MaleName" → "aaron\nabe\n…", "Plural|Noun" → …; groups and words in order. */
export function groupedLexicon(): Record<string, string> {
  const nlp = createRequire(import.meta.url)("compromise/two") as Compromise;
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    const key = (Array.isArray(tags) ? tags : [tags]).join(LEXICON_TAG_SEPARATOR);
    const words = groups.get(key) ?? [];
    if (words.length === 0) groups.set(key, words);
    words.push(word);
  }
  const sorted = [...groups.keys()].sort();
  return Object.fromEntries(sorted.map((key) => [key, groups.get(key)!.sort().join(LEXICON_WORD_SEPARATOR)]));
}
