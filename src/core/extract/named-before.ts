/**
 * A report that has just named someone as a sentence's subject goes on to call them by a trait or a role: "When
 * Lleyton Hewitt shook his hand …, the Australian said", "Gordon Brown has issued a rallying cry …. The chancellor
 * said", "“…,” said the 22-year-old". These read who such a description stands for when the article never binds
 * it to a name (describe-person.ts).
 */

import { describedPerson, indexRoles } from "./describe-person.js";
import { TITLE_WORDS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { firstAtOrAfter } from "./organisation-lookback.js";
import type { PersonMention } from "./person-mentions.js";
import { namesOnePerson } from "./word-classes.js";

/** Where a sentence ends, to count the sentences between a description and the person it stands for. */
const SENTENCE_ENDS = /[.!?]["”’']?\s/g;
/** Where one paragraph ends and the next begins. */
const PARAGRAPH_BREAKS = /\n+/g;
/** Quoted words, which hold sentences of their own that are not the report's. */
const QUOTED = /["“][^"“”]*["”]/g;
/** "the 22-year-old", "the 47-year-old director": an age read as a description's head or before it. */
const AGE = /\b(\d{1,3})-year-old\b/;

/**
 * Descriptions of someone other than the person just named: a spokesman, an official or a source speaks for a
 * subject ("Mr Hale said …. The spokesman added"), a paper reports on its subject, and a possessive ties the
 * role to another ("the club's director").
 */
const OTHER_VOICE = /^(?:spokes(?:man|woman|person)|official|source|aide|adviser|advisor|paper|newspaper)$/;

/** "22-year-old": a description's head that is an age. */
export function isAge(head: string): boolean {
  return AGE.test(head);
}

/** A definite description that may stand for the person named just before it, by its head word. */
export function variesAName(text: string, head: string): boolean {
  if (!/^the\s/i.test(text) || /['’]s?\s/u.test(text) || OTHER_VOICE.test(head)) return false;
  // Not "the Florida senator", "the Old Trafford boss": PolNeAR gives such a description as the source itself, and
  // reading it as the person just named lowered the cross-validated named-speaker figure (DESIGN.md §5); only the
  // person a headline names is read so (headlinedSubjectBefore).
  if (/\s\p{Lu}/u.test(text)) return false;
  return isAge(head) || namesOnePerson(head);
}

/**
 * How far back the person may be named: in the description's sentence or the one before and its paragraph (a
 * nationality); the same sentences, quoted words aside, also across the paragraph break (a role: "the chancellor" can
 * open the paragraph after the one that named him); or anywhere in the paragraph and the one before (an
 * age, which BBC sport writes for the player the report is about, however many sentences of the player's own
 * words came between).
 */
export type Reach = "sentence" | "next paragraph" | "paragraph";

/** The nearest person named as a clause's subject before the description, within `reach`. */
export function subjectNamedBefore(
  people: readonly PersonMention[],
  body: string,
  at: number,
  reach: Reach,
): PersonMention | null {
  const acrossParagraphs = reach !== "sentence";
  for (let i = firstAtOrAfter(people, at) - 1; i >= 0; i--) {
    const person = people[i]!;
    const between = body.slice(person.end, at);
    const narration = acrossParagraphs ? between.replace(QUOTED, '""') : between;
    if ((narration.match(PARAGRAPH_BREAKS) ?? []).length > (acrossParagraphs ? 1 : 0)) return null;
    if (reach !== "paragraph" && (narration.match(SENTENCE_ENDS) ?? []).length > 1) return null;
    if (person.subject) return person;
  }
  return null;
}

/**
 * "the 27-year-old" → the one person whose age the article gives as 27 ("27-year-old Joel Ross", "Ross, 27,"),
 * when only one name carries it.
 */
export function personOfAge(
  people: readonly PersonMention[],
  body: string,
  text: string,
): PersonMention | null {
  const age = AGE.exec(text)?.[1];
  if (!age) return null;
  const before = new RegExp(`\\b${age}-year-old\\s+(?:\\p{Ll}+\\s+){0,3}$`, "u");
  const after = new RegExp(`^,\\s*${age}\\b`);
  let found: PersonMention | null = null;
  for (const person of people) {
    const aged =
      before.test(body.slice(Math.max(0, person.start - 40), person.start)) ||
      after.test(body.slice(person.end, person.end + 6)) ||
      new RegExp(`^${age}-year-old\\s`).test(person.text);
    if (!aged) continue;
    if (found && found.name !== person.name) return null;
    found = person;
  }
  return found;
}

/**
 * Whether the subject just named holds an office other than the one the description names, so the words are
 * someone else's: another office of that name ("Deputy Prime Minister Alan Pryce …. the prime minister said"),
 * or, for an office ("the prime minister", "the mayor": one holder the article need not name), any other role
 * ("Home Secretary Owen Brisk …") — a confident wrong name is worse than the description.
 */
export function holdsAnotherOffice(person: PersonMention, mention: Mention, head: string): boolean {
  return person.roles.some((role) =>
    role.at(-1) === head ? !describedPerson(mention, indexRoles([person])) : TITLE_WORDS.has(head),
  );
}

/**
 * "The actor's friend Ann Lowe told …. The actor said": the description names the one whose friend (or agent,
 * brother…) the person is, written as a possessor right before the name, so it stands for someone else.
 */
export function isPossessorOf(person: PersonMention, body: string, head: string): boolean {
  const before = body.slice(Math.max(0, person.start - 60), person.start).toLowerCase();
  return new RegExp(`\\b${head.replace(/[^\p{L}\d-]/gu, "")}['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}$`, "u").test(
    before,
  );
}

/** Reporting verbs that carry on the words of whoever spoke last: "added", "continued". */
const CONTINUING_CUES = new Set(["add", "adds", "added", "continue", "continues", "continued"]);

/** Whether a reporting verb carries on the words of whoever spoke before it. */
export function continuesSpeech(cue: string | null): boolean {
  return CONTINUING_CUES.has(cue?.toLowerCase() ?? "");
}

/**
 * Whether a description may carry on the words of the speaker before it: a definite one for one person ("the Man
 * Utd boss", "the charity's director"), capitalised or possessive words allowed — after a speaker's words, "The
 * Man Utd boss continued" says whose they still are. Not a spokesman, official, source or aide, who speak for
 * the speaker.
 */
export function mayCarryOn(text: string, head: string): boolean {
  return /^the\s/i.test(text) && !OTHER_VOICE.test(head) && namesOnePerson(head);
}

/**
 * The speaker written last before `at`: the nearest reporting verb's subject, in the same paragraph or the one
 * before (`sources` in any order).
 */
export function speakerBefore(sources: readonly Mention[], body: string, at: number): Mention | null {
  let nearest: Mention | null = null;
  for (const source of sources) {
    if (source.start < at && (!nearest || source.start > nearest.start)) nearest = source;
  }
  if (!nearest) return null;
  const breaks = body.slice(nearest.end, at).match(PARAGRAPH_BREAKS) ?? [];
  return breaks.length <= 1 ? nearest : null;
}

/**
 * "Ferguson hails Man Utd's resolve ¶ Manchester United's Alex Ferguson has praised … ¶ “…,” said the Old Trafford
 * boss": a definite role with a capitalised word stands for the person named just before as a subject when the
 * headline names that person too — the article's subject — and no sentence of the report's own comes between.
 * Other such descriptions stay as written (see variesAName).
 */
export function headlinedSubjectBefore(
  people: readonly PersonMention[],
  body: string,
  mention: Mention,
  head: string,
): PersonMention | null {
  if (!/^the\s/i.test(mention.text) || /['’]s?\s/u.test(mention.text) || OTHER_VOICE.test(head)) return null;
  if (!namesOnePerson(head)) return null;
  const headline = headlineWords(body);
  const sole = PLACE_EPITHET.test(mention.text) ? soleNamedBefore(people, mention.start) : null;
  if (sole && headline.includes(sole.name.split(/\s+/).at(-1) ?? "")) return sole;
  const person = subjectNamedBefore(people, body, mention.start, "next paragraph");
  if (!person || holdsAnotherOffice(person, mention, head)) return null;
  if (anotherSentenceBetween(body, person.end, mention.start)) return null;
  return headline.includes(person.name.split(/\s+/).at(-1) ?? "") ? person : null;
}

function headlineWords(body: string): string[] {
  return body.slice(0, Math.max(0, body.indexOf("\n"))).split(/[^\p{L}'’-]+/u);
}

/**
 * "Campbell lifts lid on feud ¶ Arsenal's Sol Campbell has called …. Past encounters …. “…,” the defender told": a
 * role for one person (lowercase, as variesAName reads it) when the article has so far named only the person its
 * headline names, and named them as a subject — there is no one else for the role to mean, however many sentences
 * came between.
 */
export function headlinedSoleNamed(
  people: readonly PersonMention[],
  body: string,
  mention: Mention,
  head: string,
): PersonMention | null {
  const sole = soleNamedBefore(people, mention.start);
  if (!sole || !headlineWords(body).includes(sole.name.split(/\s+/).at(-1) ?? "")) return null;
  // Named as a clause's subject somewhere before: the report is about them, not about what they are the object of
  // ("The poster shows Mr Hale …, saying").
  const before = people.slice(0, firstAtOrAfter(people, mention.start));
  if (!before.some((p) => p.subject)) return null;
  return holdsAnotherOffice(sole, mention, head) ? null : sole;
}

/** "the Waterford man", "the Leeds-born woman": a person called by where they come from. */
const PLACE_EPITHET = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:man|woman|native|lad)$/u;

/**
 * The one person named before `at`, when every name written before it is theirs ("Jamie Costin", "Costin",
 * "Jamie"): "says the Waterford man" can then mean no one else, however many sentences came between.
 */
function soleNamedBefore(people: readonly PersonMention[], at: number): PersonMention | null {
  const before = people.slice(0, firstAtOrAfter(people, at));
  const full = before.reduce<PersonMention | null>(
    (longest, p) => (!longest || p.name.length > longest.name.length ? p : longest),
    null,
  );
  if (!full) return null;
  const words = full.name.split(/\s+/);
  return before.every((p) => p.name.split(/\s+/).every((w) => words.includes(w))) ? full : null;
}

/** A sentence opening with a capital after a sentence end or a paragraph break: a subject that may be another's. */
const CAPITAL_OPENING = /(?:[.!?]["”’']?\s+|\n\s*)\p{Lu}/u;
const PARAGRAPH_OPENING = /\n\s*\p{Lu}/u;

/**
 * Whether a sentence of the report's own, opening with a capitalised word, stands between `from` and `at`
 * (quoted words aside): "Lewsey added: “…” ¶ Cueto was also puzzled …. “…,” said the Sale player" is not Lewsey's.
 */
function anotherSentenceBetween(body: string, from: number, at: number): boolean {
  const between = body.slice(from, at);
  // Straight marks a run-on quotation leaves unpaired can hide a sentence; a paragraph opening shows it.
  return PARAGRAPH_OPENING.test(between) || CAPITAL_OPENING.test(between.replace(QUOTED, '""'));
}
