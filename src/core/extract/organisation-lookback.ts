/**
 * What "it" and "the firm" stand for when an organisation speaks: the organisation named last before them, within
 * about two short paragraphs, among the speakers and the organisations opening a sentence.
 */

import { DOCUMENT_NOUNS, issuerInSentence, issuerSpan } from "./document-issuer.js";
import { BUSINESS_NOUNS, ORG_WORDS } from "./lexicon.js";
import { isKnownFirstName, isPlaceWord } from "./lexicon-tags.js";
import { type Mention, newMention } from "./mention.js";
import type { PersonMention } from "./person-mentions.js";
import { namesOnePerson } from "./word-classes.js";

/** How far back (in characters) an organisation may stand for "it" to mean it: about two short paragraphs. */
const NEUTER_REACH = 600;

/** How far back a body named with the noun itself ("the ministry" → "the Finance Ministry") may stand. */
const NAMED_NOUN_REACH = 3000;

/** "the firm", "The company": an organisation noun alone after "the", which refers back to a name. */
const BARE_ORGANISATION = /^the\s+(\p{Ll}+)$/iu;

/** What the lookback reads of the article, from the resolver that asks. */
export interface OrganisationContext {
  /** The speakers as written. */
  readonly sources: readonly Mention[];
  /** The people named, in reading order. */
  readonly people: readonly PersonMention[];
  /** Organisations opening a sentence as its subject; read only when an "it" or "the firm" speaks. */
  readonly organisations: () => readonly Mention[];
  /** The article text, to read the sentence a description stands in. */
  readonly body: string;
  genderOf(person: Mention): Mention["gender"];
  /** Whether the article gives a name that reads as a person's to a company ("housebuilder George Wimpey"). */
  isBody(person: Mention): boolean;
}

export class OrganisationLookback {
  private organisationSubjects: readonly Mention[] | undefined;
  /** The speakers by where they are written, for looking back from a mention. */
  private sourcesInOrder: readonly Mention[] | undefined;

  constructor(private readonly context: OrganisationContext) {}

  /**
   * `"…," it said` → the nearest organisation before it that spoke or opened a sentence, within reach; or a thing
   * that spoke ("The guidance … said"), or a name nothing marks as a person's ("Brontex said").
   */
  itRefersTo(mention: Mention): Mention | null {
    const best = this.nearestBefore(mention, (m) => this.isNeuter(m));
    if (best?.kind !== "description") return best;
    // "“…,” said the magazine. “…,” it concluded": a body or document that spoke goes on speaking as "it", named
    // or not; one merely opening a sentence ("The government has refused …") may be what "it" is about instead.
    const spoke = speaksAsThing(best) && this.context.sources.includes(best);
    return this.referredTo(best) ?? (spoke ? best : null);
  }

  /** The nearest mention within reach before `mention`, among speakers and organisations opening a sentence. */
  private nearestBefore(
    mention: Mention,
    accepts: (m: Mention) => boolean,
    reach = NEUTER_REACH,
  ): Mention | null {
    this.organisationSubjects ??= this.context.organisations();
    let best: Mention | null = null;
    // Both lists are in reading order: each is walked back from the mention only as far as the reach.
    this.sourcesInOrder ??= [...this.context.sources].sort((a, b) => a.start - b.start);
    for (const list of [this.sourcesInOrder, this.organisationSubjects]) {
      for (let i = firstAtOrAfter(list, mention.start) - 1; i >= 0; i--) {
        const m = list[i]!;
        if (mention.start - m.start > reach || (best && m.start < best.start)) break;
        if (accepts(m)) {
          best = m;
          break;
        }
      }
    }
    return best;
  }

  /** What "it" may stand for: an organisation, "the firm", or a name that spoke with nothing marking a person. */
  private isNeuter(m: Mention): boolean {
    if (m.kind === "organisation") return true;
    if (m.kind === "description") return !namesOnePerson(m.head ?? "");
    return m.kind === "person" && (this.mayBeOrganisation(m) || this.context.isBody(m));
  }

  /**
   * "Brontex said", "Deutsche Boerse said": a speaker read as a person's name, with no title, first name or
   * gender to say so (only asked of speakers: a name merely written as a subject is too often a person's).
   */
  private mayBeOrganisation(m: Mention): boolean {
    return (
      m.titles.length === 0 &&
      !isKnownFirstName(m.name.split(/\s+/)[0] ?? "") &&
      this.context.genderOf(m) === null
    );
  }

