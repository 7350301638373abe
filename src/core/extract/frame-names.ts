/**
 * Names and reporting frames in text without punctuation or capitals ("foreign minister javad zarif announced on
 * twitter", "says chuck hagel a former u s defense secretary", "u s officials who were not authorized … told time
 * that"). Names are anchored on titles and known first names, since capitals are gone.
 */

import { CUE_FORMS, DETERMINERS, PREPOSITIONS, PRONOUNS, TIME_WORDS, TITLE_WORDS } from "./lexicon.js";
import { isKnownFirstName, isLikelyNameWord, isPlaceWord } from "./lexicon-tags.js";
import { isFiniteVerb, isNounHead, isRoleNoun, isVerbForm } from "./word-classes.js";

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A run of words naming a person: titles then the name proper. */
export interface NameSpan {
  from: number;
  /** First word of the name proper, after any titles. */
  nameFrom: number;
  to: number;
}

export type FrameSubject =
  | { kind: "person"; from: number; to: number; name: NameSpan }
  | { kind: "pronoun"; from: number; to: number }
  | { kind: "description"; from: number; to: number };

export interface Frame {
  cue: number;
  subject: FrameSubject;
  /** First word after the frame (after its object and adjuncts). */
  end: number;
  /** First word of the frame. */
  start: number;
  /** Content follows a complementiser: "told time that …" (reported speech). */
  complement: boolean;
  /** "returned to tell reporters …", "adding that …": the words can only follow. */
  forwardOnly: boolean;
  /** "says chuck hagel": the frame follows the words it reports. */
  inverted: boolean;
}

/** Reporting verbs trusted without punctuation; weaker ones ("answer", "conclude") would mislabel narration. */
const FRAME_LEMMAS = new Set(
  `say tell write announce add explain warn claim insist tweet ask reply declare stress emphasize note argue
  acknowledge admit confirm deny predict promise vow urge recall`.split(/\s+/),
);
const NOT_A_NAME = new Set([
  ...PREPOSITIONS,
  ...DETERMINERS,
  ..."and or but who which that s t re ll ve d m don didn doesn couldn wouldn shouldn isn wasn aren hasn haven won".split(
    " ",
  ),
]);
const MEDIA_ADJUNCT = /^(?:on|in|during|at|via|to|from|through|over)$/;
const MEDIA =
  /^(?:twitter|facebook|instagram|cnn|fox|television|tv|radio|statement|interview|tweet|post|video|letter)$/;
const TITLE_PREFIXES = /^(?:u|s|iranian|iraqi|american|former|then|joint|chiefs|of|staff)$/;

