/**
 * Subject–verb agreement between a reporting-verb form and the noun phrase written right before it. Where they
 * disagree ("more than 1,400 Hartley emails held …", "in many Baltic states", "the head of the Ohio state nurses
 * union") the form is a noun inside a longer phrase, not that phrase's verb.
 */
import { CUE_FORMS, PAST_AS_LEMMA } from "./lexicon.js";
import type { Mention } from "./mention.js";
import type { Token } from "./tokens.js";
import { isCardinal, namesOnePerson } from "./word-classes.js";

/** Determiners that make the phrase they open plural. */
const PLURAL_DETERMINERS = new Set(["many", "several", "few", "both", "these", "those"]);

type GrammaticalNumber = "singular" | "plural" | null;

function numberOf(subject: Mention, tokens: readonly Token[], first: number): GrammaticalNumber {
  const opener = tokens[first]?.lower ?? "";
  if (PLURAL_DETERMINERS.has(opener) || (isCardinal(opener) && !/^(?:one|1)$/.test(opener))) return "plural";
  // "Sanders and Clinton say": a name ending a list speaks with the others.
  const before = tokens[first - 1];
  if (before && /^(?:and|&)$/.test(before.lower || before.text)) return null;
  // "Aides say": a lone capitalised plural may be read as a surname; its number is unknown.
  if (subject.kind === "person") return /^\S+s$/.test(subject.name) ? null : "singular";
  if (subject.kind === "pronoun") {
    if (subject.pronoun === "plural") return "plural";
    return subject.pronoun === "self" ? null : "singular";
  }
  if (subject.kind !== "description") return null; // organisations: "Chelsea say" in British usage
  const head = subject.head ?? "";
  if (/[^s]s$/.test(head)) return "plural";
  return namesOnePerson(head) ? "singular" : null;
}

/** Whether the cue form at `cue` cannot be the verb of `subject`, written right before it. */
export function disagreesWithSubject(tokens: readonly Token[], cue: number, subject: Mention): boolean {
  if (tokens[cue - 1]?.end !== subject.end) return false;
  const form = tokens[cue]?.lower ?? "";
  const lemma = CUE_FORMS.get(form);
  if (lemma === undefined) return false;
  const first = tokens.findIndex((t) => t.start >= subject.start);
  const number = numberOf(subject, tokens, first);
  const thirdSingular = form !== lemma && /[^s]s$/.test(form);
  const bare = form === lemma && !PAST_AS_LEMMA.has(lemma);
  return (number === "plural" && thirdSingular) || (number === "singular" && bare);
}
