/**
 * What an article offers every quotation's candidate speakers, gathered once: the people named and the subjects
 * of reporting verbs, by paragraph, and how prominent each person is.
 */
import type { ResolvedSpeaker, SourceEvidence } from "./mention.js";
import type { PersonMention } from "./person-mentions.js";
import { attributedPeople, type Named } from "./pronoun-candidates.js";
import type { MentionResolver } from "./resolve-mentions.js";

export interface ArticleEvidence {
  /** By paragraph, so that each quotation looks only at the few paragraphs around it. */
  named: Named[][];
  /** People holding a view as a clause's subject ("Rubio disagreed"): evidence for he/she (pronoun-candidates). */
  attributed: Named[][];
  sources: SourceEvidence[][];
  /** How often each resolved name is named in the article, as a share of all names. */
  salience: Map<string, number>;
  /** The person the article names most often: often who the article is about, and who "he" is. */
  mostNamed: Named | null;
  /** Lowercased words of the first paragraph (a headline, or the lead): who the article is about. */
  headline: Set<string>;
  body: string;
  paragraphs: ReadonlyArray<readonly [number, number]>;
}

const keys = new WeakMap<ResolvedSpeaker, string>();

export function keyOf(speaker: ResolvedSpeaker): string {
  let key = keys.get(speaker);
  if (key === undefined) {
    key = `${speaker.kind}|${speaker.name.toLowerCase()}`;
    keys.set(speaker, key);
  }
  return key;
}

const surnames = new WeakMap<ResolvedSpeaker, string>();

/** The last word of a speaker's name, lowercased: what a headline writes of a person. */
export function surnameOf(speaker: ResolvedSpeaker): string {
  let surname = surnames.get(speaker);
  if (surname === undefined) {
    surname = speaker.name.toLowerCase().split(/\s+/).at(-1) ?? "";
    surnames.set(speaker, surname);
  }
  return surname;
}

function paragraphAt(paragraphs: ReadonlyArray<readonly [number, number]>, at: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function articleEvidence(
  people: readonly PersonMention[],
  sources: readonly SourceEvidence[],
  paragraphs: ReadonlyArray<readonly [number, number]>,
  resolver: MentionResolver,
  body: string,
): ArticleEvidence {
  const [from = 0, to = 0] = paragraphs[0] ?? [];
  const headline = new Set(
    body
      .slice(from, to)
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u),
  );
  const named: Named[] = [];
  const counts = new Map<string, number>();
  for (const mention of people) {
    const resolved = resolver.resolve(mention);
    if (resolved?.kind !== "person") continue;
    named.push({ mention, paragraph: paragraphAt(paragraphs, mention.start), resolved });
    counts.set(keyOf(resolved), (counts.get(keyOf(resolved)) ?? 0) + 1);
  }
  const salience = new Map<string, number>();
  let mostNamed: Named | null = null;
  for (const n of named) {
    const key = keyOf(n.resolved);
    salience.set(key, (counts.get(key) ?? 0) / named.length);
    if (mostNamed === null || (counts.get(key) ?? 0) > (counts.get(keyOf(mostNamed.resolved)) ?? 0))
      mostNamed = n;
  }
  return {
    named: byParagraph(named, paragraphs.length),
    attributed: byParagraph(attributedPeople(named, body), paragraphs.length),
    sources: byParagraph(sources, paragraphs.length),
    salience,
    mostNamed,
    headline,
    body,
    paragraphs,
  };
}

function byParagraph<T extends { paragraph: number }>(items: readonly T[], count: number): T[][] {
  const out: T[][] = Array.from({ length: count }, () => []);
  for (const item of items) out[item.paragraph]?.push(item);
  return out;
}

/** The items of the paragraphs from `first` to `last`, in reading order. */
export function within<T>(buckets: readonly T[][], first: number, last: number): T[] {
  const out: T[] = [];
  for (let p = Math.max(0, first); p <= last && p < buckets.length; p++) {
    for (const item of buckets[p]!) out.push(item);
  }
  return out;
}
