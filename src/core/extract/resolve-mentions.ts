/**
 * Turns the speaker as written ("he", "the official", "Zarif", "Mr. Trump") into the fullest form the article
 * gives: he, she and they as resolve-pronouns.ts reads them, "it" as organisation-lookback.ts does,
 * descriptions to the one person the article binds them to (describe-person.ts) or else the first description
 * with the same head, surnames to the one full name written in the same article.
 */

import { describedPerson, holdersOf, indexRoles, type RoleIndex } from "./describe-person.js";
import { distinctNames, fullerName, knightByFirstName } from "./fuller-name.js";
import { DocumentIssuer } from "./issued-before.js";
import { GENDERED_TITLES } from "./lexicon.js";
import { isNationalityNoun } from "./lexicon-tags.js";
import { type Mention, newMention, type ResolvedSpeaker } from "./mention.js";
import {
  headlinedSoleNamed,
  headlinedSubjectBefore,
  holdsAnotherOffice,
  isAge,
  isPossessorOf,
  mayCarryOn,
  personOfAge,
  speakerBefore,
  subjectNamedBefore,
  variesAName,
} from "./named-before.js";
import { OrganisationLookback, organisationName } from "./organisation-lookback.js";
import { honorificGender, learnGenders } from "./person-genders.js";
import { type PersonMention, surnamesOf } from "./person-mentions.js";
import { remember } from "./remember.js";
import { PronounResolver } from "./resolve-pronouns.js";

type Gender = Mention["gender"];

