/**
 * Descriptions bound to names. An article binds a description to a person by writing it as a title before the
 * name ("Tory leader Michael Howard", "Chancellor Gordon Brown") or in apposition ("Ilse Varga, an analyst at
 * Hollins Bank," / "The Tory leader, Michael Howard,"). A description that speaks ("the chancellor said") is that
 * person only when exactly one person in the article holds it: "the prime minister" is never "Deputy Prime
 * Minister John Prescott", and two people called "the minister" leave the description as written.
 */
import { compatibleNames } from "../speakers/name-forms.js";
import { CONJUNCTIONS, CUE_FORMS, DETERMINERS, PREPOSITIONS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import { stripPossessive, type Token } from "./tokens.js";

/**
 * Words that make a title someone else's: a deputy prime minister is not the prime minister, and the 2012
 * nominee is not this year's.
 */
const QUALIFIERS = new Set([
  "then",
  "onetime",
  "late",
  "past",
  "deputy",
  "vice",
  "shadow",
  "former",
  "ex",
  "assistant",
  "junior",
  "acting",
  "under",
]);

/** Abbreviated and gendered forms of one title, so "Sen. Ray Hollis" holds "the senator". */
const SAME_TITLE: Record<string, string> = {
  sen: "senator",
  gov: "governor",
  rep: "representative",
  congressman: "representative",
  congresswoman: "representative",
  gen: "general",
  adm: "admiral",
  col: "colonel",
  chair: "chairman",
  chairwoman: "chairman",
};

const ARTICLES = new Set(["the", "a", "an", "this", "that"]);
const APPOSITION_LINKS = new Set(["at", "of", "for", "with", "in"]);
const MAX_ROLE_WORDS = 8;

/**
 * Role words by the text they were read from: a corpus writes the same few titles ("Prime Minister", "the
 * chancellor") thousands of times. Bounded like the noun-phrase memory.
 */
const roleWordsByText = new Map<string, readonly string[]>();
const ROLE_TEXTS_LIMIT = 100_000;

function roleWords(text: string): string[] {
  let words = roleWordsByText.get(text);
  if (words === undefined) {
    words = readRoleWords(text);
    if (roleWordsByText.size >= ROLE_TEXTS_LIMIT) roleWordsByText.clear();
    roleWordsByText.set(text, words);
  }
  return [...words];
}

function readRoleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => stripPossessive(w.replace(/\.$/, "")).base)
    .filter(Boolean)
    .map((w) => SAME_TITLE[w] ?? w);
}

function isRoleToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== "word" || DETERMINERS.has(t.lower) || CUE_FORMS.has(t.lower)) return false;
  return isNounPhraseToken(t, tokens[k - 1], tokens[k + 1]);
}

/** "Tory leader" in "said Tory leader Michael Howard": role words written straight before the name. */
function titleBefore(tokens: readonly Token[], start: number): string | null {
  let k = start;
  while (k > 0 && start - k < 4 && isRoleToken(tokens, k - 1)) k--;
  return k < start
    ? tokens
        .slice(k, start)
        .map((t) => t.text)
        .join(" ")
    : null;
}

/** A title word or determiner that may stand before a name within its phrase ("the", "All England Club chairman"). */
function phraseWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== "word" || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return false;
  return DETERMINERS.has(t.lower) || isRoleToken(tokens, k);
}

/**
 * The words of ", an analyst at Hollins Bank," after a name. The closing comma may be missing after a name that
 * opens its clause ("…,” Ilse Varga, an analyst at Hollins Bank told …"), not after one in a list or a phrase
 * ("with Joe Hale and Mika Ross, the candidate said …": there the description is the next clause's subject).
 */
function appositionAfter(tokens: readonly Token[], start: number, end: number): string | null {
  if (tokens[end]?.text !== "," || !ARTICLES.has(tokens[end + 1]?.lower ?? "")) return null;
  const words: string[] = [];
  let k = end + 2;
  for (; k < tokens.length && words.length < MAX_ROLE_WORDS; k++) {
    if (isRoleToken(tokens, k) || APPOSITION_LINKS.has(tokens[k]!.lower)) words.push(tokens[k]!.text);
    else break;
  }
  while (words.length > 0 && APPOSITION_LINKS.has(words.at(-1)!.toLowerCase())) words.pop();
  // "a comment by All England Club chairman Tim Phillips, the American said": the word before the name's whole
  // phrase (its titles and their determiner) says whether the name sits inside a phrase.
  let first = start;
  while (first > 0 && start - first < MAX_ROLE_WORDS && phraseWord(tokens, first - 1)) first--;
  const before = tokens[first - 1]?.lower ?? "";
  const closed = tokens[k]?.text === "," || !(PREPOSITIONS.has(before) || CONJUNCTIONS.has(before));
  return words.length > 0 && closed ? words.join(" ") : null;
}

