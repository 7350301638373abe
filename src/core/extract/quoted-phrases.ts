/**
 * Short quoted phrases inside a sentence: whether one is a label or scare quote rather than somebody's words
 * ("the so-called “reform”"), and whether a Title Case line is a headline reporting speech, whose quoted words are
 * quotations. Works, slogans and headings are told apart in quotation-kind.ts.
 */

import { calledOut } from "./attribution-without-cue.js";
import { CUE_FORMS } from "./lexicon.js";
import { MAX_OBJECT_WORDS, namedBySpeaker, SPEAKING_NAMERS } from "./named-by-speaker.js";
import { doubleMarks, isTitleCase, SMALL_WORDS, wordsOf } from "./quotation-kind.js";
import type { QuoteSpan } from "./quote-span.js";
import type { Token } from "./tokens.js";

/** Words before a quoted phrase that give a name to something rather than quote somebody. */
const LABEL_BEFORE = new Set([
  "so-called",
  "called",
  "dubbed",
  "termed",
  "nicknamed",
  "titled",
  "entitled",
  "named",
]);
/** Fewer words than this in a sentence that reports nobody's words: a scare quote, unless a speaker acts in it. */
const MAX_SCARE_WORDS = 3;

function tokenWord(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t?.kind === "word" ? t.lower : "";
}

/** A headline names its speaker in the first few words, before a colon: "Graham: Trump's ‘…’". */
const HEADLINE_SPEAKER_WORDS = 5;
/** A Title Case headline leaves at most this many content words in lowercase ("…, Needs More Time"). */
const MAX_HEADLINE_LOWERCASE = 2;
/** Cue forms that a capitalised headline more often uses as a name: "Washington Post", "Islamic State". */
const HEADLINE_NAME_WORDS = new Set(["post", "posts", "state", "states", "report", "reports"]);

/** Built once: a regex literal in a function makes a new object each time it runs, and these run per token. */
const LETTER_START = /^\p{L}/u;
const LOWERCASE_LETTER = /\p{Ll}/u;

/**
 * A headline or list heading in Title Case that reports speech ("Graham Calls Plan ‘A Disaster’", "Graham:
 * Trump's ‘…’"): at least three content words outside the quotations, nearly all capitalised, not shouted in
 * capitals throughout, with a reporting verb or a speaker's colon. Without one the quoted words are as often a
 * name (“Republican ‘Unity’ Meeting Scheduled”).
 */
export function isReportingHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  let content = 0;
  let capitalised = 0;
  let lower = false;
  let reports = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ":" && i - from <= HEADLINE_SPEAKER_WORDS) reports = true;
    if (t.kind !== "word" || !LETTER_START.test(t.text) || SMALL_WORDS.test(t.text)) continue;
    content++;
    if (t.cap) capitalised++;
    // Running prose gives itself away within a few words; most sentences stop here.
    else if (content - capitalised > MAX_HEADLINE_LOWERCASE) return false;
    lower ||= LOWERCASE_LETTER.test(t.text);
    reports ||= CUE_FORMS.has(t.lower) && !HEADLINE_NAME_WORDS.has(t.lower);
  }
  return reports && lower && capitalised >= 3 && capitalised >= 0.8 * content;
}

/** Whether a naming verb stands among the few words before the quotation: the cheap test before the full one. */
function namingVerbNear(tokens: readonly Token[], q: number): boolean {
  for (let i = q - 1; i >= Math.max(0, q - 1 - MAX_OBJECT_WORDS); i--)
    if (SPEAKING_NAMERS.has(tokenWord(tokens, i))) return true;
  return false;
}

/** The quotation's surroundings, as the sentence reader sees them. */
export interface PhraseContext {
  tokens: readonly Token[];
  /** Token index of the quotation. */
  q: number;
  /** The sentence is a headline that reports speech (see isReportingHeadline). */
  headline: boolean;
  /** A reporting verb, a colon, an attribution, a verdict verb or a speech noun ("her call for …") frames it. */
  reported: boolean;
  /** The clause's subject is a person or he/she/they, who may be the one quoted. */
  subject: boolean;
  /** A reporting verb before the quotation has a person or he/she/they as its subject. */
  speakerCue: boolean;
  /** A passive naming verb's agent follows the quotation: "has been called “…” by Paul Grant". */
  agent: boolean;
}

/** Words before "as" that make it a label or a list, not a speaker's way of describing: "known as", "such as". */
const AS_LABELS = new Set(["known", "such", "so", "well", "referred"]);

/**
 * A partial quotation that is a label, a title or a scare quote: marked by "so-called"/"titled", a Title Case
 * phrase, or a short phrase in a sentence that reports nobody's words. A headline's quoted words are quotations
 * ("Graham: Trump's ‘Hateful Rhetoric’"), and so is a short lowercase phrase of a clause whose subject is a
 * person ("she called for more “flexibility”", "Trump attacked Romney for being a “failed candidate”"), and so are
 * words called out ("chants of “Open The Gates”").
 */
export function isLabelOrScareQuote(body: string, span: QuoteSpan, context: PhraseContext): boolean {
  const { tokens, q } = context;
  if (calledOut(tokens, q)) return false;
  const before = tokenWord(tokens, q - 1);
  if (LABEL_BEFORE.has(before) && !namedBySpeaker(body, tokens[q]!.start) && !context.agent) return true;
  if (before === "as" && tokenWord(tokens, q - 2) === "known") return true;
  // "She refers to the mayor as “Captain Closure”", "rejected the idea as “ludicrous”": the speaker's words.
  if (before === "as" && context.speakerCue && !AS_LABELS.has(tokenWord(tokens, q - 2))) return false;
  if (context.headline || (namingVerbNear(tokens, q) && namedBySpeaker(body, span.open))) return false;
  const text = body.slice(span.start, span.end);
  const words = wordsOf(text);
  // An ordinal is not a capital: "a “21st Century Fagin”" is somebody's words.
  const titled = isTitleCase(words) && !words.some((w) => /^\p{N}+\p{Ll}/u.test(w));
  if (titled && words.length >= 2 && !/[.!?]$/.test(text)) return true;
  if (context.reported || words.length > MAX_SCARE_WORDS) return false;
  return !(context.subject && !titled && doubleMarks(body, span));
}
