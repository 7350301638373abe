/**
 * Organisation names that run on across "of" or "for": "the Office for National Statistics", "the Muslim Council of
 * Britain", "the British Chambers of Commerce" are one name each, not "Office", a country or a person.
 */

import { ORG_WORDS, TITLE_WORDS } from "./lexicon.js";
import { isKnownFirstName, isOrganisationWord } from "./lexicon-tags.js";
import { type Mention, newMention } from "./mention.js";
import { bare } from "./name-titles.js";
import { isNameWord } from "./name-words.js";
import type { Token } from "./tokens.js";

/**
 * "the Muslim Council of Britain", "the Ministry of Roads": where an organisation word joins the name run after
 * "of" (isNounPhraseToken keeps that "of" in the phrase), the run starts at the organisation's first word, not at
 * the place or field after "of". A title there ("Secretary of State") names a person and stays apart.
 */
export function organisationNameStart(np: readonly Token[], runStart: number): number {
  const orgWord = np[runStart - 2];
  if (np[runStart - 1]?.lower !== "of" || !orgWord?.cap) return runStart;
  const lower = bare(orgWord.text);
  if (!ORG_WORDS.has(lower) || TITLE_WORDS.has(lower)) return runStart;
  let start = runStart - 2;
  while (start > 0 && np[start - 1]!.cap && isNameWord(np[start - 1], np[start - 2])) start--;
  return start;
}

/**
 * "the Office for National Statistics", "the British Chambers of Commerce": an organisation, or a capitalised
 * name after "the" with no title, joined by a preposition to a capitalised name, is one organisation's name.
 */
export function organisationWithObject(
  head: Mention,
  tokens: readonly Token[],
  split: number,
  body: string,
): Mention | null {
  const object = tokens.slice(split + 1);
  const named = object.filter((t, i) => !(i === 0 && t.lower === "the"));
  if (!/^(?:of|for)$/.test(tokens[split]!.lower) || !tokens[split - 1]!.cap) return null;
  if (named.length === 0 || !named.every((t) => t.cap && isNameWord(t))) return null;
  // "The British Chambers of Commerce" is an organisation; "The Archbishop of Canterbury", "The Duke of Kent"
  // (one word before "of") are a person's role.
  const words = head.name.split(/\s+/);
  const definiteName =
    tokens[0]!.lower === "the" &&
    words.length > 1 &&
    head.kind === "person" &&
    head.titles.length === 0 &&
    !isKnownFirstName(words[0]!);
  // "CBC Chairman Ray Hollis of Ohio": an organisation's name ends in an organisation word before "of".
  const last = bare(tokens[split - 1]!.text);
  const organisationHead = head.kind === "organisation" && (ORG_WORDS.has(last) || isOrganisationWord(last));
  if (!organisationHead && !definiteName) return null;
  const end = tokens[tokens.length - 1]!.end;
  const name = `${head.kind === "organisation" ? head.name : head.text.replace(/^the\s+/i, "")}${body.slice(tokens[split - 1]!.end, end)}`;
  const text = body.slice(tokens[0]!.start, end);
  return newMention("organisation", name, text, head.start, end, null, head.titles, head.head, head.pronoun);
}
