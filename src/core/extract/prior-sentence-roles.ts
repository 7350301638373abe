/**
 * Roles in the sentence before a he/she/they, beside its subject (pronoun-candidates.ts): a reader takes the
 * pronoun to go on with that subject, not with someone the sentence names after it as an object or in a phrase
 * ("Ada Lund thanked her coach, Tom Reid, after the final. She said: …" goes on with Ada Lund).
 */
import { ORG_WORDS } from "./lexicon.js";
import { tagsOf } from "./lexicon-tags.js";
import type { Mention } from "./mention.js";
import { isAge } from "./named-before.js";
import type { PronounContext } from "./pronoun-candidates.js";
import type { FeatureList } from "./speaker-features.js";
import { isFiniteVerb, isVerbLike, namesOnePerson } from "./word-classes.js";

/** "Mayor Tom Harlan's pollster, Dana Whitfield, says …": a possessor is not the subject of its clause. */
export function possessor(body: string, mention: Mention): boolean {
  return (
    /['’]s?$/u.test(body.slice(mention.start, mention.end)) ||
    /^['’]s?\s/u.test(body.slice(mention.end, mention.end + 3))
  );
}

/**
 * Marks the agreeing people named in the prior sentence after its subject (`from`) and before its end (`to`), not
 * as a clause's subject themselves: whom the nearest-name reading of the pronoun tends to pick, and seldom whom it
 * means. `subject`: the subject's own features, never marked.
 */
export function markPriorOthers(ctx: PronounContext, subject: FeatureList, from: number, to: number): void {
  for (const n of ctx.named) {
    const at = n.mention.start;
    if (at < from || at >= to || at >= ctx.pronoun.start || n.mention.subject) continue;
    const f = ctx.featuresOf(n.resolved);
    if (f && f !== subject && ctx.agrees(n.resolved, n.mention)) f.set("pronounPriorOther", 1);
  }
}

/**
 * "The former Wales international added that …", "The 31-year-old said", "But the Tory leader argued": a sentence
 * whose subject is a definite description of one person, followed by its verb. Such a sentence is about someone,
 * though it names no one. Group 1: the words after "the", read one at a time for the head.
 */
const DESCRIBED_OPENING =
  /^["“]?(?:(?:(?:And|But|So|Yet|Still|Meanwhile),?\s+the)|The)\s+((?:[\p{L}\d’'-]+\s+){1,7})/u;

/** Words between a subject and its verb, or an auxiliary that is the verb: "has", "also said", "later told". */
const AUXILIARY = /^(?:has|had|have|was|is|will|would|could|did|does)$/;
const ADVERB = /^(?:also|then|later|again|still|\p{Ll}+ly)$/u;

/** A role word that, before a head, makes it a person's role ("the former Scotland international"). */
const PERSON_MODIFIER = /(?:^|\s)(?:former|ex|veteran|retired)\s/u;

interface DescribedSubject {
  head: string;
  end: number;
}

/**
 * A verb right after a subject: the lexicon's finite forms, and a past tense in -ed it files only as an adjective
 * ("finished", "joined"), which after a subject is its verb.
 */
function isVerbAfterSubject(word: string): boolean {
  if (isFiniteVerb(word)) return true;
  const tags = tagsOf(word);
  return /\p{Ll}{2}ed$/u.test(word) && tags.every((t) => t === "Adjective");
}

function isVerbAt(next: string, after: string): boolean {
  return AUXILIARY.test(next) || isVerbAfterSubject(next) || (ADVERB.test(next) && isVerbAfterSubject(after));
}

/** The description opening a sentence (from `from`) as its subject, if it names one person. */
function describedSubject(body: string, from: number): DescribedSubject | null {
  const m = DESCRIBED_OPENING.exec(body.slice(from, from + 120));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  // "The 29-year-old midfielder finished …": the head is the last word of the phrase, the one a verb follows.
  for (let i = 0; i + 1 < words.length; i++) {
    const head = words[i]!;
    if (/['’]s?$/u.test(head)) return null;
    const next = words[i + 1]!;
    if (!/^[\p{Ll}\d]/u.test(head) || !/^\p{Ll}/u.test(next)) continue;
    if (!isVerbAt(next, words[i + 2] ?? "")) {
      // A verb or preposition inside the phrase ends it: the words after are not its head.
      if (i > 0 && isVerbLike(head)) return null;
      continue;
    }
    const before = ` ${words.slice(0, i).join(" ")} `;
    const person =
      isAge(head) || namesOnePerson(head) || (PERSON_MODIFIER.test(before) && !ORG_WORDS.has(head));
    if (!person) return null;
    const at = m[0].indexOf(` ${next}`, m[0].lastIndexOf(head));
    return { head, end: from + (m.index ?? 0) + at };
  }
  return null;
}

/** The head of a described subject opening a sentence, when no person is named as its subject before it. */
export function describedInstead(body: string, from: number, subjectAt: number | undefined): string | null {
  const described = describedSubject(body, from);
  return described && (subjectAt === undefined || subjectAt >= described.end) ? described.head : null;
}

/**
 * Whether the person a walk back past such a sentence reaches is written with roles, none of them the
 * description's ("Club director Tom Ray" is not "the former international"): then the description is someone else.
 */
export function holdsOtherRole(
  ctx: PronounContext,
  subject: { resolved: { name: string } },
  head: string,
): boolean {
  let roles = 0;
  for (const n of ctx.named) {
    if (n.resolved.name !== subject.resolved.name) continue;
    for (const role of n.mention.roles) {
      if (role.at(-1) === head) return false;
      if (role.length > 0 && namesOnePerson(role.at(-1)!)) roles++;
    }
  }
  return roles > 0;
}

/** Words a sentence's opening subject may have before its name: "Former Rovers goalkeeper", "But Green leader". */
const OPENING_WORDS = 6;

/**
 * Whether the name at `at` opens the sentence starting at `from`, with at most a few words before it and no clause
 * ("The issue came up in the election, where Tom Ray opposed it" is not about Tom Ray).
 */
export function opensSentence(body: string, from: number, at: number): boolean {
  const before = body.slice(from, at);
  return !/[,;:—–]/.test(before) && before.split(/\s+/).filter(Boolean).length <= OPENING_WORDS;
}

/** The pronoun a sentence opens with as its subject ("But she …", "They could …"), lowercased, or null. */
export function openingPronoun(body: string, from: number): string | null {
  const opening = OPENING_PRONOUN.exec(body.slice(from, from + 20));
  return opening ? opening[1]!.toLowerCase() : null;
}

const OPENING_PRONOUN = /^["“]?(?:(?:And|But|So|Then|Later|Still|Yet)\s+)?(He|She|They|It|We|I|You)\b/u;

/**
 * A sentence about the same he/she: "He …", "But she …", or one it speaks in ("And Tony Blair would be in the
 * front line, he said", "Nobody, he claimed, could …"), whose names are what was reported. Such sentences go on
 * with the one before.
 */
export function continuesPronoun(ctx: PronounContext, from: number, to: number): boolean {
  const { body, pronoun } = ctx;
  const word = pronoun.text.toLowerCase();
  if (openingPronoun(body, from) === word) return true;
  return ctx.sources.some(
    (s) =>
      s.mention.kind === "pronoun" &&
      s.mention.start >= from &&
      s.mention.start < to &&
      s.mention.text.toLowerCase() === word &&
      /,\s*$/.test(body.slice(Math.max(from, s.mention.start - 3), s.mention.start)),
  );
}