/** "The Tory leader, Michael Howard,": a definite description set before the name with a comma. */
function appositionBefore(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.text !== ",") return null;
  let k = start - 1;
  while (k > 0 && start - 1 - k < MAX_ROLE_WORDS && isRoleToken(tokens, k - 1)) k--;
  const article = tokens[k - 1];
  if (k === start - 1 || !article || !/^(?:the|this)$/.test(article.lower)) return null;
  const before = tokens[k - 2];
  if (before && before.kind === "word" && !APPOSITION_LINKS.has(before.lower)) return null;
  return tokens
    .slice(k, start - 1)
    .map((t) => t.text)
    .join(" ");
}

/**
 * The descriptions an article binds to the name at tokens [start, end): titles written in the name's own
 * capitalised run (`inRunTitle`), role words before it, and appositions either side. Lowercased words each.
 */
export function rolesOf(
  tokens: readonly Token[],
  start: number,
  end: number,
  inRunTitle: string,
): string[][] {
  const before = titleBefore(tokens, start);
  const title = [before, inRunTitle].filter(Boolean).join(" ");
  return [title, appositionAfter(tokens, start, end), appositionBefore(tokens, start)]
    .filter((r): r is string => Boolean(r))
    .map(roleWords);
}

/** Whether a role ("deputy prime minister") is the description ("prime minister") and not a qualified form of it. */
function holds(role: readonly string[], described: readonly string[]): boolean {
  const offset = role.length - described.length;
  if (described.length === 0 || offset < 0) return false;
  if (!described.every((w, i) => role[offset + i] === w)) return false;
  const before = role[offset - 1] ?? "";
  return !QUALIFIERS.has(before) && !/^\d+$/.test(before);
}

/** People by the last word of each role the article binds to them, in article order. */
export type RoleIndex<P> = ReadonlyMap<string, readonly P[]>;

/**
 * Built once per article, so a description is compared only with the people holding a role with its head word
 * ("minister"), not with every person named: that keeps a long article's cost linear.
 */
export function indexRoles<P extends { roles: readonly string[][] }>(people: readonly P[]): RoleIndex<P> {
  const index = new Map<string, P[]>();
  for (const person of people) {
    for (const role of person.roles) {
      const head = role.at(-1);
      if (!head) continue;
      const holders = index.get(head) ?? [];
      if (holders.length === 0) index.set(head, holders);
      if (holders.at(-1) !== person) holders.push(person);
    }
  }
  return index;
}

/**
 * The one person the article binds this description to, or null when it binds it to no one or to more than one
 * person (people whose names are forms of one name count once).
 */
export function describedPerson<P extends Mention & { roles: readonly string[][] }>(
  description: Pick<Mention, "text">,
  roles: RoleIndex<P>,
): P | null {
  const words = roleWords(description.text);
  // "a spokesman" or "a longtime adviser" may be any of several; "an analyst at Hollins Bank" says which one.
  if (/^an?$/.test(words[0] ?? "") && !words.some((w) => APPOSITION_LINKS.has(w))) return null;
  let fullest: P | null = null;
  for (const person of holdersOf(description, roles)) {
    if (fullest && !compatibleNames(fullest.name, person.name)) return null;
    if (!fullest || person.name.split(/\s+/).length > fullest.name.split(/\s+/).length) fullest = person;
  }
  return fullest;
}

/** Everyone the article binds this description to, in article order (a person once per mention holding it). */
export function holdersOf<P extends { roles: readonly string[][] }>(
  description: Pick<Mention, "text">,
  roles: RoleIndex<P>,
): P[] {
  const words = roleWords(description.text);
  const described = ARTICLES.has(words[0] ?? "") ? words.slice(1) : words;
  const candidates = roles.get(described.at(-1) ?? "") ?? [];
  return candidates.filter((p) => p.roles.some((role) => holds(role, described)));
}
