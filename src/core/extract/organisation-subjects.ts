/**
 * Organisations that open a sentence as its subject ("The British Chambers of Commerce welcomed …", "The CBI
 * warned …"): what a following `"…," it said` refers to.
 */

import { DETERMINERS } from "./lexicon.js";
import { type Mention, newMention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { remember } from "./remember.js";
import type { Token } from "./tokens.js";
import { isFiniteVerb } from "./word-classes.js";

/** Lowercase words that join the capitalised words of one organisation's name. */
const NAME_JOINERS = new Set(["of", "for", "and", "on"]);

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !previous || previous.kind === "quote" || /^[.!?]$/.test(previous.text);
}

/** The end (exclusive) of a capitalised name run from i, joined by "of", "for", "and", "on". */
function nameRunEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind === "word" && t.cap) j++;
    else if (t.kind === "word" && NAME_JOINERS.has(t.lower) && tokens[j + 1]?.cap) j++;
    else break;
  }
  return j;
}

/** Auxiliaries the lexicon reads as no verb, which open a subject's verb phrase all the same ("Next has said"). */
const AUXILIARIES = new Set(["has", "have", "had", "will", "would"]);

function isVerbAfter(token: Token | undefined): boolean {
  if (token?.kind !== "word" || token.cap) return false;
  return isFiniteVerb(token.lower) || /ed$/.test(token.lower) || AUXILIARIES.has(token.lower);
}

/**
 * What the article writes after a company's name and a person's never: its officers ("Next chief executive Simon
 * Wolfson") and its shares ("Next's shares fell"). Matched right where a name ends.
 */
const COMPANY_MARK =
  /(?:['’]s)?\s+(?:chief\s+executive|chairman|finance\s+director|shares|share\s+price|shareholders)\b/uy;

/** A character a regex's `\b` counts as part of a word. */
const BOUNDARY_WORD_CHAR = /\w/;

/**
 * Where `word` stands in the body with a company's mark after it, starting where a regex's `\b` would let a word
 * start. Found with indexOf rather than a regex made for each word, which would be compiled anew per word.
 */
function companyMarks(word: string, body: string): number[] {
  const found: number[] = [];
  const startsWord = BOUNDARY_WORD_CHAR.test(word[0]!);
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    if (BOUNDARY_WORD_CHAR.test(body[at - 1] ?? "") === startsWord) continue;
    COMPANY_MARK.lastIndex = at + word.length;
    if (COMPANY_MARK.test(body)) found.push(at);
  }
  return found;
}

/**
 * "Next has said …": a company named by a common word, which reads as no name, is one when the article marks it
 * as a company somewhere.
 */
function isCompanyName(word: string, at: number, body: string, marks: Map<string, number[]>): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || DETERMINERS.has(word.toLowerCase())) return false;
  // Each word's marks are found once, so an article is read once per word however often it opens a sentence.
  const found = remember(marks, word, () => companyMarks(word, body));
  // Marked elsewhere: "Its shares were down" is no company's name.
  return found.some((index) => index !== at);
}

export function collectOrganisationSubjects(
  paragraphTokens: readonly (readonly Token[])[],
  body: string,
): Mention[] {
  const found: Mention[] = [];
  const marks = new Map<string, number[]>();
  for (const tokens of paragraphTokens) {
    for (let i = 0; i < tokens.length; i++) {
      if (!opensSentence(tokens, i) || tokens[i]?.kind !== "word" || !tokens[i]!.cap) continue;
      const definite = tokens[i]!.lower === "the";
      const end = nameRunEnd(tokens, definite ? i + 1 : i);
      if (end <= (definite ? i + 1 : i) || !isVerbAfter(tokens[end])) continue;
      const mention = parseNounPhrase(tokens.slice(i, end), body);
      const word = end === i + 1 ? tokens[i]!.text : "";
      if (!mention && !(word && isCompanyName(word, tokens[i]!.start, body, marks))) continue;
      // "The British Chambers of Commerce": a capitalised name after "the" names no person unless it has a title.
      const organisation =
        !mention ||
        mention.kind === "organisation" ||
        (definite && mention.kind === "person" && mention.titles.length === 0);
      if (!organisation) continue;
      const text = body.slice(tokens[i]!.start, tokens[end - 1]!.end);
      const name = text.replace(/^the\s+/i, "");
      const start = mention?.start ?? tokens[i]!.start;
      const to = mention?.end ?? tokens[end - 1]!.end;
      found.push(
        newMention(
          "organisation",
          name,
          text,
          start,
          to,
          null,
          mention?.titles,
          mention?.head,
          mention?.pronoun,
        ),
      );
    }
  }
  return found;
}
