/**
 * What an article offers every quotation's candidate speakers, gathered once: the people named and the subjects
 * of reporting verbs, by paragraph, and how prominent each person is.
 */
import type { ResolvedSpeaker, SourceEvidence } from "./mention.js";
import type { PersonMention } from "./person-mentions.js";
import { attributedPeople, type Named } from "./pronoun-candidates.js";
import { remember } from "./remember.js";
import type { MentionResolver } from "./resolve-mentions.js";

/** A reporting verb's subject with its speaker's key (`keyOf`), read once per article. */
export type KeyedSource = SourceEvidence & { key: string };

export interface ArticleEvidence {
  /** By paragraph, so that each quotation looks only at the few paragraphs around it. */
  named: Named[][];
  /** People holding a view as a clause's subject ("Rubio disagreed"): evidence for he/she (pronoun-candidates). */
  attributed: Named[][];
  sources: KeyedSource[][];
  /** How often each resolved name is named in the article, as a share of all names. */
  salience: Map<string, number>;
  /** The person the article names most often: often who the article is about, and who "he" is. */
  mostNamed: Named | null;
  /** Lowercased words of the first paragraph (a headline, or the lead): who the article is about. */
  headline: Set<string>;
  /** Whether the headline holds each person's surname, by key: asked for every quotation a person may have said. */
  inHeadline: Map<string, boolean>;
  body: string;
  paragraphs: ReadonlyArray<readonly [number, number]>;
  /** Each speaker's key (`keyIn`). */
  keys: Map<ResolvedSpeaker, string>;
}

/** A speaker's key: its kind and lowercased name, which candidates for the same speaker share. */
export function keyOf(speaker: ResolvedSpeaker): string {
  return `${speaker.kind}|${speaker.name.toLowerCase()}`;
}

/**
 * A speaker's key, kept for the article: every quotation asks again for the speakers near it, and a small map
 * that dies with the article is cheaper to ask than one weak map of every speaker in a corpus.
 */
export function keyIn(evidence: Pick<ArticleEvidence, "keys">, speaker: ResolvedSpeaker): string {
  return remember(evidence.keys, speaker, keyOf);
}

/** The last word of a speaker's name, lowercased: what a headline writes of a person. */
function surnameOf(speaker: ResolvedSpeaker): string {
  return speaker.name.toLowerCase().split(/\s+/).at(-1) ?? "";
}

/** Whether the article's headline holds a person's surname (`key` is the person's `keyOf`), kept by key. */
export function surnameInHeadline(evidence: ArticleEvidence, key: string, speaker: ResolvedSpeaker): boolean {
  let found = evidence.inHeadline.get(key);
  if (found === undefined) {
    found = evidence.headline.has(surnameOf(speaker));
    evidence.inHeadline.set(key, found);
  }
  return found;
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
  const keys = new Map<ResolvedSpeaker, string>();
  const counts = new Map<string, number>();
  for (const mention of people) {
    const resolved = resolver.resolve(mention);
    if (resolved?.kind !== "person") continue;
    const key = keyIn({ keys }, resolved);
    named.push({ mention, paragraph: paragraphAt(paragraphs, mention.start), resolved, key });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // The first time each person is named: "courtesy of Wes Lund, a delegate from …" brings in whom a "he" next means.
  const first = new Map<string, Named>();
  for (const n of named) {
    const earlier = first.get(n.key);
    if (!earlier || n.mention.start < earlier.mention.start) first.set(n.key, n);
  }
  for (const n of first.values()) n.introduced = true;
  const salience = new Map<string, number>();
  let mostNamed: Named | null = null;
  let mostCount = 0;
  for (const n of named) {
    const count = counts.get(n.key) ?? 0;
    salience.set(n.key, count / named.length);
    if (mostNamed === null || count > mostCount) {
      mostNamed = n;
      mostCount = count;
    }
  }
  return {
    named: byParagraph(named, paragraphs.length),
    attributed: byParagraph(attributedPeople(named, body), paragraphs.length),
    sources: byParagraph(
      // Field by field: a spread copy is slower, and this runs for every reporting verb of a corpus.
      sources.map(({ at, paragraph, mention, cue, resolved }) => ({
        at,
        paragraph,
        mention,
        cue,
        resolved,
        key: keyIn({ keys }, resolved),
      })),
      paragraphs.length,
    ),
    salience,
    mostNamed,
    headline,
    inHeadline: new Map(),
    keys,
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
