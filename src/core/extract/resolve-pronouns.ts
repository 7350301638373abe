/**
 * What a he/she/they speaking stands for, as the rules read it: he and she go to the nearest preceding
 * gender-compatible person named as a speaker or as a clause's subject, or to a person known to be of that gender
 * named after it close before the pronoun (failing both, any person named before);
 * they to the nearest organisation or plural description that spoke. speaker-candidates.ts weighs this reading
 * against other evidence.
 */

import type { Mention, ResolvedSpeaker } from "./mention.js";
import { thingsNamed } from "./non-person-names.js";
import type { PersonMention } from "./person-mentions.js";

type Gender = Mention["gender"];

/** A sentence whose subject is a pronoun: "They could …", "But he …". */
const OPENING_PRONOUN = /^["“]?(?:(?:And|But|So|Then|Still|Yet)\s+)?(?:He|She|They|We|I|It|You)\b/u;

/**
 * Right before a name: "with" or "by" and up to four words (a role, "the council's engineer,"); "including" and
 * up to two ("including captain"); "of", "against", "over", "about" with at most "the" — not more, since "minister
 * of sport Ana Ruiz" names the minister herself.
 */
const PARTNER =
  /(?:\b(?:with|by)\s+(?:[\p{L}’'.-]+,?\s+){0,4}|\bincluding\s+(?:[\p{L}’'.-]+\s+){0,2}|\b(?:of|against|over|about)\s+(?:the\s+)?)$/u;

function compatible(a: Gender, b: Gender): boolean {
  return a === null || b === null || a === b;
}

/** What pronoun resolution reads of the article, and asks of the resolver that owns it. */
export interface PronounContext {
  /** The speakers as written. */
  readonly sources: readonly Mention[];
  /** The speakers that name a person (a lone surname read as a place counted as the person). */
  readonly namedSpeakers: readonly Mention[];
  /** The people named, in reading order. */
  readonly people: readonly PersonMention[];
  /** The article text, to see where a pronoun's own sentence begins. */
  readonly body: string;
  genderOf(person: Mention): Gender;
  /** The fullest form of a person's name in the article, lowercased: one key per person. */
  personKey(person: Mention): string;
  asPerson(person: Mention): ResolvedSpeaker;
  /** A plural description ("the officials") resolved as any description. */
  describe(mention: Mention): ResolvedSpeaker;
  /** A name as the article should show it. */
  display(name: string): string;
}

interface Pools {
  /** Speakers named at a reporting verb and people named as a clause's subject: what "he" and "she" refer to. */
  antecedents: Mention[];
  /**
   * Every person named, but for names in a sentence a pronoun opens, names spoken of after a speaker and names
   * as an object (see partner), filtered once: where a person of the pronoun's gender named after the speaker or
   * subject found may stand.
   */
  named: Mention[];
}

export class PronounResolver {
  /** Each he/she resolved, by where it stands. */
  private readonly resolved = new Map<number, ResolvedSpeaker | null>();
  /** Where he and she look for whom they mean; read when one first speaks, which many articles never have. */
  private pools: Pools | undefined;
  /** Names the article never treats as a person ("Wall Street"): no he or she stands for them. */
  private readonly things: Set<string>;
  /** Names the article gives a body ("housebuilder George Wimpey", "Kell, a haulage firm,"). */
  private readonly bodies: Set<string>;

  constructor(private readonly context: PronounContext) {
    const { people, namedSpeakers } = context;
    const notPeople = thingsNamed(people, namedSpeakers, context.body, (m) => context.personKey(m));
    this.things = notPeople.things;
    this.bodies = notPeople.organisations;
  }

  private readPools(): Pools {
    const { people, namedSpeakers } = this.context;
    // "They could, however, picture Tony Blair doing it": a name after a pronoun that opens its sentence is not
    // that sentence's subject.
    const subjects = this.withoutPronounOpened(people.filter((p) => p.subject));
    // "Carson turned on the Post, pointing out that its Robert Costa had reported …": a speaker inside what another
    // speaker said is what was spoken of, like a subject there.
    const spokenOf = this.spokenOf([...subjects, ...namedSpeakers].sort((a, b) => a.start - b.start));
    const named = this.withoutPronounOpened(people);
    const spokenOfNamed = this.spokenOf(named);
    return {
      antecedents: [...namedSpeakers, ...subjects]
        .filter((m) => !spokenOf.has(m))
        .sort((a, b) => a.start - b.start),
      named: named.filter((m) => !spokenOfNamed.has(m) && !this.partner(m)),
    };
  }

  /**
   * "Mr Mercer explained the design answered polling which suggests voters see Tony Hale as the future": a person
   * named after someone speaks, in the same sentence, is what the speaker spoke of, not who a later "he" is.
   * One pass over the people and the speakers, both in reading order.
   */
  private spokenOf(subjects: readonly Mention[]): Set<Mention> {
    const speakers = this.context.sources.filter((s) => s.kind === "person" || s.kind === "pronoun");
    speakers.sort((a, b) => a.start - b.start);
    const out = new Set<Mention>();
    let next = 0;
    for (const person of subjects) {
      while (next < speakers.length && speakers[next]!.start < person.start) next++;
      // "pointing out that its reporter Rob Platt had reported": the speaker before is the one that ends before
      // the name, not the name's own reporting verb's subject written with its title ("its reporter Rob Platt").
      let k = next - 1;
      while (k >= 0 && speakers[k]!.end > person.start) k--;
      const last = k >= 0 ? speakers[k]! : null;
      if (last && this.sameSentence(last.end, person.start)) out.add(person);
    }
    return out;
  }

  /** The subjects (in reading order) whose sentence does not open with a pronoun: one pass over the sentences. */
  private withoutPronounOpened(subjects: readonly PersonMention[]): PersonMention[] {
    const body = this.context.body;
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
    const body = this.context.body;
    return body !== "" && !/[.!?:;]["”’']?\s|\n/.test(body.slice(from, to));
  }

  /** Whether a name read as a person's is one the article never treats as a person (non-person-names.ts). */
  isThing(person: Mention): boolean {
    return this.things.size > 0 && this.things.has(this.context.personKey(person));
  }

  /** Whether a name read as a person's is one the article gives a company or other body. */
  isBody(person: Mention): boolean {
    return this.bodies.size > 0 && this.bodies.has(this.context.personKey(person));
  }

  /** A he, she or they speaking (an "it" is the organisation lookback's). */
  resolve(mention: Mention): ResolvedSpeaker | null {
    if (mention.pronoun === "plural") return this.plural(mention);
    if (mention.pronoun !== "male" && mention.pronoun !== "female") return null;
    return this.personal(mention);
  }

  /**
   * `spokenOf`: people a chain of this pronoun already reported on ("And Tony Blair would be …, he said"), whom it
   * cannot also mean further back.
   */
  private personal(mention: Mention, spokenOf: ReadonlySet<string> = new Set()): ResolvedSpeaker | null {
    const cached = spokenOf.size === 0 ? this.resolved.get(mention.start) : undefined;
    if (cached !== undefined) return cached;
    const person = this.antecedent(mention, spokenOf);
    // "…, he said. “…,” he promised": the same pronoun speaking again, with no person named between, is the
    // same person (even when a name stands in the words reported between) — and not the person it spoke of there,
    // though that person is named again further back.
    const chained = this.context.sources.findLast(
      (s) =>
        s.kind === "pronoun" &&
        s.pronoun === mention.pronoun &&
        s.start < mention.start &&
        s.start > (person?.start ?? -1) &&
        person !== null &&
        this.reportedBefore(person, s),
    );
    const resolved = chained
      ? this.personal(chained, new Set([...spokenOf, this.context.personKey(person!)]))
      : person && this.context.asPerson(person);
    if (spokenOf.size === 0) this.resolved.set(mention.start, resolved);
    return resolved;
  }

  /**
   * The nearest person before a he/she that may be meant by it, other than those it spoke of: among the speakers
   * and subjects, unless a person known to be of the pronoun's gender is named after the one found there, in the
   * pronoun's paragraph or the one before ("The loudest cheers went to Mr Wes Lane, a delegate. “…,” he said").
   */
  private antecedent(mention: Mention, spokenOf: ReadonlySet<string>): Mention | null {
    this.pools ??= this.readPools();
    const found = this.nearestIn(this.pools.antecedents, mention, spokenOf, compatible);
    const gendered = this.nearestIn(this.pools.named, mention, spokenOf, (a, b) => a !== null && a === b);
    if (
      gendered &&
      (!found || gendered.start > found.start) &&
      this.paragraphsBetween(gendered, mention) <= 1
    )
      return gendered;
    return found ?? this.nearestIn(this.context.people, mention, spokenOf, compatible);
  }

  /**
   * "In a conversation with radio host Ana Ruiz", "a survey by the council's engineer, Dan Frost", "players
   * including captain Tom Rusk", "the footsteps of Rusk": a person named as the other party to an exchange, the
   * author of a document, one of a list or the object of a preposition is what the sentence is about, not who a
   * later pronoun goes on with.
   */
  private partner(person: Mention): boolean {
    const before = this.context.body.slice(Math.max(0, person.start - 60), person.start);
    return PARTNER.test(before);
  }

  /** How many paragraph breaks stand between a name and a pronoun. */
  private paragraphsBetween(person: Mention, pronoun: Mention): number {
    return this.context.body.slice(person.end, pronoun.start).match(/\n+/g)?.length ?? 0;
  }

  private nearestIn(
    pool: readonly Mention[],
    mention: Mention,
    spokenOf: ReadonlySet<string>,
    agrees: (person: Gender, pronoun: Gender) => boolean,
  ): Mention | null {
    for (let i = pool.length - 1; i >= 0; i--) {
      const person = pool[i]!;
      if (person.start >= mention.start || !agrees(this.context.genderOf(person), mention.gender)) continue;
      if (this.isThing(person)) continue;
      if (this.reportedBefore(person, mention)) continue;
      if (spokenOf.size > 0 && spokenOf.has(this.context.personKey(person))) continue;
      return person;
    }
    return null;
  }

  private reportedBefore(person: Mention, pronoun: Mention): boolean {
    const body = this.context.body;
    return body !== "" && inWordsReportedBefore(body, person.end, pronoun.start);
  }

  private plural(mention: Mention): ResolvedSpeaker | null {
    const sources = this.context.sources;
    for (let i = sources.length - 1; i >= 0; i--) {
      const source = sources[i]!;
      if (source.start >= mention.start) continue;
      if (source.kind === "organisation")
        return { name: this.context.display(source.name), kind: "organisation" };
      if (source.kind === "description" && /s$/.test(source.head ?? "")) return this.context.describe(source);
    }
    return null;
  }
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
