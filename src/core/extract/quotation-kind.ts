/**
 * Tells somebody's words from quotation marks that do other work: a slogan or motto ("the campaign slogan
 * “Britain Works”"), the title of a book, film or programme, and a word held up in scare quotes and used as a
 * noun ("“Forward” is printed in italics"). Judged from the words around the marks alone, with signals precise
 * enough to leave partial quotations ("he called the plan “reckless”") alone.
 */

import { words } from "./lexicon.js";
import { isKnownFirstName } from "./lexicon-tags.js";
import { namedBySpeaker, termInUse } from "./named-by-speaker.js";
import type { QuoteSpan } from "./quote-span.js";

/** Words that announce the quoted text as a label, up to three words before it ("the slogan would be “…”"). */
const LABEL_NOUNS = words(
  `slogan slogans motto mottos catchphrase tagline strapline watchword headline headlined`,
);

/**
 * Words that make a label only right before the marks ("a service called “Otoku”"), not further back: "he
 * called the plan “reckless”" quotes him.
 */
const LABEL_JUST_BEFORE = words(
  `called named termed entitled titled dubbed nicknamed so-called term phrase as-known`,
);

const NAMING_NOUNS = new Set(["term", "phrase"]);
const DETERMINERS = new Set(["the", "a", "this", "that", "very", "new"]);
/** Characters after which a new sentence (or paragraph) starts, or a quotation closes. */
const SENTENCE_BOUNDARY = '.!?\n"“”';

/** Kinds of work whose name follows them in quotation marks ("his album “Quiet Rooms”"). */
const TITLE_NOUNS =
  words(`book novel memoir film movie album single song track play musical opera programme program show
  series sitcom documentary exhibition poem painting campaign podcast episode sequel reboot biography
  autobiography column`);

/** A slogan or title is short; a longer stretch after "slogan" is somebody explaining one. */
const MAX_LABEL_WORDS = 12;
/** Beyond this a quoted name of a work is more likely a partial quotation. */
const MAX_TITLE_WORDS = 8;
/** A scare-quoted term is a word or two. */
const MAX_TERM_WORDS = 2;

export const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as|not|no|but)$/i;

export function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const words: string[] = [];
  // Matched in place rather than through matchAll, which copies the pattern and makes an iterator per call: every
  // quotation of a corpus is read here.
  NON_SPACE.lastIndex = 0;
  for (let match = NON_SPACE.exec(text); match; match = NON_SPACE.exec(text)) {
    if (words.length >= limit) break;
    if (HAS_LETTER_OR_FIGURE.test(match[0])) words.push(match[0]);
  }
  return words;
}

const NON_SPACE = /\S+/g;
const HAS_LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;

/** Up to `count` lowercased words just before `at`, within its sentence, nearest last. */
function wordsBefore(body: string, at: number, count: number): string[] {
  const window = body.slice(Math.max(0, at - 80), at);
  let sentenceStart = 0;
  for (const c of SENTENCE_BOUNDARY) sentenceStart = Math.max(sentenceStart, window.lastIndexOf(c) + 1);
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
export function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w, i) => i === 0 || !SMALL_WORDS.test(w));
  return content.length > 0 && content.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
}

function endsLikeSpeech(text: string): boolean {
  return /[.!?,;:…]$/.test(text);
}

/** "…the election slogan “Britain Works”", "the motto is “…”", "a scheme dubbed “Otoku”". */
function isLabel(body: string, span: QuoteSpan, words: readonly string[]): boolean {
  if (words.length > MAX_LABEL_WORDS) return false;
  const before = wordsBefore(body, span.open, 4);
  if (before.slice(-3).some((w) => LABEL_NOUNS.has(w))) return true;
  if (NAMING_NOUNS.has(before.at(-1) ?? "") && termInUse(before)) return false;
  // "…asked him to be named: “Nobody…”" introduces words; "a service called “Otoku”" names a thing.
  const touching = /\p{L}[ \t]*$/u.test(body.slice(Math.max(0, span.open - 4), span.open));
  return touching && LABEL_JUST_BEFORE.has(before.at(-1) ?? "") && !namedBySpeaker(body, span.open);
}

