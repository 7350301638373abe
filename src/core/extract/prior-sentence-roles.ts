/**
 * Roles in the sentence before a he/she/they, beside its subject (pronoun-candidates.ts): a reader takes the
 * pronoun to go on with that subject, not with someone the sentence names after it as an object or in a phrase
 * ("Ada Lund thanked her coach, Tom Reid, after the final. She said: …" goes on with Ada Lund).
 */
import { ORG_WORDS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { isAge } from "./named-before.js";
import type { PronounContext } from "./pronoun-candidates.js";
import type { FeatureList } from "./speaker-features.js";
import { isFiniteVerb, namesOnePerson } from "./word-classes.js";

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
 * "The former Wales international added that …", "The 31-year-old said": a sentence whose subject is a definite
 * description of one person, followed by its verb. Such a sentence is about someone, though it names no one.
 */
const DESCRIBED_OPENING =
  /^["“]?(?:(?:And|But|So|Yet|Still|Meanwhile),?\s+)?The\s+((?:[\p{L}\d’'-]+\s+){0,4}?)([\p{Ll}\d][\p{Ll}\d-]*)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** Words between a subject and its verb, or an auxiliary that is the verb: "has", "also said", "later told". */
const AUXILIARY = /^(?:has|had|have|was|is|will|would|could|did|does)$/;
const ADVERB = /^(?:also|then|later|again|still|\p{Ll}+ly)$/u;

/** A role word that, before a head, makes it a person's role ("the former Scotland international"). */
const PERSON_MODIFIER = /(?:^|\s)(?:former|ex|veteran|retired)\s/u;

interface DescribedSubject {
  head: string;
  end: number;
}

/** The description opening a sentence (from `from`) as its subject, if it names one person. */
function describedSubject(body: string, from: number): DescribedSubject | null {
  const m = DESCRIBED_OPENING.exec(body.slice(from, from + 120));
  if (!m) return null;
  const [, words = "", head = "", next = "", after = ""] = m;
  if (/['’]s?\s/u.test(words)) return null;
  const person =
    isAge(head) || namesOnePerson(head) || (PERSON_MODIFIER.test(` ${words}`) && !ORG_WORDS.has(head));
  const verb = AUXILIARY.test(next) || isFiniteVerb(next) || (ADVERB.test(next) && isFiniteVerb(after));
  if (!person || !verb) return null;
  return { head, end: from + (m.index ?? 0) + m[0].indexOf(` ${next}`, m[0].indexOf(head)) };
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