  /**
   * "a Marlow Freight statement said", "Mr Quill's statement said": the issuer named in the description — the
   * person there when a title, first name or gender marks one, else the organisation the name stands for.
   */
  issuerOf(mention: Mention): Mention | null {
    const span = issuerSpan(mention);
    if (!span) return null;
    const people = this.context.people;
    for (let i = firstAtOrAfter(people, span.start); i < people.length && people[i]!.start < span.end; i++) {
      const person = people[i]!;
      // The person's mention may hold the possessive "'s" the issuer's name leaves out.
      if (person.end <= span.end + 2 && !this.mayBeOrganisation(person)) return person;
    }
    const { start, end, name } = span;
    return newMention("organisation", name, name, start, end);
  }

  /**
   * "Kelvar Haulage had hoped … But the firm denied …": "the firm" is the organisation named last before it (a
   * ministry, a committee: one named with that word).
   */
  referredTo(mention: Mention): Mention | null {
    const noun = BARE_ORGANISATION.exec(mention.text)?.[1]?.toLowerCase();
    if (!noun || (!ORG_WORDS.has(noun) && !BUSINESS_NOUNS.has(noun))) return null;
    const business = BUSINESS_NOUNS.has(noun);
    // "In a statement from Lycos Europe …, the company denied": the sentence's own issuer comes first.
    const issuer = issuerInSentence(this.context.body, mention.start);
    if (issuer && (business || issuer.name.toLowerCase().split(/\s+/).includes(noun))) return issuer;
    const accepts = (m: Mention) => {
      if (business && m.kind === "description" && spokespersonOf(m)) return true;
      // "In a release from Ossery Mills, the firm said …. “…,” the firm added": the same noun again.
      if (m.kind === "description" && BARE_ORGANISATION.exec(m.text)?.[1]?.toLowerCase() === noun)
        return true;
      if (m.kind === "organisation" && m.name.toLowerCase().split(/\s+/).includes(noun)) return true;
      if (!business) return false;
      if (m.kind === "organisation") return !(/^\S+$/.test(m.name) && isPlaceWord(m.name.toLowerCase()));
      return m.kind === "person" && this.mayBeOrganisation(m);
    };
    // "The Finance Ministry said …. [three paragraphs] …, the ministry said": a body named with the noun itself
    // is what the noun means however far back, as long as no other body named with it came between.
    const found = this.nearestBefore(mention, accepts, business ? NEUTER_REACH : NAMED_NOUN_REACH);
    const best = found?.kind === "description" ? (spokespersonOf(found) ?? this.referredTo(found)) : found;
    // "Norvale Foods, which …, was more cautious. The company said": a business named as a clause's subject.
    if (!business) return best;
    for (let i = firstAtOrAfter(this.context.people, mention.start) - 1; i >= 0; i--) {
      const person = this.context.people[i]!;
      if (mention.start - person.start > NEUTER_REACH || (found && person.start < found.start)) break;
      if (person.subject && accepts(person)) return person;
    }
    return best;
  }
}

/** Nouns for a body, an outlet or a document: one that speaks is an "it" (not the organisation-noun plurals). */
const THING_NOUNS: ReadonlySet<string> = new Set([
  ...[...ORG_WORDS].filter((w) => !w.endsWith("s")),
  ...BUSINESS_NOUNS,
  ...DOCUMENT_NOUNS,
  ...["paper", "newspaper", "station", "website", "lawsuit", "suit", "book", "memo", "message", "advert"],
]);

/** "the magazine", "Mr Orwin's statement": a singular body or document, which "it" may carry on. */
function speaksAsThing(m: Mention): boolean {
  return THING_NOUNS.has(m.head?.toLowerCase() ?? "");
}

/** "for Cleanwater Watch", "at the British Retail Consortium": a capitalised name closing a description. */
const SPOKEN_FOR =
  /\s(?:for|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*)*)$/u;

/**
 * "A spokeswoman for Cleanwater Watch, which monitors rivers, called … "…," the organisation said": a person
 * speaking for a named organisation introduces that organisation, which "the organisation" then refers to.
 */
function spokespersonOf(m: Mention): Mention | null {
  if (!namesOnePerson(m.text.split(/\s+/)[1]?.toLowerCase() ?? "")) return null;
  const name = SPOKEN_FOR.exec(m.text)?.[1];
  if (!name) return null;
  const end = m.start + m.text.length;
  return newMention("organisation", name, name, end - name.length, end);
}

/** "UK Coal said": a name read as a person's keeps the words a person's name would drop. */
export function organisationName(m: Mention): string {
  return m.kind === "person" ? m.text.replace(/^the\s+/i, "").replace(/['’]s?$/u, "") : m.name;
}

/** The index of the first mention at or after `at` (mentions in reading order). */
export function firstAtOrAfter(people: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