/** "the" and up to three lowercase words after it: where a role ("the prime minister") may stand. */
const ROLE_PHRASE = /\b[Tt]he ((?:(?!(?:the|an?)\b)[a-z]+ ){0,2}(?!(?:the|an?)\b)[a-z]+)/g;
const CAPITALISED = /\b\p{Lu}[\p{L}'’-]+/gu;

/**
 * "a State Department official" introduces whom "the official" goes on to mean; a phrase run together with a
 * name ("According to Mr Peston the prime minister said") introduces no one.
 */
const INDEFINITE = /^(?:an?|one|another)\s/i;

const newNameMap = () => new Map<string, string>();

function compatible(a: Gender, b: Gender): boolean {
  return a === null || b === null || a === b;
}

export class MentionResolver {
  private readonly genders: ReadonlyMap<string, Gender>;
  private readonly fullNames = new Map<Gender, Map<string, string>>();
  /** Each mention's speaker: sources are asked for by the rules, then by the model's evidence, and by quotations. */
  private readonly resolved = new Map<Mention, ResolvedSpeaker | null>();
  /** Each mention's gender: every quotation near a name asks again for the same. */
  private readonly mentionGenders = new Map<Mention, Gender>();
  /** What "it" and "the firm" stand for. */
  private readonly lookback: OrganisationLookback;
  /** Who issued "the statement" that speaks. */
  private readonly documents: DocumentIssuer;
  private readonly surnames: Set<string>;
  /** What "he", "she" and "they" stand for, and which names no he or she can mean. */
  readonly pronouns: PronounResolver;
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
    /** Where the subjects of reporting verbs that carry on a speaker's words ("added", "continued") start. */
    private readonly continuing: ReadonlySet<number> = new Set(),
  ) {
    this.lookback = new OrganisationLookback({
      sources,
      people,
      organisations,
      body,
      genderOf: (m) => this.genderOf(m),
      isBody: (m) => this.pronouns.isBody(m),
    });
    this.documents = new DocumentIssuer(sources, body, (m) => this.lookback.issuerOf(m));
    this.surnames = surnamesOf(people);
    this.pronouns = new PronounResolver({
      sources,
      namedSpeakers: sources.map((m) => this.personal(m)).filter((m) => m.kind === "person"),
      people,
      body,
      genderOf: (m) => this.genderOf(m),
      personKey: (m) => this.fullName(m).toLowerCase(),
      asPerson: (m) => ({ name: this.display(this.fullName(m)), kind: "person" }),
      describe: (m) => this.description(m),
      display: (name) => this.display(name),
    });
    this.genders = learnGenders(people, body, (m) => this.fullName(m));
  }

  /** "Preston" read as a place, "Woods" as a plural: a person when the article names one of that surname in full. */
  private personal(mention: Mention): Mention {
    const lone =
      (mention.kind === "organisation" || mention.kind === "description") &&
      /^\p{Lu}[^\s]*$/u.test(mention.name);
    // "Reid's told reporters": a name read as a business's ("Foster's said") is the person's when one carries it.
    const name = mention.name.replace(/['’]s$/u, "");
    if (!lone || !this.surnames.has(name.toLowerCase())) return mention;
    const { text, start, end, gender, titles, head, pronoun } = mention;
    return newMention("person", name, text, start, end, gender, titles, head, pronoun);
  }

  /** Made once: resolve, genderOf and fullName are asked hundreds of times an article, a closure per ask adds up. */
  private readonly readSpeaker = (m: Mention) => this.read(m);
  private readonly readGenderOf = (m: Mention) => this.readGender(m);

  resolve(written: Mention): ResolvedSpeaker | null {
    return remember(this.resolved, written, this.readSpeaker);
  }

  private read(written: Mention): ResolvedSpeaker | null {
    const mention = this.personal(written);
    switch (mention.kind) {
      case "person":
        // "housebuilder George Wimpey … Wimpey said": a company's name that reads as a person's.
        if (this.pronouns.isBody(mention)) return this.asOrganisation(mention);
        return { name: this.display(this.fullName(mention)), kind: "person" };
      case "organisation":
        return { name: this.display(mention.name), kind: "organisation" };
      case "pronoun":
        return mention.pronoun === "neuter" ? this.neuter(mention) : this.pronouns.resolve(mention);
      default:
        return this.description(mention);
    }
  }

  /** "Ms. Reyes" is a woman even when the article's other Reyeses are men. */
  genderOf(person: Mention): Gender {
    return remember(this.mentionGenders, person, this.readGenderOf);
  }

  private readGender(person: Mention): Gender {
    return honorificGender(person) ?? this.genders.get(this.fullName(person).toLowerCase()) ?? person.gender;
  }

  private display(name: string): string {
    if (!this.titleCase) return name;
    return name.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
  }

  /** The most complete form of this name written in the article (kept by gender, then by the name: no key built). */
  private fullName(mention: Mention): string {
    const byName = remember(this.fullNames, mention.gender ?? null, newNameMap);
    let full = byName.get(mention.name);
    if (full === undefined) {
      full = this.findFullName(mention);
      byName.set(mention.name, full);
    }
    return full;
  }

  private findFullName(mention: Mention): string {
    this.distinctPeople ??= distinctNames(this.people);
    const full =
      knightByFirstName(mention, this.distinctPeople) ??
      fullerName(mention.name, this.distinctPeople, (p) => compatible(p.gender, mention.gender));
    return full ? full.name : mention.name;
  }

  /**
   * `"…," it said`: the organisation it stands for (organisation-lookback.ts), or the body or document that spoke
   * before it, read as that description is ("the magazine", "Mr Orwin's statement" → Orwin).
   */
  private neuter(mention: Mention): ResolvedSpeaker | null {
    const antecedent = this.lookback.itRefersTo(mention);
    if (antecedent?.kind === "description") return this.description(antecedent);
    return antecedent && this.asOrganisation(antecedent);
  }

  private asOrganisation(m: Mention): ResolvedSpeaker {
    const name = m.kind === "person" && this.pronouns.isBody(m) ? this.fullName(m) : organisationName(m);
    return { name: this.display(name), kind: "organisation" };
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

  /** A nationality or a role standing for the person just named (named-before.ts), or an age that names one. */
  private namedBefore(mention: Mention, head: string): PersonMention | null {
    if (isNationalityNoun(head)) return subjectNamedBefore(this.people, this.body, mention.start, "sentence");
    if (!variesAName(mention.text, head))
      return headlinedSubjectBefore(this.people, this.body, mention, head);
    const age = personOfAge(this.people, this.body, mention.text);
    if (age) return age;
    const reach = isAge(head) ? "paragraph" : "next paragraph";
    const person = subjectNamedBefore(this.people, this.body, mention.start, reach);
    if (!person) return headlinedSoleNamed(this.people, this.body, mention, head);
    if (holdsAnotherOffice(person, mention, head)) return null;
    return isPossessorOf(person, this.body, head) ? null : person;
  }

  /**
   * "Ferguson said: “…” The Man Utd boss continued: “…”": a description carrying on the words of the speaker just
   * before is that speaker — when the article binds it to no one, and the speaker is plainly a person (a title or
   * gender says so) of the description's gender who holds no other office of its name.
   */
  private continued(mention: Mention, head: string): ResolvedSpeaker | null {
    if (!this.continuing.has(mention.start) || !mayCarryOn(mention.text, head)) return null;
    this.roles ??= indexRoles(this.people);
    if (holdersOf(mention, this.roles).length > 0) return null;
    const previous = speakerBefore(this.sources, this.body, mention.start);
    if (previous?.kind !== "person" && previous?.kind !== "pronoun") return null;
    const gender = this.genderOf(previous);
    if (gender === null || !compatible(gender, GENDERED_TITLES.get(head) ?? null)) return null;
    const speaker = this.resolve(previous);
    if (speaker?.kind !== "person") return null;
    const same = this.people.filter((p) => this.display(this.fullName(p)) === speaker.name);
    return same.some((p) => holdsAnotherOffice(p, mention, head)) ? null : speaker;
  }

  private description(mention: Mention): ResolvedSpeaker {
    const organisation = this.lookback.referredTo(mention);
    if (organisation) return this.asOrganisation(organisation);
    const issuer = this.lookback.issuerOf(mention) ?? this.documents.of(mention);
    const issuerSpeaker = issuer && issuer.kind !== "organisation" ? this.resolve(issuer) : null;
    if (issuerSpeaker) return issuerSpeaker;
    // An "it" that stands for no one leaves the document as written.
    if (issuer && issuer.kind !== "pronoun") return this.asOrganisation(issuer);
    const head = mention.head ?? "";
    const definite = /^(?:the|this|that)\s/i.test(mention.text);
    const key = mention.text.toLowerCase();
    let person = this.described.get(key);
    if (person === undefined) {
      this.roles ??= indexRoles(this.people);
      person = describedPerson(mention, this.roles);
      this.described.set(key, person);
    }
    person ??= this.namedBefore(mention, head);
    if (person) return { name: this.display(this.fullName(person)), kind: "person" };
    const continued = this.continued(mention, head);
    if (continued) return continued;
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
