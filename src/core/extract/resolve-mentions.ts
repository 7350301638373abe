/**
 * Turns the speaker as written ("he", "the official", "Zarif", "Mr. Trump") into the fullest form the article
 * gives: pronouns go to the nearest preceding gender-compatible person named as a speaker or as a clause's
 * subject (failing that, any person named before),
 * descriptions to the one person the article binds them to (describe-person.ts) or else the first description
 * with the same head, surnames to the one full name written in the same article.
 */

import { describedPerson, indexRoles, type RoleIndex } from "./describe-person.js";
import { HONORIFICS, isNationalityNoun } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { titleGender } from "./name-titles.js";
import { firstAtOrAfter, OrganisationLookback, organisationName } from "./organisation-lookback.js";
import { fullerName, type PersonMention, surnamesOf } from "./person-mentions.js";

export interface ResolvedSpeaker {
  name: string;
  kind: "person" | "organisation" | "description";
}

type Gender = Mention["gender"];

function honorificGender(person: Mention): Gender {
  return titleGender(person.titles.filter((t) => HONORIFICS.has(t)));
}

/** Where a sentence ends, to count the sentences between a nationality and the person it stands for. */
const SENTENCE_ENDS = /[.!?]["”’']?\s/g;
/** "the" and up to three lowercase words after it: where a role ("the prime minister") may stand. */
const ROLE_PHRASE = /\b[Tt]he ((?:(?!(?:the|an?)\b)[a-z]+ ){0,2}(?!(?:the|an?)\b)[a-z]+)/g;
const CAPITALISED = /\b\p{Lu}[\p{L}'’-]+/gu;

/**
 * "a State Department official" introduces whom "the official" goes on to mean; a phrase run together with a
 * name ("According to Mr Peston the prime minister said") introduces no one.
 */
const INDEFINITE = /^(?:an?|one|another)\s/i;

/** Characters after a name within which the next sentence must begin for its he/she to tell the name's gender. */
const NEXT_SENTENCE_REACH = 250;

/**
 * What a he/she opening the next sentence weighs: more than a first name's usual gender ("Billie Jean King …
 * She watched"), less than an honorific.
 */
const NEXT_SENTENCE_VOTE = 2;

const SENTENCE_END = /[.!?\n]/g;

/** A sentence whose subject is a pronoun: "They could …", "But he …". */
const OPENING_PRONOUN = /^["“]?(?:(?:And|But|So|Then|Still|Yet)\s+)?(?:He|She|They|We|I|It|You)\b/u;
/** A sentence end proper: the mark, perhaps a closing quotation mark, then a space. */
const NEXT_OPENING = /^[.!?]["”’']?\s/u;
const NEXT_PRONOUN = /[.!?]["”’']?\s+(?:(?:And|But|Then|Later)\s+)?(He|She)\b/uy;

function compatible(a: Gender, b: Gender): boolean {
  return a === null || b === null || a === b;
}

export class MentionResolver {
  private readonly genders = new Map<string, Gender>();
  private readonly fullNames = new Map<string, string>();
  /** Each he/she resolved, by where it stands. */
  private readonly pronouns = new Map<number, ResolvedSpeaker | null>();
  /** What "it" and "the firm" stand for. */
  private readonly lookback: OrganisationLookback;
  private readonly surnames: Set<string>;
  /** Speakers named at a reporting verb and people named as a clause's subject: what "he" and "she" refer to. */
  private readonly antecedents: Mention[];
  /** Built on first use (few articles need them): each different name once, and people by the roles they hold. */
  private distinctPeople: readonly PersonMention[] | undefined;
  private roles: RoleIndex<PersonMention> | undefined;
  private bySurname: Map<string, Set<string>> | undefined;
  /** Each description's person, by its words: a long article repeats "the minister" many times. */
  private readonly described = new Map<string, PersonMention | null>();

  constructor(
    private readonly people: readonly PersonMention[],
    private readonly sources: readonly Mention[],
    private readonly titleCase: boolean,
    /**
     * Organisations opening a sentence as its subject: what "it" refers to when no organisation spoke. Read only
     * when an "it" speaks, which few articles have.
     */
    organisations: () => readonly Mention[] = () => [],
    /** The article text, to see where a pronoun's own sentence begins. */
    private readonly body = "",
  ) {
    this.lookback = new OrganisationLookback({
      sources,
      people,
      organisations,
      genderOf: (m) => this.genderOf(m),
    });
    this.surnames = surnamesOf(people);
    const named = sources.map((m) => this.personal(m)).filter((m) => m.kind === "person");
    // "They could, however, picture Tony Blair doing it": a name after a pronoun that opens its sentence is not
    // that sentence's subject.
    const subjects = this.withoutPronounOpened(people.filter((p) => p.subject));
    // "Carson turned on the Post, pointing out that its Robert Costa had reported …": a speaker inside what another
    // speaker said is what was spoken of, like a subject there.
    const spokenOf = this.spokenOf([...subjects, ...named].sort((a, b) => a.start - b.start));
    this.antecedents = [...named, ...subjects]
      .filter((m) => !spokenOf.has(m))
      .sort((a, b) => a.start - b.start);
    this.learnGenders();
  }

  /**
   * "Mr Mercer explained the design answered polling which suggests voters see Tony Hale as the future": a person
   * named after someone speaks, in the same sentence, is what the speaker spoke of, not who a later "he" is.
   * One pass over the people and the speakers, both in reading order.
   */
  private spokenOf(subjects: readonly Mention[]): Set<Mention> {
    const speakers = this.sources.filter((s) => s.kind === "person" || s.kind === "pronoun");
    speakers.sort((a, b) => a.start - b.start);
    const out = new Set<Mention>();
    let next = 0;
    let last: Mention | null = null;
    for (const person of subjects) {
      while (next < speakers.length && speakers[next]!.start < person.start) last = speakers[next++]!;
      if (last && last.end <= person.start && this.sameSentence(last.end, person.start)) out.add(person);
    }
    return out;
  }

  /** The subjects (in reading order) whose sentence does not open with a pronoun: one pass over the sentences. */
  private withoutPronounOpened(subjects: readonly PersonMention[]): PersonMention[] {
    const body = this.body;
    const boundary = /[.!?]["”’']?\s+|\n+/g;
    let start = 0;
    let next = boundary.exec(body);
    return subjects.filter((person) => {
      while (next && next.index + next[0].length <= person.start) {
        start = next.index + next[0].length;
        next = boundary.exec(body);
      }
      return !OPENING_PRONOUN.test(body.slice(start, Math.min(person.start, start + 20)));
    });
  }

  private sameSentence(from: number, to: number): boolean {
    return this.body !== "" && !/[.!?:;]["”’']?\s|\n/.test(this.body.slice(from, to));
  }

  /** "Preston" read as a place, "Woods" as a plural: a person when the article names one of that surname in full. */
  private personal(mention: Mention): Mention {
    const lone =
      (mention.kind === "organisation" || mention.kind === "description") &&
      /^\p{Lu}[^\s]*$/u.test(mention.name);
    return lone && this.surnames.has(mention.name.toLowerCase()) ? { ...mention, kind: "person" } : mention;
  }

  resolve(written: Mention): ResolvedSpeaker | null {
    const mention = this.personal(written);
    switch (mention.kind) {
      case "person":
        return { name: this.display(this.fullName(mention)), kind: "person" };
      case "organisation":
        return { name: this.display(mention.name), kind: "organisation" };
      case "pronoun":
        return this.pronoun(mention);
      default:
        return this.description(mention);
    }
  }

  /** Weighs titles (Mr., Mrs.), first names and the pronouns that follow each name into one gender per person. */
  private learnGenders(): void {
    const votes = new Map<string, number>();
    for (const [i, person] of this.people.entries()) {
      const full = this.fullName(person).toLowerCase();
      let vote = person.pronounHint + this.nextSentenceHint(person, this.people[i + 1]);
      const stated = honorificGender(person);
      if (stated) vote += stated === "male" ? 3 : -3;
      else if (person.gender) vote += person.gender === "male" ? 1 : -1;
      votes.set(full, (votes.get(full) ?? 0) + vote);
    }
    for (const [name, vote] of votes) this.genders.set(name, vote > 0 ? "male" : vote < 0 ? "female" : null);
  }

  /**
   * "Billie Jean King remembered Ali as fun. She witnessed the fight …": a sentence that opens with he or she
   * right after one whose subject is the name speaks of that person (he for, she against, a man) — unless another
   * person is named before it ("Axelrod tried telling Clinton she had been able. She later compared …").
   */
  private nextSentenceHint(person: PersonMention, nextPerson: Mention | undefined): number {
    if (!person.subject || !this.body) return 0;
    // The first sentence end after the name (a full stop inside "U.S." is none), then what opens the next.
    SENTENCE_END.lastIndex = person.end;
    let end = SENTENCE_END.exec(this.body);
    while (end && end[0] !== "\n" && !NEXT_OPENING.test(this.body.slice(end.index, end.index + 3)))
      end = SENTENCE_END.exec(this.body);
    if (!end || end[0] === "\n" || end.index - person.end > NEXT_SENTENCE_REACH) return 0;
    // Not a quotation's "He …": that is the speaker's word, about anyone.
    NEXT_PRONOUN.lastIndex = end.index;
    const next = NEXT_PRONOUN.exec(this.body);
    if (!next) return 0;
    if (nextPerson && nextPerson.start < NEXT_PRONOUN.lastIndex) return 0;
    return next[1] === "He" ? NEXT_SENTENCE_VOTE : -NEXT_SENTENCE_VOTE;
  }

  /** "Ms. Reyes" is a woman even when the article's other Reyeses are men. */
  genderOf(person: Mention): Gender {
    return honorificGender(person) ?? this.genders.get(this.fullName(person).toLowerCase()) ?? person.gender;
  }

  private display(name: string): string {
    if (!this.titleCase) return name;
    return name.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
  }

  /** The most complete form of this name written in the article (cached per name and gender). */
  private fullName(mention: Mention): string {
    const key = `${mention.gender ?? "-"}|${mention.name}`;
    let full = this.fullNames.get(key);
    if (full === undefined) {
      full = this.findFullName(mention);
      this.fullNames.set(key, full);
    }
    return full;
  }

  private findFullName(mention: Mention): string {
    this.distinctPeople ??= distinctNames(this.people);
    const full = fullerName(mention.name, this.distinctPeople, (p) => compatible(p.gender, mention.gender));
    return full ? full.name : mention.name;
  }

  /**
   * `spokenOf`: people a chain of this pronoun already reported on ("And Tony Blair would be …, he said"), whom it
   * cannot also mean further back.
   */
  private pronoun(mention: Mention, spokenOf: ReadonlySet<string> = new Set()): ResolvedSpeaker | null {
    if (mention.pronoun === "plural") return this.plural(mention);
    if (mention.pronoun === "neuter") return this.neuter(mention);
    if (mention.pronoun !== "male" && mention.pronoun !== "female") return null;
    const cached = spokenOf.size === 0 ? this.pronouns.get(mention.start) : undefined;
    if (cached !== undefined) return cached;
    const person = this.antecedent(mention, spokenOf);
    // "…, he said. “…,” he promised": the same pronoun speaking again, with no person named between, is the
    // same person (even when a name stands in the words reported between) — and not the person it spoke of there,
    // though that person is named again further back.
    const chained = this.sources.findLast(
      (s) =>
        s.kind === "pronoun" &&
        s.pronoun === mention.pronoun &&
        s.start < mention.start &&
        s.start > (person?.start ?? -1) &&
        person !== null &&
        this.reportedBefore(person, s),
    );
    const resolved = chained
      ? this.pronoun(chained, new Set([...spokenOf, this.personKey(person!)]))
      : person && { name: this.display(this.fullName(person)), kind: "person" as const };
    if (spokenOf.size === 0) this.pronouns.set(mention.start, resolved);
    return resolved;
  }

  private personKey(person: Mention): string {
    return this.fullName(person).toLowerCase();
  }

  /** The nearest person before a he/she that may be meant by it, other than those it spoke of. */
  private antecedent(mention: Mention, spokenOf: ReadonlySet<string>): Mention | null {
    for (const pool of [this.antecedents, this.people]) {
      for (let i = pool.length - 1; i >= 0; i--) {
        const person = pool[i]!;
        if (person.start >= mention.start || !compatible(this.genderOf(person), mention.gender)) continue;
        if (this.reportedBefore(person, mention)) continue;
        if (spokenOf.size > 0 && spokenOf.has(this.personKey(person))) continue;
        return person;
      }
    }
    return null;
  }

  /** `"…," it said`: the organisation it stands for (organisation-lookback.ts). */
  private neuter(mention: Mention): ResolvedSpeaker | null {
    const organisation = this.lookback.itRefersTo(mention);
    return organisation && this.asOrganisation(organisation);
  }

  private asOrganisation(m: Mention): ResolvedSpeaker {
    return { name: this.display(organisationName(m)), kind: "organisation" };
  }

  private reportedBefore(person: Mention, pronoun: Mention): boolean {
    return this.body !== "" && inWordsReportedBefore(this.body, person.end, pronoun.start);
  }

  private plural(mention: Mention): ResolvedSpeaker | null {
    for (let i = this.sources.length - 1; i >= 0; i--) {
      const source = this.sources[i]!;
      if (source.start >= mention.start) continue;
      if (source.kind === "organisation") return { name: this.display(source.name), kind: "organisation" };
      if (source.kind === "description" && /s$/.test(source.head ?? "")) return this.description(source);
    }
    return null;
  }

  /**
   * "When Lleyton Hewitt shook his hand …, the Australian said", "Agassi was delighted … “…,” said the American": a
   * nationality the article never binds to anyone stands for the nearest person named as a clause's subject before
   * it, in its own sentence or the one before and in its paragraph. A name that is no subject ("Reacting to a
   * comment by chairman Tim Phillips, the American said") is passed over; with no subject there, nobody.
   */
  private subjectBefore(mention: Mention): PersonMention | null {
    for (let i = firstAtOrAfter(this.people, mention.start) - 1; i >= 0; i--) {
      const person = this.people[i]!;
      const between = this.body.slice(person.end, mention.start);
      if (between.includes("\n") || (between.match(SENTENCE_ENDS) ?? []).length > 1) return null;
      if (person.subject) return person;
    }
    return null;
  }

  /**
   * The people a stretch of text (a quotation) speaks of in the third person: by a role the article binds to one
   * person ("the prime minister will be spending more time…") or by the surname of a person it names. People seldom
   * speak of themselves so, which makes this evidence about who did not say the words.
   */
  spokenOfIn(text: string): Set<string> {
    const found = new Set<string>();
    this.roles ??= indexRoles(this.people);
    // An article that binds no role to anyone has no phrase to read.
    for (const match of this.roles.size > 0 ? text.matchAll(ROLE_PHRASE) : []) {
      const words = match[1]!.toLowerCase().split(/\s+/);
      // The longest run of words after "the" that ends in a role someone holds: "prime minister", not "prime".
      for (let n = words.length; n > 0; n--) {
        if (!this.roles.has(words[n - 1]!)) continue;
        const phrase = `the ${words.slice(0, n).join(" ")}`;
        const person = describedPerson({ text: phrase }, this.roles);
        if (!person) continue;
        found.add(this.display(this.fullName(person)).toLowerCase());
        break;
      }
    }
    this.bySurname ??= this.peopleBySurname();
    for (const word of this.bySurname.size > 0 ? (text.match(CAPITALISED) ?? []) : []) {
      for (const name of this.bySurname.get(word) ?? []) found.add(name);
    }
    return found;
  }

  /** Each surname written in the article → the full names (lowercased) of the people carrying it. */
  private peopleBySurname(): Map<string, Set<string>> {
    const map = new Map<string, Set<string>>();
    for (const person of this.people) {
      const surname = person.name.split(/\s+/).at(-1) ?? "";
      if (!this.surnames.has(surname.toLowerCase())) continue;
      const names = map.get(surname) ?? new Set<string>();
      names.add(this.display(this.fullName(person)).toLowerCase());
      map.set(surname, names);
    }
    return map;
  }

  private description(mention: Mention): ResolvedSpeaker {
    const organisation = this.lookback.referredTo(mention);
    if (organisation) return this.asOrganisation(organisation);
    const issuer = this.lookback.issuerOf(mention);
    if (issuer)
      return (issuer.kind === "person" ? this.resolve(issuer) : null) ?? this.asOrganisation(issuer);
    const head = mention.head ?? "";
    const definite = /^(?:the|this|that)\s/i.test(mention.text);
    const key = mention.text.toLowerCase();
    let person = this.described.get(key);
    if (person === undefined) {
      this.roles ??= indexRoles(this.people);
      person = describedPerson(mention, this.roles);
      this.described.set(key, person);
    }
    person ??= isNationalityNoun(head) ? this.subjectBefore(mention) : null;
    if (person) return { name: this.display(this.fullName(person)), kind: "person" };
    if (definite) {
      const earlier = this.sources.find(
        (s) =>
          s.kind === "description" && s.head === head && s.start < mention.start && INDEFINITE.test(s.text),
      );
      if (earlier) return { name: this.display(earlier.text), kind: "description" };
    }
    return { name: this.display(mention.text), kind: "description" };
  }
}

/**
 * The first mention of each name and gender: what `fullerName` compares, since a second mention of the same name
 * can neither add a fuller form nor a conflicting one.
 */
function distinctNames(people: readonly PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = `${person.gender ?? "-"}|${person.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "And Tony Blair would be in the front line, he said": a name ending at `nameEnd`, in the words reported before a
 * post-posed "…, he said" at `pronounStart` (same sentence, no quotation mark between), is what the speaker spoke
 * of, not the speaker.
 */
export function inWordsReportedBefore(body: string, nameEnd: number, pronounStart: number): boolean {
  if (!/,\s*$/.test(body.slice(Math.max(0, pronounStart - 3), pronounStart))) return false;
  return !/[.!?:;]["”’']?\s|\n|["“”]/.test(body.slice(nameEnd, pronounStart));
}
