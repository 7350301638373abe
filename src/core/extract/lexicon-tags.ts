/**
 * What compromise's hand-built lexicon says of a word (first names with gender, countries, demonyms, organisations,
 * parts of speech), and the questions about names and places the extractor asks of it.
 */
import { LEXICON_TAG_SEPARATOR, LEXICON_WORD_SEPARATOR } from "./compromise-lexicon.js";
import { WORD_FIRST_NAMES, words } from "./lexicon.js";
import table from "./lexicon-tags.json" with { type: "json" };

/** compromise's lexicon as shipped (compromise-lexicon.ts), as a Map from each word to its tags; built on first use. */
let loadedTags: ReadonlyMap<string, readonly string[]> | undefined;
const NO_TAGS: readonly string[] = [];

function lexiconTags(): ReadonlyMap<string, readonly string[]> {
  if (!loadedTags) {
    const map = new Map<string, readonly string[]>();
    for (const { tags, words } of lexiconGroups()) for (const word of words) map.set(word, tags);
    loadedTags = map;
  }
  return loadedTags;
}

interface LexiconGroup {
  tags: readonly string[];
  words: readonly string[];
}

let loadedGroups: readonly LexiconGroup[] | undefined;

/**
 * The lexicon's words grouped by their tags, as the table ships them (every word in one group): the words of a tag
 * are read from its few dozen groups rather than from every word.
 */
function lexiconGroups(): readonly LexiconGroup[] {
  loadedGroups ??= Object.entries(table as Record<string, string>).map(([group, listed]) => ({
    tags: group.split(LEXICON_TAG_SEPARATOR),
    words: listed.split(LEXICON_WORD_SEPARATOR),
  }));
  return loadedGroups;
}

/** Distinct words a memo keeps; past it the memory starts again (a corpus's vocabulary rarely reaches it). */
const WORD_MEMO_LIMIT = 100_000;

/**
 * A question about a word whose answer depends on the word alone, answered once per word as written: the
 * scanners ask it of the same few thousand words over and over, and a lookup is cheaper than the lexicon's
 * lowercasing and tag tests.
 */
export class WordMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly answer: (word: string) => T) {}

  of(word: string): T {
    let answer = this.known.get(word);
    if (answer === undefined) {
      if (this.known.size >= WORD_MEMO_LIMIT) this.known.clear();
      answer = this.answer(word);
      this.known.set(word, answer);
    }
    return answer;
  }
}

const tags = new WordMemo<readonly string[]>((word) => {
  const lexicon = lexiconTags();
  return lexicon.get(word) ?? lexicon.get(word.toLowerCase()) ?? NO_TAGS;
});

/** The lexicon's tags for a word as written, else lowercased; none when it does not list it. */
export function tagsOf(word: string): readonly string[] {
  return tags.of(word);
}

/** Whether the lexicon lists a word exactly as written. */
export function isListed(word: string): boolean {
  return lexiconTags().has(word);
}

/** Every word the lexicon gives any of `tags`. */
export function wordsTagged(...tags: string[]): Set<string> {
  const out = new Set<string>();
  for (const group of lexiconGroups())
    if (group.tags.some((t) => tags.includes(t))) for (const word of group.words) out.add(word);
  return out;
}

/** Every word the lexicon gives this tag and no other. */
export function wordsTaggedOnly(tag: string): Set<string> {
  const out = new Set<string>();
  for (const group of lexiconGroups())
    if (group.tags.length === 1 && group.tags[0] === tag) for (const word of group.words) out.add(word);
  return out;
}

/** Roles a headline or sports report writes before a name: "Boss Henk Vos", "Striker Ian Dale". */
const ROLES_BEFORE_NAMES = words(`boss manager striker skipper captain keeper goalkeeper winger midfielder
  defender forward coach chancellor minister chief star ace veteran champion rookie`);

/**
 * A capitalised word before a surname that describes rather than names: a role ("Boss", "Striker") or a word
 * the lexicon knows as an adjective, a participle or a person noun ("Angry", "Relieved", "Veteran"), or a
 * descriptive compound ("Coffee-loving").
 */
export function describesRatherThanNames(word: string): boolean {
  const lower = word.toLowerCase();
  // "Coffee-loving", "London-based": a compound ending in a lowercase part ("Jean-Pierre" capitalises both).
  if (ROLES_BEFORE_NAMES.has(lower) || /^\p{Lu}[\p{L}-]*-\p{Ll}+$/u.test(word)) return true;
  const tags = tagsOf(word);
  if (tags.some((t) => NAME_TAGS.test(t))) return false;
  return tags.some(
    (t) => t === "Actor" || t === "Adjective" || t === "Gerund" || (t === "PastTense" && /ed$/.test(lower)),
  );
}

/**
 * Endings English adjectives and participles take: "Fuming", "Dogged", "Faultless", "Conservative", "National",
 * "British", and a -y after a consonant that nouns and adverbs seldom end in ("Classy", "Edgy"; not "Industry",
 * "Policy", "Safety", "Shortly", "Murray").
 */
const DESCRIPTIVE_ENDING =
  /\p{L}{2}(?:ing|ed|ful|less|ous|ive|able|ible|ic|ish|[ictnru]al|[bdfgkmnpsvxz]y)$/u;

/**
 * Whether a word the lexicon does not know reads as an adjective or participle by its ending ("Fuming", "Classy",
 * "Dogged"). Endings mislead on some names too ("Golding", "Reddy"), so callers ask only where a name is unlikely
 * to start, as in a headline.
 */
