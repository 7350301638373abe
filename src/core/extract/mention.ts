/**
 * A noun phrase that can speak, as the extractor passes it around (the shape every mention shares), and what it
 * resolves to: the types the extraction modules share, kept apart so that none of them imports another for a type.
 */
import type { PronounClass } from "./lexicon.js";
import type { Token } from "./tokens.js";

export type MentionKind = "person" | "organisation" | "description" | "pronoun";

export interface Mention {
  /** The phrase as written. */
  text: string;
  start: number;
  end: number;
  kind: MentionKind;
  /** Person: the name without titles; organisation: the phrase without a leading "the"; description: as written. */
  name: string;
  pronoun: PronounClass | undefined;
  gender: "male" | "female" | null;
  /** Lowercased title words written before the name ("prime", "minister"). */
  titles: string[];
  /** Last word of a description ("official"), lowercased. */
  head: string | undefined;
}

/**
 * A mention with every field set, always in this order: one object shape for every mention, so that the code
 * reading them (the resolver's full names and genders, the scanners' tests) stays monomorphic instead of
 * deoptimising on each new shape a spread copy or a literal missing a field would make.
 */
export function newMention(
  kind: MentionKind,
  name: string,
  text: string,
  start: number,
  end: number,
  gender: Mention["gender"] = null,
  titles: string[] = [],
  head: string | undefined = undefined,
  pronoun: PronounClass | undefined = undefined,
): Mention {
  return { text, start, end, kind, name, pronoun, gender, titles, head };
}

/** `m` under another name, text or extent: a new mention of the same shape, other fields as they were. */
export function reworded(m: Mention, name: string, text: string, start: number, end: number): Mention {
  return newMention(m.kind, name, text, start, end, m.gender, m.titles, m.head, m.pronoun);
}

/** A mention spanning `tokens` (newMention: one shape for every mention). */
export function makeMention(
  tokens: readonly Token[],
  kind: MentionKind,
  name: string,
  text: string,
  gender: Mention["gender"] = null,
  titles: string[] = [],
  head: string | undefined = undefined,
  pronoun: PronounClass | undefined = undefined,
): Mention {
  const end = tokens[tokens.length - 1]!.end;
  return newMention(kind, name, text, tokens[0]!.start, end, gender, titles, head, pronoun);
}

export interface ResolvedSpeaker {
  name: string;
  kind: "person" | "organisation" | "description";
}

/** A reporting verb with its subject, resolved, in reading order. */
export interface SourceEvidence {
  at: number;
  paragraph: number;
  mention: Mention;
  cue: string | null;
  resolved: ResolvedSpeaker;
}
