/**
 * Turns the speaker as written ("he", "the official", "Zarif", "Mr. Trump") into the fullest form the article
 * gives: pronouns go to the nearest preceding gender-compatible person named as a speaker or as a clause's
 * subject (failing that, any person named before),
 * descriptions to the first description with the same head (or a person holding that title), surnames to the
 * full name written in the same article.
 */
import { CUE_FORMS, isCommonWord, isFiniteVerb, isKnownFirstName, isLikelyNameWord } from "./lexicon.js";
import { isNameWord, type Mention, parseNounPhrase } from "./mentions.js";
import type { Token } from "./tokens.js";

export interface ResolvedSpeaker {
  name: string;
  kind: "person" | "organisation" | "description";
}

/** A person named in the article: whether the name is a clause's subject, and pronouns that follow it. */
export interface PersonMention extends Mention {
  subject: boolean;
  /** +1 for each "he" after the name in its sentence, −1 for each "she" ("Clinton said she…"). */
  pronounHint: number;
}

type Gender = Mention["gender"];

const TITLE_FOR_ROLE: Record<string, string[]> = {
  senator: ["sen", "senator"],
  president: ["president"],
  governor: ["gov", "governor"],
  congressman: ["rep", "representative", "congressman"],
  congresswoman: ["rep", "representative", "congresswoman"],
  representative: ["rep", "representative"],
  secretary: ["secretary"],
  minister: ["minister"],
  general: ["gen", "general"],
  mayor: ["mayor"],
  leader: ["leader"],
  chairman: ["chairman", "chair"],
  judge: ["judge"],
  speaker: ["speaker"],
  ambassador: ["ambassador"],
  candidate: ["candidate"],
  nominee: ["nominee"],
  chancellor: ["chancellor"],
};

function nameTokens(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter(Boolean);
}

function endsWithTokens(full: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > full.length) return false;
  const offset = full.length - part.length;
  return part.every((w, i) => full[offset + i] === w);
}

function compatible(a: Gender, b: Gender): boolean {
  return a === null || b === null || a === b;
}

const CLAUSE_OPENERS = new Set([
  ",",
  ";",
  "—",
  "–",
  "and",
  "but",
  "so",
  "then",
  "while",
  "when",
  "because",
  "as",
  "after",
]);

/** "On Wednesday, Clinton bashed …", "Trump also offered …": a name opening its clause, followed by a verb. */
function isSubjectPosition(tokens: readonly Token[], start: number, end: number): boolean {
  const previous = tokens[start - 1];
  const opensClause = !previous || previous.kind === "quote" || CLAUSE_OPENERS.has(previous.lower);
  if (!opensClause) return false;
  let i = end;
  while (tokens[i]?.kind === "word" && /^\p{Ll}+ly$/u.test(tokens[i]!.text)) i++;
  const next = tokens[i];
  if (next?.kind !== "word" || next.cap)
    return next?.text === "," && (!previous || previous.kind === "quote");
  return (
    isFiniteVerb(next.lower) ||
    CUE_FORMS.has(next.lower) ||
    (/ed$/.test(next.lower) && !isCommonWord(next.lower))
  );
}

function pronounHint(tokens: readonly Token[], end: number): number {
  let hint = 0;
  for (let i = end; i < tokens.length && i < end + 15; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && /[.!?]/.test(t.text)) break;
    if (t.lower === "he") hint++;
    else if (t.lower === "she") hint--;
  }
  return hint;
}

/** A name sure to be a person's: a title, a known first name, or words the lexicon knows only as names. */
function isStrongName(mention: Mention): boolean {
  const words = mention.name.split(/\s+/);
  if (words.length < 2) return false;
  if (mention.titles.length > 0 || isKnownFirstName(words[0]!)) return !words.some((w) => isCommonWord(w));
  return words.every((w) => isLikelyNameWord(w));
}