export function isDescriptiveWord(word: string): boolean {
  if (isKnownFirstName(word)) return false;
  if (tagsOf(word).length > 0) return describesRatherThanNames(word);
  return DESCRIPTIVE_ENDING.test(word.toLowerCase());
}

/** Gender a first name suggests; null when unknown or used for both. */
export function firstNameGender(word: string): "male" | "female" | null {
  const tags = tagsOf(word);
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  if (male === female) return WORD_FIRST_NAMES.get(word.toLowerCase()) ?? null;
  return male ? "male" : "female";
}

const knownFirstNames = new WordMemo((word) =>
  tagsOf(word).some((t) => t === "MaleName" || t === "FemaleName" || t === "FirstName"),
);

export function isKnownFirstName(word: string): boolean {
  return knownFirstNames.of(word);
}

const PLACE_TAGS = ["Country", "Demonym", "City", "Region", "Place"];
const US_UK = /^(?:u\.s|u\.s\.a|u\.k)\.?$/i;

const placeWords = new WordMemo(
  (word) => US_UK.test(word) || tagsOf(word).some((t) => PLACE_TAGS.includes(t)),
);

/** Words the lexicon files as places, read from it once. */
let places: ReadonlySet<string> | undefined;

/**
 * Countries, demonyms and places: capitalised words that are never a person's name on their own. Mostly asked of
 * lowercased words, which the lexicon's places answer faster than a lookup among every word seen.
 */
export function isPlaceWord(word: string): boolean {
  if (word !== word.toLowerCase()) return placeWords.of(word);
  places ??= wordsTagged(...PLACE_TAGS);
  return places.has(word) || US_UK.test(word);
}

/** Nationality nouns the lexicon does not file as demonyms: "the Frenchman", "the Scot". */
const NATIONALITY_NOUNS = words(`frenchman frenchwoman welshman welshwoman scotsman scotswoman dutchman
  dutchwoman scot briton serb croat kiwi pole finn`);

/** A singular nationality noun, which with "the" stands for a person: "the Australian", "the Frenchman". */
export function isNationalityNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (NATIONALITY_NOUNS.has(lower)) return true;
  const tags = tagsOf(lower);
  return tags.includes("Demonym") && !tags.includes("Plural");
}

let organisationWords: ReadonlySet<string> | undefined;

/**
 * A word the lexicon files as an organisation ("Nato", "Fifa"). Mostly asked of lowercased words, which the
 * lexicon's few organisations answer faster than a lookup among every word seen.
 */
export function isOrganisationWord(word: string): boolean {
  organisationWords ??= wordsTagged("Organization");
  return word === word.toLowerCase() ? organisationWords.has(word) : tagsOf(word).includes("Organization");
}

const COMMON_TAGS = new Set(["Plural", "Singular", "Actor", "Noun", "Uncountable"]);

const commonWords = new WordMemo(readCommonWord);

/** A capitalised sentence-initial word that is really a common noun ("Officials said"). */
export function isCommonWord(word: string): boolean {
  return commonWords.of(word);
}

function readCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.some((t) => /Name|Person|Country|City|Region|Place|Organization|Demonym/.test(t))) return false;
  if (tags.some((t) => COMMON_TAGS.has(t))) return true;
  return tags.length === 0 && /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ants|ents|ors|ees|ials|ives)$/u.test(word);
}

const NAME_TAGS = /Name|Person|Country|City|Region|Place|Organization|ProperNoun/;

const likelyNameWords = new WordMemo(readLikelyNameWord);

/** A lone capitalised word that may be a name: unknown to the lexicon, or known as a name. */
export function isLikelyNameWord(word: string): boolean {
  return likelyNameWords.of(word);
}

function readLikelyNameWord(word: string): boolean {
  const tags = tagsOf(word.replace(/['’]s?$/u, ""));
  if (tags.length === 0) return !isSentenceAdverb(word);
  return tags.some((t) => NAME_TAGS.test(t));
}

/** Adjective endings the lexicon does not always list: "hopeful", "eventual", "ironic". */
const ADJECTIVE_ENDING = /\p{L}{3}(?:ful|al|ic|ous|ive|ent|ant|ar|ate|less|ible|able)$/u;

/** "Afterwards", "Nonetheless": adverbs that open sentences and that the lexicon does not list. */
const CONNECTIVE_ADVERBS = words(`afterwards afterward nonetheless thereafter therefore elsewhere meantime
  beforehand henceforth hitherto likewise otherwise thereby whereupon backwards forwards onwards upwards`);

/**
 * A capitalised word opening a sentence that is an adverb the lexicon does not list: "Shortly", "Initially",
 * "Hopefully" are an adjective plus -ly, while "Reilly", "Connolly" and "Daly" are not, and stay names.
 */
function isSentenceAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  if (CONNECTIVE_ADVERBS.has(lower)) return true;
  if (!/^\p{L}{2,}ly$/u.test(lower) || isKnownFirstName(word)) return false;
  if (/\p{L}{3}(?:edly|ingly)$/u.test(lower)) return true; // reportedly, accordingly
  const stems = [
    lower.slice(0, -2), // short-ly
    lower.replace(/ily$/, "y"), // happ-ily
    lower.replace(/ly$/, "le"), // notab-ly
    lower.replace(/ally$/, ""), // ironic-ally
  ].flatMap((stem) => [stem, stem.replace(/^un/, "")]); // unfortunate-ly
  return stems.some(
    (stem) => stem.length > 2 && (tagsOf(stem).includes("Adjective") || ADJECTIVE_ENDING.test(stem)),
  );
}
