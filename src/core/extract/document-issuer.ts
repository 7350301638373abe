/**
 * A document that speaks for whoever issued it: "a Marlow Freight statement said", "the Dunmore survey found" and
 * "Mr Quill's statement said" report the words of Marlow Freight, Dunmore and Mr Quill. The issuer is the
 * capitalised name written before the document noun; a place or nationality ("a German survey") issues nothing
 * and leaves the document as the speaker's description.
 */
import { isPlaceWord, TIME_WORDS } from "./lexicon.js";
import type { Mention } from "./mentions.js";

/** What an organisation or a person issues and a newspaper then quotes as speaking. */
const DOCUMENT_NOUNS = new Set([
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
