/**
 * The gender of each person an article names, from the evidence around every mention of the name: honorifics,
 * first names, and the he or she that follows.
 */
import { HONORIFICS } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { titleGender } from "./name-titles.js";
import type { PersonMention } from "./person-mentions.js";

type Gender = Mention["gender"];

/** The gender an honorific (Mr., Mrs., Ms., Sir, Lady…) on the mention states. */
export function honorificGender(person: Mention): Gender {
  return titleGender(person.titles.filter((t) => HONORIFICS.has(t)));
}

/** Characters after a name within which the next sentence must begin for its he/she to tell the name's gender. */
const NEXT_SENTENCE_REACH = 250;

/**
 * What a he/she opening the next sentence weighs: more than a first name's usual gender ("Billie Jean King …
 * She watched"), less than an honorific.
 */
const NEXT_SENTENCE_VOTE = 2;

const SENTENCE_END = /[.!?\n]/g;

/** A sentence end proper: the mark, perhaps a closing quotation mark, then a space. */
const NEXT_OPENING = /^[.!?]["”’']?\s/u;
const NEXT_PRONOUN = /[.!?]["”’']?\s+(?:(?:And|But|Then|Later)\s+)?(He|She)\b/uy;

/**
 * Weighs titles (Mr., Mrs.), first names and the pronouns that follow each name into one gender per person, keyed
 * by the person's full name (`fullName`) lowercased.
 */
export function learnGenders(
  people: readonly PersonMention[],
  body: string,
  fullName: (m: Mention) => string,
): Map<string, Gender> {
  const votes = new Map<string, number>();
  for (const [i, person] of people.entries()) {
    const full = fullName(person).toLowerCase();
    let vote = person.pronounHint + nextSentenceHint(body, person, people[i + 1]);
    const stated = honorificGender(person);
    if (stated) vote += stated === "male" ? 3 : -3;
    else if (person.gender) vote += person.gender === "male" ? 1 : -1;
    votes.set(full, (votes.get(full) ?? 0) + vote);
  }
  const genders = new Map<string, Gender>();
  for (const [name, vote] of votes) genders.set(name, vote > 0 ? "male" : vote < 0 ? "female" : null);
  return genders;
}

/**
 * "Billie Jean King remembered Ali as fun. She witnessed the fight …": a sentence that opens with he or she
 * right after one whose subject is the name speaks of that person (he for, she against, a man) — unless another
 * person is named before it ("Axelrod tried telling Clinton she had been able. She later compared …").
 */
function nextSentenceHint(body: string, person: PersonMention, nextPerson: Mention | undefined): number {
  if (!person.subject || !body) return 0;
  // The first sentence end after the name (a full stop inside "U.S." is none), then what opens the next.
  SENTENCE_END.lastIndex = person.end;
  let end = SENTENCE_END.exec(body);
  while (end && end[0] !== "\n" && !NEXT_OPENING.test(body.slice(end.index, end.index + 3)))
    end = SENTENCE_END.exec(body);
  if (!end || end[0] === "\n" || end.index - person.end > NEXT_SENTENCE_REACH) return 0;
  // Not a quotation's "He …": that is the speaker's word, about anyone.
  NEXT_PRONOUN.lastIndex = end.index;
  const next = NEXT_PRONOUN.exec(body);
  if (!next) return 0;
  if (nextPerson && nextPerson.start < NEXT_PRONOUN.lastIndex) return 0;
  return next[1] === "He" ? NEXT_SENTENCE_VOTE : -NEXT_SENTENCE_VOTE;
}