/** Who is known by a work: "the author of “…”", "a co-host of “…”". */
const MAKERS_OF = new Set([
  "author",
  "co-author",
  "editor",
  "co-editor",
  "host",
  "co-host",
  "star",
  "creator",
]);
/** A name of a work right before these is its title: "“The Long Bend” star Ann Moss". */
const AFTER_TITLE = new Set(["star", "stars", "actor", "actress", "host", "creator", "co-star", "alum"]);
/** How far after a title its kind may be named: "“Quiet Rooms,” an album of ballads". */
const KIND_AFTER_WORDS = 4;

/** "CBS's “…”", "NBC’ “…”": a broadcaster's or author's possessive right before the mark. */
function afterProperPossessive(body: string, at: number): boolean {
  return /(?:^|\s)\p{Lu}[\p{L}.&-]*(?:['’]s|s['’])[ \t]*$/u.test(body.slice(Math.max(0, at - 40), at));
}

/** ", a 1960s series that …", ", an HBO series": the kind of work named just after the quotation. */
function kindNamedAfter(body: string, at: number): boolean {
  const after = /^,?[ \t]+(?:(?:--|—|–)[ \t]+)?(?:a|an|the)[ \t]+([^.;:!?\n"“”]{0,60})/i.exec(
    body.slice(at, at + 80),
  );
  if (!after) return false;
  const words = after[1]!
    .toLowerCase()
    .split(/[\s,]+/)
    .slice(0, KIND_AFTER_WORDS);
  return words.some((w) => TITLE_NOUNS.has(w));
}

/**
 * "…her new album “Quiet Rooms” went straight…", "she said on BBC's “Morning Desk.”", "the author of “Tidewater,”",
 * "“Harbour Lights” star Ann Moss": a name of a work, by the words around it. A comma or full stop inside the
 * closing mark is punctuation of the sentence, not of the name.
 */
function isTitle(body: string, span: QuoteSpan, text: string, words: readonly string[], place: QuotePlace) {
  if (place.headline) return false;
  // "Backfire: The Battle for …": a subtitle after the colon does not make the name speech.
  const name = text.includes(":") ? wordsOf(text.split(":")[0]!, MAX_TITLE_WORDS + 1) : words;
  if (name.length > MAX_TITLE_WORDS || !isTitleCase(name)) return false;
  const before = wordsBefore(body, span.open, 3);
  const kind = TITLE_NOUNS.has(before.at(-1) ?? "") || kindNamedAfter(body, span.closeEnd);
  // A name ending in "!" or "?" is a title only where its kind is named: "the film “Run, Tessa, Run!”".
  if (kind) return true;
  if (/[!?;:…]$/.test(text)) return false;
  if (before.at(-1) === "of" && MAKERS_OF.has(before.at(-2) ?? "")) return true;
  if (before.at(-1) === "on" || afterProperPossessive(body, span.open) || addressed(body, span.open))
    return true;
  return AFTER_TITLE.has(wordAfter(body, span.closeEnd).toLowerCase());
}

/** "Ferris told “Morning Desk” that …": the programme (or paper) spoken to, right after a form of "tell". */
function addressed(body: string, at: number): boolean {
  return /(?:^|\s)(?:tell|tells|told|telling)[ \t]*$/.test(body.slice(Math.max(0, at - 12), at));
}

/** The longest headline or title a credit ("…,” by Ann Moss") follows. */
const MAX_CREDITED_WORDS = 20;

/** "“Rivers Rising,” by Ann Moss": a work, or a headline, credited to its author. */
function isCredited(body: string, span: QuoteSpan, words: readonly string[]): boolean {
  // A lowercase fragment before "by" is a passive's object: "the “ugliness of his remarks,” by the mayor".
  if (words.length > MAX_CREDITED_WORDS || !/^[^\p{L}]*\p{Lu}/u.test(words[0] ?? "")) return false;
  const after = body.slice(span.closeEnd, span.closeEnd + 30);
  const comma = body[span.end] === "," || after.startsWith(",");
  return comma && /^,?[ \t]+by[ \t]+\p{Lu}/u.test(after);
}

/** "Gov. C.L. “Butch” Otter", "Jimmy “the Whirlwind” White": a nickname inside a person's name. */
function isNickname(body: string, span: QuoteSpan, words: readonly string[], place: QuotePlace): boolean {
  if (place.headline || words.length > MAX_TERM_WORDS) return false;
  const first = /(?:^|\s)([\p{Lu}][\p{L}.'’-]*)[ \t]$/u.exec(
    body.slice(Math.max(0, span.open - 30), span.open),
  )?.[1];
  if (!first || !(isKnownFirstName(first) || /^(?:\p{Lu}\.)+$/u.test(first))) return false;
  return /^[ \t]+\p{Lu}\p{Ll}/u.test(body.slice(span.closeEnd, span.closeEnd + 4));
}

/**
 * "“Forward” is set in italics", "“Harbour of Ghosts” is a stage play": a term or a name in quotation marks, the
 * subject of the narrator's own sentence.
 */
function isTerm(body: string, span: QuoteSpan, text: string, words: readonly string[], place: QuotePlace) {
  if (place.attributed || !place.sentenceInitial || !opensSentence(body, span.open)) return false;
  const name = words.length <= MAX_TITLE_WORDS && isTitleCase(words);
  if ((words.length > MAX_TERM_WORDS && !name) || endsLikeSpeech(text)) return false;
  if (body[span.closeEnd] === "," || span.continued || span.runsOn) return false;
  const next = wordAfter(body, span.closeEnd);
  return /^\p{Ll}/u.test(next);
}

/**
 * "'A long winter at the yard.'" or "“SAVE OUR DEPOT”" as a paragraph of its own: a section heading, in single
 * marks where the article quotes in double ones, or in capitals throughout. Pulled from the section it heads, it
 * has no speaker of its own.
 */
function isSectionHeading(body: string, span: QuoteSpan, text: string, place: QuotePlace): boolean {
  if (!place.heading) return false;
  const shouted = !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
  // "“Related:”" over a list of links: a label for what follows.
  const label = text.endsWith(":") && wordsOf(text, MAX_TERM_WORDS + 1).length <= MAX_TERM_WORDS;
  return shouted || label || (place.doubleMarked && !doubleMarks(body, span));
}

/** "push the button for “R” or “D”": a single letter or figure is a symbol named, not words. */
function isSymbol(text: string): boolean {
  // Stops at a second letter or figure rather than collecting every one of a long quotation.
  LETTER_OR_FIGURE.lastIndex = 0;
  return !(LETTER_OR_FIGURE.test(text) && LETTER_OR_FIGURE.test(text));
}

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/gu;

/** Where the quotation stands in its sentence. */
export interface QuotePlace {
  /** The sentence names who speaks or has a reporting verb. */
  attributed: boolean;
  /** Nothing but a conjunction comes before the quotation in its sentence. */
  sentenceInitial: boolean;
  /** The sentence is a headline that reports speech (see isReportingHeadline). */
  headline: boolean;
  /** The quotation is its paragraph, and that paragraph is not the article's first (its headline). */
  heading: boolean;
  /** The article quotes in double marks somewhere. */
  doubleMarked: boolean;
  /** A passive naming verb's agent follows: "has been called “…” by Paul Grant" gives Grant's words. */
  byAgent: boolean;
}

/** Whether the quotation marks at `span` enclose a slogan, a title or a scare-quoted term, not somebody's words. */
export function isNotAQuotation(body: string, span: QuoteSpan, place: QuotePlace): boolean {
  const text = body.slice(span.start, span.end);
  // Every test below asks only whether a quotation has more than a few words: a long one is not read to its end.
  const words = wordsOf(text, MAX_CREDITED_WORDS + 1);
  return (
    isSymbol(text) ||
    isSectionHeading(body, span, text, place) ||
    (!place.byAgent && isLabel(body, span, words)) ||
    isTitle(body, span, text, words, place) ||
    isCredited(body, span, words) ||
    isNickname(body, span, words, place) ||
    isTerm(body, span, text, words, place)
  );
}

/** Double quotation marks (“…”, "…", ''…''); single ones in running text mark headlines and nested words. */
export function doubleMarks(body: string, span: QuoteSpan): boolean {
  return !/^[‘'’](?!')/.test(body.slice(span.open, span.open + 2));
}