export function splitWords(body: string): Word[] {
  return [...body.matchAll(/\S+/g)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Title words that only qualify the title after them: "foreign minister", "defense secretary". */
const TITLE_MODIFIERS: Record<string, RegExp> = {
  foreign: /^(?:minister|secretary)$/,
  prime: /^minister$/,
  defense: /^(?:secretary|minister)$/,
  defence: /^(?:secretary|minister)$/,
  interior: /^minister$/,
  finance: /^minister$/,
  supreme: /^(?:leader|commander)$/,
  vice: /^(?:president|chairman|admiral|premier)$/,
  state: /^(?:secretary|senator|sen|rep)$/,
};

function isTitle(word: string | undefined, next?: string): boolean {
  if (word === undefined || !TITLE_WORDS.has(word)) return false;
  const modifies = TITLE_MODIFIERS[word];
  return !modifies || (next !== undefined && modifies.test(next));
}

function isNamePart(word: string | undefined): boolean {
  if (!word || NOT_A_NAME.has(word) || TIME_WORDS.has(word) || CUE_FORMS.has(word) || PRONOUNS.has(word))
    return false;
  if (isTitle(word) || isPlaceWord(word) || /\d/.test(word) || word.length < 2) return false;
  return isKnownFirstName(word) || isLikelyNameWord(word);
}

/** "ellen park", "gordon brown": after a first name, a common word may still be the surname. */
function isSurnameAfterFirstName(words: readonly Word[], nameFrom: number, i: number): boolean {
  const word = words[i]?.text;
  if (i !== nameFrom + 1 || !word || !isKnownFirstName(words[nameFrom]!.text)) return false;
  if (NOT_A_NAME.has(word) || CUE_FORMS.has(word) || PRONOUNS.has(word) || TIME_WORDS.has(word)) return false;
  return !isFiniteVerb(word) && word.length > 1;
}

/** Names anchored on a title ("gen mark milley") or a known first name ("james clapper"). */
export function findNames(words: readonly Word[]): NameSpan[] {
  const names: NameSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    let from = i;
    while (isTitle(words[i]?.text, words[i + 1]?.text)) i++;
    const titled = i > from;
    if (!titled && !isKnownFirstName(words[i]?.text ?? "")) {
      i = from;
      continue;
    }
    const nameFrom = i;
    while (
      i < words.length &&
      i - nameFrom < 3 &&
      (isNamePart(words[i]?.text) || isSurnameAfterFirstName(words, nameFrom, i))
    )
      i++;
    const length = i - nameFrom;
    if (length >= 2 || (titled && length === 1)) {
      while (
        from > 0 &&
        TITLE_PREFIXES.test(words[from - 1]!.text) &&
        isTitle(words[from]?.text, words[from + 1]?.text)
      )
        from--;
      while (from > 0 && isRoleNoun(words[from - 1]!.text)) from--;
      names.push({ from, nameFrom, to: i });
      i--;
    } else i = from;
  }
  return names;
}

/** The article's names looked up by where they start and end, so finding frames stays linear in its length. */
class NameLookup {
  private readonly byFrom = new Map<number, NameSpan>();
  private readonly byTo = new Map<number, NameSpan>();
  /** Last words of names given in full ("clapper" of "james clapper"). */
  readonly surnames = new Set<string>();

  constructor(words: readonly Word[], names: readonly NameSpan[]) {
    for (const n of names) {
      if (!this.byFrom.has(n.from)) this.byFrom.set(n.from, n);
      if (!this.byTo.has(n.to)) this.byTo.set(n.to, n);
      if (n.to - n.nameFrom >= 2) this.surnames.add(words[n.to - 1]!.text);
    }
  }

  startingAt(from: number): NameSpan | undefined {
    return this.byFrom.get(from);
  }

  endingAt(to: number): NameSpan | undefined {
    return this.byTo.get(to);
  }
}

function nameEndingAt(names: NameLookup, end: number): NameSpan | undefined {
  return names.endingAt(end);
}

/** The frame's subject before the cue: pronoun, name (maybe with an appositive), relative clause or description. */
function subjectBefore(words: readonly Word[], names: NameLookup, cue: number): FrameSubject | null {
  const before = words[cue - 1]?.text;
  if (before === undefined) return null;
  if (before === "he" || before === "she" || before === "they")
    return { kind: "pronoun", from: cue - 1, to: cue };
  if (before === "to") {
    // "milley made a phone call and returned to tell reporters": the name that last did something.
    for (let k = cue - 2; k > cue - 14 && k >= 0; k--) {
      const named = nameEndingAt(names, k + 1) ?? knownSurname(words, names, k);
      if (named) return { kind: "person", from: named.from, to: named.to, name: named };
    }
    return null;
  }
  const direct = nameEndingAt(names, cue);
  if (direct) return { kind: "person", from: direct.from, to: direct.to, name: direct };
  for (let k = cue - 1; k >= Math.max(0, cue - 14); k--) {
    if (words[k]?.text === "who") return describedSubject(words, names, k);
  }
  // "james clapper a former director of national intelligence said": a name, then its appositive.
  for (let k = cue - 1; k >= Math.max(0, cue - 10); k--) {
    const w = words[k]!.text;
    if (isVerbForm(w) || /ed$/.test(w)) break;
    const apposed = (w === "a" || w === "an" || w === "the") && nameEndingAt(names, k);
    if (apposed) return { kind: "person", from: apposed.from, to: apposed.to, name: apposed };
  }
  return describedSubject(words, names, cue);
}

/** "a senior u s official", "u s officials", "the pair", or a known surname alone ("mahdi said"), ending at `end`. */
function describedSubject(words: readonly Word[], names: NameLookup, end: number): FrameSubject | null {
  const head = words[end - 1]?.text ?? "";
  const named = nameEndingAt(names, end);
  if (named) return { kind: "person", from: named.from, to: named.to, name: named };
  const agent =
    /^(?:officials?|spokesman|spokeswoman|spokesperson|aides?|sources?|pair|administration|pentagon)$/.test(
      head,
    );
  if (agent || (isNounHead(head) && !isKnownFirstName(head) && /s$/.test(head))) {
    let from = end - 1;
    while (from > 0 && end - from < 7 && MODIFIERS.test(words[from - 1]!.text)) from--;
    while (words[from]?.text === "and" && from < end - 1) from++;
    if (from > 0 && DETERMINERS.has(words[from - 1]!.text)) from--;
    return { kind: "description", from, to: end };
  }
  const surname = knownSurname(words, names, end - 1);
  return surname ? { kind: "person", from: surname.from, to: surname.to, name: surname } : null;
}

/** The word at k as a name on its own, when the article gives it elsewhere as the last word of a full name. */
function knownSurname(words: readonly Word[], names: NameLookup, k: number): NameSpan | undefined {
  const word = words[k]?.text;
  return word !== undefined && names.surnames.has(word) ? { from: k, nameFrom: k, to: k + 1 } : undefined;
}

const MODIFIERS =
  /^(?:u|s|senior|top|administration|defense|military|intelligence|allied|and|state|department|pentagon|white|house|iranian|iraqi|american)$/;

function subjectAfter(names: NameLookup, cue: number): FrameSubject | null {
  const name = names.startingAt(cue + 1);
  return name ? { kind: "person", from: name.from, to: name.to, name } : null;
}

/** Skips the object and adjuncts after a cue: "told time tuesday night", "announced on twitter", "that". */
function frameEnd(words: readonly Word[], cue: number, lemma: string): { end: number; complement: boolean } {
  let i = cue + 1;
  if (lemma === "tell" && words[i]) i += DETERMINERS.has(words[i]!.text) ? 2 : 1;
  for (;;) {
    const w = words[i]?.text;
    if (w === undefined) break;
    if (TIME_WORDS.has(w)) i++;
    else if (/^(?:on|late|early|this|last)$/.test(w) && TIME_WORDS.has(words[i + 1]?.text ?? "")) i += 2;
    else if (MEDIA_ADJUNCT.test(w) && MEDIA.test(words[i + 1]?.text ?? "")) i += 2;
    else if (
      MEDIA_ADJUNCT.test(w) &&
      /^(?:a|an|the)$/.test(words[i + 1]?.text ?? "") &&
      MEDIA.test(words[i + 2]?.text ?? "")
    )
      i += 3;
    else break;
  }
  const next = words[i + 1]?.text ?? "";
  const demonstrative = /^(?:is|was|s)$/.test(words[i + 2]?.text ?? "") && !SUBJECTS.test(next);
  const that = words[i]?.text === "that" && !demonstrative && !isVerbForm(next);
  return { end: that ? i + 1 : i, complement: that };
}

const SUBJECTS = /^(?:the|a|an|no|it|he|she|they|we|i|there|all|some|his|her|its|their)$/;

/** Every reporting frame in the text, in order. */
export function findFrames(words: readonly Word[], nameSpans: readonly NameSpan[]): Frame[] {
  const names = new NameLookup(words, nameSpans);
  const frames: Frame[] = [];
  for (let cue = 0; cue < words.length; cue++) {
    const lemma = CUE_FORMS.get(words[cue]!.text);
    if (!lemma || !FRAME_LEMMAS.has(lemma)) continue;
    if (/^(?:goodbye|hello|thanks|yes|no|to)$/.test(words[cue + 1]?.text ?? "")) continue;
    if ([1, 2, 3].some((d) => /^(?:which|that)$/.test(words[cue - d]?.text ?? ""))) continue;
    const participle = /ing$/.test(words[cue]!.text);
    const inverted = subjectAfter(names, cue);
    const subject = participle ? null : (inverted ?? subjectBefore(words, names, cue));
    const previous = frames.at(-1);
    const subjectOrInherited = subject ?? (participle && previous ? previous.subject : null);
    if (!subjectOrInherited) continue;
    const after = inverted ? { end: inverted.to, complement: false } : frameEnd(words, cue, lemma);
    frames.push({
      cue,
      subject: subjectOrInherited,
      start: subject && !inverted ? subject.from : cue,
      end: after.end,
      complement: after.complement,
      forwardOnly: participle || words[cue - 1]?.text === "to",
      inverted: inverted !== null,
    });
  }
  return frames;
}