/** Every person named in the article (outside quotations), in reading order. */
export function collectPersonMentions(
  paragraphTokens: readonly (readonly Token[])[],
  body: string,
): PersonMention[] {
  const found: PersonMention[] = [];
  for (const tokens of paragraphTokens) {
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.cap || !isNameWord(tokens[i])) continue;
      let j = i;
      while (j + 1 < tokens.length && isNameWord(tokens[j + 1])) j++;
      const mention = parseNounPhrase(tokens.slice(i, j + 1), body);
      if (mention?.kind === "person") {
        found.push({
          ...mention,
          subject: isSubjectPosition(tokens, i, j + 1),
          pronounHint: pronounHint(tokens, j + 1),
        });
      }
      i = j;
    }
  }
  const strong = found.filter(isStrongName);
  const surnames = new Set(strong.map((m) => m.name.split(/\s+/).at(-1)!.toLowerCase()));
  const single = (m: Mention) => m.name.split(/\s+/).length === 1;
  return found.filter(
    (m) => isStrongName(m) || (single(m) && (m.titles.length > 0 || surnames.has(m.name.toLowerCase()))),
  );
}

export class MentionResolver {
  private readonly genders = new Map<string, Gender>();
  private readonly fullNames = new Map<string, string>();
  /** Speakers named at a reporting verb and people named as a clause's subject: what "he" and "she" refer to. */
  private readonly antecedents: Mention[];

  constructor(
    private readonly people: readonly PersonMention[],
    private readonly sources: readonly Mention[],
    private readonly titleCase: boolean,
  ) {
    const named = sources.filter((m) => m.kind === "person");
    this.antecedents = [...named, ...people.filter((p) => p.subject)].sort((a, b) => a.start - b.start);
    this.learnGenders();
  }

  resolve(mention: Mention): ResolvedSpeaker | null {
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
    for (const person of this.people) {
      const full = this.fullName(person).toLowerCase();
      let vote = person.pronounHint;
      const titleGender = person.titles.length > 0 ? person.gender : null;
      if (titleGender) vote += titleGender === "male" ? 3 : -3;
      else if (person.gender) vote += person.gender === "male" ? 1 : -1;
      votes.set(full, (votes.get(full) ?? 0) + vote);
    }
    for (const [name, vote] of votes) this.genders.set(name, vote > 0 ? "male" : vote < 0 ? "female" : null);
  }

  private genderOf(person: Mention): Gender {
    return this.genders.get(this.fullName(person).toLowerCase()) ?? person.gender;
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
    const part = nameTokens(mention.name);
    let best: Mention | null = null;
    let bestLength = 0;
    for (const person of this.people) {
      const full = nameTokens(person.name);
      if (full.length <= part.length || !endsWithTokens(full, part)) continue;
      if (!compatible(person.gender, mention.gender)) continue;
      if (full.length > bestLength) {
        best = person;
        bestLength = full.length;
      }
    }
    return best ? best.name : mention.name;
  }

  private pronoun(mention: Mention): ResolvedSpeaker | null {
    if (mention.pronoun === "plural") return this.plural(mention);
    if (mention.pronoun !== "male" && mention.pronoun !== "female") return null;
    for (const pool of [this.antecedents, this.people]) {
      for (let i = pool.length - 1; i >= 0; i--) {
        const person = pool[i]!;
        if (person.start >= mention.start || !compatible(this.genderOf(person), mention.gender)) continue;
        return { name: this.display(this.fullName(person)), kind: "person" };
      }
    }
    return null;
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

  private description(mention: Mention): ResolvedSpeaker {
    const head = mention.head ?? "";
    const definite = /^(?:the|this|that)\s/i.test(mention.text);
    const titles = TITLE_FOR_ROLE[head];
    if (titles && definite) {
      for (let i = this.people.length - 1; i >= 0; i--) {
        const person = this.people[i]!;
        if (person.start < mention.start && person.titles.some((t) => titles.includes(t))) {
          return { name: this.display(this.fullName(person)), kind: "person" };
        }
      }
    }
    if (definite) {
      const earlier = this.sources.find(
        (s) =>
          s.kind === "description" &&
          s.head === head &&
          s.start < mention.start &&
          !/^(?:the|this|that)\s/i.test(s.text),
      );
      if (earlier) return { name: this.display(earlier.text), kind: "description" };
    }
    return { name: this.display(mention.text), kind: "description" };
  }
}
