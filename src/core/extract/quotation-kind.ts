/**
 * Tells somebody's words from quotation marks that do other work: a slogan or motto ("the campaign slogan
 * “Britain Works”"), the title of a book, film or programme, and a word held up in scare quotes and used as a
 * noun ("“Forward” is printed in italics"). Judged from the words around the marks alone, with signals precise
 * enough to leave partial quotations ("he called the plan “reckless”") alone.
 */
import type { QuoteSpan } from "./quote-marks.js";

/** Words that announce the quoted text as a label, up to three words before it ("the slogan would be “…”"). */
const LABEL_NOUNS = new Set([
  "slogan",
  "slogans",
  "motto",
  "mottos",
  "catchphrase",
  "tagline",
  "strapline",
  "watchword",
  "headline",
  "headlined",
]);

/**
 * Words that make a label only right before the marks ("a service called “Otoku”"), not further back: "he
 * called the plan “reckless”" quotes him.
 */
const LABEL_JUST_BEFORE = new Set([
  "called",
  "named",
  "termed",
  "entitled",
  "titled",
  "dubbed",
  "nicknamed",
  "so-called",
  "term",
  "phrase",
  "as-known",
]);

const NAMING_NOUNS = new Set(["term", "phrase"]);
const DETERMINERS = new Set(["the", "a", "this", "that", "very", "new"]);
/** Characters after which a new sentence (or paragraph) starts, or a quotation closes. */
const SENTENCE_BOUNDARY = '.!?\n"“”';

/** Kinds of work whose name follows them in quotation marks ("his album “Quiet Rooms”"). */
const TITLE_NOUNS = new Set([
  "book",
  "novel",
  "memoir",
  "film",
  "movie",
  "album",
  "single",
  "song",
  "track",
  "play",
  "musical",
  "opera",
  "programme",
  "program",
  "show",
  "series",
  "sitcom",
  "documentary",
  "exhibition",
  "poem",
  "painting",
  "campaign",
]);

/** A slogan or title is short; a longer stretch after "slogan" is somebody explaining one. */
const MAX_LABEL_WORDS = 12;
/** Beyond this a quoted name of a work is more likely a partial quotation. */
const MAX_TITLE_WORDS = 8;
/** A scare-quoted term is a word or two. */
const MAX_TERM_WORDS = 2;

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as|not|no|but)$/i;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Up to `count` lowercased words just before `at`, within its sentence, nearest last. */
function wordsBefore(body: string, at: number, count: number): string[] {
  const window = body.slice(Math.max(0, at - 80), at);
  const sentenceStart = Math.max(...[...SENTENCE_BOUNDARY].map((c) => window.lastIndexOf(c))) + 1;
  const words = window
    .slice(sentenceStart)
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, ""))
    .filter((w) => w !== "");
  if (words.at(-1) === "known" || words.at(-2) === "known") words.push("as-known");
  // "the term “…”", "the very phrase “…”"; not "a longer term “…”" (a stretch of time).
  if (NAMING_NOUNS.has(words.at(-1) ?? "") && !DETERMINERS.has(words.at(-2) ?? "")) words.pop();
  return words.slice(-count);
}

/** Whether the quotation opens its sentence: nothing before it but a sentence end or the paragraph start. */
function opensSentence(body: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (body[before] === " " || body[before] === "\t")) before--;
  return before < 0 || SENTENCE_BOUNDARY.includes(body[before]!);
}

/** The first word after the closing mark, within the paragraph, or "" when punctuation comes first. */
function wordAfter(body: string, at: number): string {
  return /^[ \t]*([\p{L}][\p{L}'’-]*)/u.exec(body.slice(at, at + 40))?.[1] ?? "";
}

/** Every content word capitalised, as a name of a work is: "Quiet Rooms", "The Long Way Home". */
function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w, i) => i === 0 || !SMALL_WORDS.test(w));
  return content.length > 0 && content.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
}

function endsLikeSpeech(text: string): boolean {
  return /[.!?,;:…]$/.test(text);
}

/** Naming verbs that, with a speaker as their subject, quote the speaker's words. */
const SPEAKING_NAMERS = new Set(["called", "dubbed", "termed"]);
const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i|you)$/i;

/**
 * "what he called “an evil act”", "Mitt Romney called “our first foe”": a person or he/she naming something
 * speaks, where "a website called “…”" or "the so called “…”" gives a thing its name.
 */
export function namedBySpeaker(body: string, at: number): boolean {
  // "Mitt Romney, called": a name may close an aside.
  const found = /([\p{L}.'’-]+)(,?)[ \t]+(\p{L}+)[ \t]*$/u.exec(body.slice(Math.max(0, at - 60), at));
  if (!found || !SPEAKING_NAMERS.has(found[3]!.toLowerCase())) return false;
  const subject = found[1]!;
  const name = /^\p{Lu}\p{Ll}/u.test(subject) && !DETERMINERS.has(subject.toLowerCase());
  return name || (SUBJECT_PRONOUNS.test(subject) && found[2] === "");
}

/** "…the election slogan “Britain Works”", "the motto is “…”", "a scheme dubbed “Otoku”". */
function isLabel(body: string, span: QuoteSpan, words: readonly string[]): boolean {
  if (words.length > MAX_LABEL_WORDS) return false;
  const before = wordsBefore(body, span.open, 3);
  if (before.some((w) => LABEL_NOUNS.has(w))) return true;
  // "…asked him to be named: “Nobody…”" introduces words; "a service called “Otoku”" names a thing.
  const touching = /\p{L}[ \t]*$/u.test(body.slice(Math.max(0, span.open - 4), span.open));
  return touching && LABEL_JUST_BEFORE.has(before.at(-1) ?? "") && !namedBySpeaker(body, span.open);
}

/** "…her new album “Quiet Rooms” went straight…". */
function isTitle(body: string, span: QuoteSpan, text: string, words: readonly string[]): boolean {
  if (words.length > MAX_TITLE_WORDS || endsLikeSpeech(text) || !isTitleCase(words)) return false;
  return TITLE_NOUNS.has(wordsBefore(body, span.open, 1)[0] ?? "");
}

/** "“Forward” is set in italics": a term in quotation marks, the subject of the narrator's own sentence. */
function isTerm(body: string, span: QuoteSpan, text: string, words: readonly string[], place: QuotePlace) {
  if (place.attributed || !place.sentenceInitial || !opensSentence(body, span.open)) return false;
  if (words.length > MAX_TERM_WORDS || endsLikeSpeech(text)) return false;
  if (body[span.closeEnd] === "," || span.continued || span.runsOn) return false;
  const next = wordAfter(body, span.closeEnd);
  return /^\p{Ll}/u.test(next);
}

/** Where the quotation stands in its sentence. */
export interface QuotePlace {
  /** The sentence names who speaks or has a reporting verb. */
  attributed: boolean;
  /** Nothing but a conjunction comes before the quotation in its sentence. */
  sentenceInitial: boolean;
}

/** Whether the quotation marks at `span` enclose a slogan, a title or a scare-quoted term, not somebody's words. */
export function isNotAQuotation(body: string, span: QuoteSpan, place: QuotePlace): boolean {
  const text = body.slice(span.start, span.end);
  const words = wordsOf(text);
  return (
    isLabel(body, span, words) || isTitle(body, span, text, words) || isTerm(body, span, text, words, place)
  );
}
