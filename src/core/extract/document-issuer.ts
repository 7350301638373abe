/**
 * A document that speaks for whoever issued it: "a Marlow Freight statement said", "the Dunmore survey found" and
 * "Mr Quill's statement said" report the words of Marlow Freight, Dunmore and Mr Quill. The issuer is the
 * capitalised name written before the document noun; a place or nationality ("a German survey") issues nothing
 * and leaves the document as the speaker's description.
 */
import { HONORIFICS, TIME_WORDS } from "./lexicon.js";
import { isKnownFirstName, isPlaceWord } from "./lexicon-tags.js";
import { type Mention, newMention } from "./mention.js";
import { sentenceStarts } from "./quotation-sentence.js";

/** What an organisation or a person issues and a newspaper then quotes as speaking. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "report",
  "survey",
  "study",
  "letter",
  "filing",
  "poll",
  "review",
  "release",
  "minutes",
  "analysis",
  "forecast",
  "submission",
  "document",
]);

/** A document noun, singular or plural ("reports", "studies"). */
export function isDocumentNoun(lower: string): boolean {
  return (
    DOCUMENT_NOUNS.has(lower) ||
    DOCUMENT_NOUNS.has(lower.replace(/ies$/, "y")) ||
    DOCUMENT_NOUNS.has(lower.replace(/s$/, ""))
  );
}

/**
 * After the determiner: the issuer's capitalised words (possessive or not), at most one lowercase word ("annual",
 * "latest", "official") and the document noun.
 */
const ISSUED =
  /^((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,4}?\p{Lu}[\p{L}\p{N}&.-]*?)(?:['’]s?)?\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;

/** Where the issuer's name stands in the description, or null when the description is no issued document. */
export function issuerSpan(mention: Mention): { start: number; end: number; name: string } | null {
  if (mention.kind !== "description") return null;
  const determiner = /^(?:the|an?)\s+/i.exec(mention.text)?.[0] ?? "";
  const match = ISSUED.exec(mention.text.slice(determiner.length));
  const name = match?.[1];
  if (!name || !DOCUMENT_NOUNS.has(match[2] ?? "")) return null;
  // "a German survey", "the February poll": a place or a time, not an issuer.
  const words = name.toLowerCase().split(/\s+/);
  if (words.every((word) => isPlaceWord(word) || TIME_WORDS.has(word))) return null;
  const start = mention.start + determiner.length;
  return { start, end: start + name.length, name };
}

/** "a statement from Lycos Europe", "a release issued by the Harwell Trust": a document and its issuer's name. */
const ISSUED_FROM =
  /\b(\p{Ll}+)\s+(?:(?:issued|sent|published)\s+)?(?:from|by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)/gu;

/** How far back the start of a sentence is looked for. */
const SENTENCE_REACH = 400;

/** Where the sentence holding `at` begins: after the last sentence end or paragraph break before it. */
export function sentenceStart(body: string, at: number): number {
  return sentenceStarts(body, Math.max(0, at - SENTENCE_REACH), at).at(-1) ?? 0;
}

/**
 * "In a statement from Lycos Europe announcing …, the company denied": the organisation that issued a document
 * named earlier in the sentence of `at`, which the sentence's "the company" then stands for — not a person ("a
 * letter from Mr Hale", "a statement by Maria Lopez") nor a place.
 */
export function issuerInSentence(body: string, at: number): Mention | null {
  const from = sentenceStart(body, at);
  let found: Mention | null = null;
  for (const m of body.slice(from, at).matchAll(ISSUED_FROM)) {
    const [, noun = "", name = ""] = m;
    const first = (name.split(/\s+/)[0] ?? "").replace(/\.$/, "");
    if (!DOCUMENT_NOUNS.has(noun) || HONORIFICS.has(first.toLowerCase()) || isKnownFirstName(first)) continue;
    if (!/\s/.test(name) && isPlaceWord(name.toLowerCase())) continue;
    const start = from + m.index + m[0].length - name.length;
    found = newMention("organisation", name, name, start, start + name.length);
  }
  return found;
}
