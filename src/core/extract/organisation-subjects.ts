/**
 * Organisations that open a sentence as its subject ("The British Chambers of Commerce welcomed …", "The CBI
 * warned …"): what a following `"…," it said` refers to.
 */

import { type Mention, parseNounPhrase } from "./mentions.js";
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

function isVerbAfter(token: Token | undefined): boolean {
  if (token?.kind !== "word" || token.cap) return false;
  return isFiniteVerb(token.lower) || /ed$/.test(token.lower);
}

export function collectOrganisationSubjects(
  paragraphTokens: readonly (readonly Token[])[],
  body: string,
): Mention[] {
  const found: Mention[] = [];
  for (const tokens of paragraphTokens) {
    for (let i = 0; i < tokens.length; i++) {
      if (!opensSentence(tokens, i) || tokens[i]?.kind !== "word" || !tokens[i]!.cap) continue;
      const definite = tokens[i]!.lower === "the";
      const end = nameRunEnd(tokens, definite ? i + 1 : i);
      if (end <= (definite ? i + 1 : i) || !isVerbAfter(tokens[end])) continue;
      const mention = parseNounPhrase(tokens.slice(i, end), body);
      if (!mention) continue;
      // "The British Chambers of Commerce": a capitalised name after "the" names no person unless it has a title.
      const organisation =
        mention.kind === "organisation" ||
        (definite && mention.kind === "person" && mention.titles.length === 0);
      if (!organisation) continue;
      const text = body.slice(tokens[i]!.start, tokens[end - 1]!.end);
      found.push({
        ...mention,
        kind: "organisation",
        text,
        name: text.replace(/^the\s+/i, ""),
        gender: null,
      });
    }
  }
  return found;
}
