/**
 * Canonical speakers across a corpus. A person's forms ("Mohammed Javad Zarif", "Mohammad Javad Zarif", "Javad
 * Zarif") join when their names are compatible; a surname alone joins the one person with that surname, if only
 * one. The canonical name is the most complete form, then the one with most quotations, then the one written
 * with capitals in the source (over a title-cased reconstruction), then the first alphabetically. Organisations
 * join on their name without "the"; descriptions only when identical.
 */
import type { Speaker } from "../types.js";
import { compatibleNames, significantWords, surnameOf } from "./name-forms.js";

export type SpeakerKind = Speaker["kind"];

/** One written form of a speaker's name and how it was used. */
export interface FormUse {
  form: string;
  kind: SpeakerKind;
  quotes: number;
  /** Written with capitals in punctuated text (not reconstructed from lowercase). */
  cased: boolean;
  /** The speaker as written where attributed ("Foreign Minister Javad Zarif", "Zarif"). */
  mentions: Set<string>;
}

export interface CanonicalSpeakers {
  speakers: Speaker[];
  /** `${kind}|${form}` → canonical name. */
  canonicalOf: Map<string, string>;
}

export function formKey(kind: SpeakerKind, form: string): string {
  return `${kind}|${form}`;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Groups a person's forms: compatible full names join; a lone surname joins its only full-name group. */
function clusterPeople(forms: readonly FormUse[]): FormUse[][] {
  const sets = new UnionFind(forms.length);
  const bySurname = new Map<string, number[]>();
  forms.forEach((f, i) => {
    if (significantWords(f.form).length < 2) return;
    const key = surnameOf(f.form);
    bySurname.set(key, [...(bySurname.get(key) ?? []), i]);
  });
  for (const members of bySurname.values()) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        if (compatibleNames(forms[members[a]!]!.form, forms[members[b]!]!.form))
          sets.union(members[a]!, members[b]!);
      }
    }
  }
  forms.forEach((f, i) => {
    if (significantWords(f.form).length !== 1) return;
    const members = bySurname.get(surnameOf(f.form)) ?? [];
    const roots = new Set(members.map((m) => sets.find(m)));
    if (roots.size === 1) sets.union(i, members[0]!);
  });
  return groupBy(forms, (_, i) => sets.find(i));
}

function groupBy<T>(items: readonly T[], key: (item: T, index: number) => string | number): T[][] {
  const groups = new Map<string | number, T[]>();
  items.forEach((item, i) => {
    const k = key(item, i);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  });
  return [...groups.values()];
}

function betterCanonical(a: FormUse, b: FormUse): number {
  if (a.kind === "person") {
    const completeness = significantWords(b.form).length - significantWords(a.form).length;
    if (completeness !== 0) return completeness;
  }
  if (a.cased !== b.cased) return a.cased ? -1 : 1;
  if (a.quotes !== b.quotes) return b.quotes - a.quotes;
  return a.form.localeCompare(b.form);
}

function toSpeaker(group: readonly FormUse[]): Speaker {
  const ranked = [...group].sort(betterCanonical);
  const canonical = ranked[0]!;
  const aliases = new Set<string>();
  for (const use of group) {
    aliases.add(use.kind === "organisation" ? use.form.replace(/^the\s+/i, "") : use.form);
    for (const mention of use.mentions) aliases.add(mention);
  }
  return {
    name: canonical.kind === "organisation" ? canonical.form.replace(/^the\s+/i, "") : canonical.form,
    aliases: [...aliases].sort((a, b) => a.localeCompare(b)),
    kind: canonical.kind,
    quoteCount: group.reduce((sum, use) => sum + use.quotes, 0),
  };
}

/** Builds canonical speakers from every form used in the corpus. */
export function canonicalSpeakers(uses: readonly FormUse[]): CanonicalSpeakers {
  const people = uses.filter((u) => u.kind === "person");
  const organisations = uses.filter((u) => u.kind === "organisation");
  const descriptions = uses.filter((u) => u.kind === "description");
  const groups = [
    ...clusterPeople(people),
    ...groupBy(organisations, (u) => u.form.toLowerCase().replace(/^the\s+/, "")),
    ...groupBy(descriptions, (u) => u.form.toLowerCase()),
  ];
  const canonicalOf = new Map<string, string>();
  const speakers = groups.map((group) => {
    const speaker = toSpeaker(group);
    for (const use of group) canonicalOf.set(formKey(use.kind, use.form), speaker.name);
    return speaker;
  });
  speakers.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  return { speakers, canonicalOf };
}
