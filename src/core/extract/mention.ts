/**
 * A noun phrase that can speak, as the extractor passes it around (the shape every mention shares), and what it
 * resolves to: the types the extraction modules share, kept apart so that none of them imports another for a type.
 */
import type { PronounClass } from "./lexicon.js";

export type MentionKind = "person" | "organisation" | "description" | "pronoun";

export interface Mention {
  /** The phrase as written. */
  text: string;
  start: number;
  end: number;
  kind: MentionKind;
  /** Person: the name without titles; organisation: the phrase without a leading "the"; description: as written. */
  name: string;
  pronoun?: PronounClass;
  gender: "male" | "female" | null;
  /** Lowercased title words written before the name ("prime", "minister"). */
  titles: string[];
  /** Last word of a description ("official"), lowercased. */
  head?: string;
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
