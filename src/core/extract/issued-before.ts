/**
 * "In a statement, the club said …. “…,” the statement said": a document speaking with no issuer written in its
 * own words stands for whoever the article said issued it just before — the subject that "said in a statement",
 * spoke "in its statement" or "issued a statement". When the article says no such thing, the document stays the
 * speaker, as written.
 */

import { DOCUMENT_NOUNS, sentenceStart } from "./document-issuer.js";
import { subjectBefore } from "./find-subject.js";
import type { Mention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { tokenize } from "./tokens.js";

/** The words before a document that make it someone's: "a statement", "its statement", "their latest report". */
const OWNED = String.raw`(?:an?|the|its|their|his|her|this|that)\s+(?:[\p{Ll}-]+\s+)?`;
/** Verbs whose subject speaks in the document. */
const SPOKE = `said|says|added|stated|insisted|confirmed|announced|denied|warned|claimed|stressed|explained|admitted|argued|rejected|urged`;
/** Verbs whose subject issues the document. */
const ISSUED = String.raw`issued|released|published|put\s+out|sent\s+out`;

/** How far back the issuer may be named: in the description's paragraph or the one before, within this reach. */
const REACH = 900;

/** The patterns, per document noun: each matches up to the verb whose subject issued the document. */
const patterns = new Map<string, readonly RegExp[]>();

function patternsFor(noun: string): readonly RegExp[] {
  let found = patterns.get(noun);
  if (!found) {
    found = [
      // "In a statement, the club said", "In its statement Valve also said": the first such verb after.
      new RegExp(String.raw`\b[Ii]n\s+${OWNED}${noun}\b[^.!?"“”\n]{0,120}?\b(?:${SPOKE})\b`, "gu"),
      // "the club said in its statement", "Valve said yesterday in a statement".
      new RegExp(String.raw`\b(?:${SPOKE})\s+(?:[\p{L}-]+\s+){0,2}?in\s+${OWNED}${noun}\b`, "gu"),
      // "the Hallam Trust issued a statement".
      new RegExp(String.raw`\b(?:${ISSUED})\s+${OWNED}${noun}\b`, "gu"),
    ];
    patterns.set(noun, found);
  }
  return found;
}

/** Where the verb of a match ends: the match's end for the first pattern, its first word's end for the others. */
function verbEnd(match: RegExpMatchArray, index: number): number {
  const at = match.index ?? 0;
  if (index === 0) return at + match[0].length;
  const verb = new RegExp(`^(?:${index === 1 ? SPOKE : ISSUED})`, "u").exec(match[0]);
  return at + (verb?.[0].length ?? 0);
}

/** The subject of the verb ending at `end`, read back to the start of its sentence. */
function subjectOfVerb(body: string, end: number, from: number): Mention | null {
  const tokens = tokenize(body, Math.max(from, sentenceStart(body, end)), end, []);
  const cue = tokens.length - 1;
  if (cue < 1) return null;
  return subjectBefore(tokens, cue, 0, body);
}

/**
 * Who issued the document `mention` ("the statement") by the nearest sentence before it that says so: a person, an
 * organisation, a description ("the club") or "it", as written — or null.
 */
export function issuedBefore(body: string, mention: Mention): Mention | null {
  const noun = mention.head ?? "";
  if (!DOCUMENT_NOUNS.has(noun) || !/^the\s/i.test(mention.text) || mention.text.split(/\s+/).length !== 2)
    return null;
  const from = Math.max(0, mention.start - REACH);
  const window = body.slice(from, mention.start);
  let best: { end: number; subject: Mention } | null = null;
  patternsFor(noun).forEach((pattern, index) => {
    for (const match of window.matchAll(pattern)) {
      const end = from + verbEnd(match, index);
      if ((best && end <= best.end) || (body.slice(end, mention.start).match(/\n+/g) ?? []).length > 1)
        continue;
      const subject = subjectOfVerb(body, end, from);
      if (subject && isIssuer(subject)) best = { end, subject };
    }
  });
  const owner = ownerBefore(body, from, window, noun, mention.start);
  if (owner && (!best || owner.end > (best as { end: number }).end)) best = owner;
  return (best as { subject: Mention } | null)?.subject ?? null;
}

/** "The Audit Office's yearly report", "Ofcom's report": a name owning a document of the noun, up to two words between. */
const OWNER = String.raw`((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?`;
const owners = new Map<string, RegExp>();

/**
 * The nearest name before `window`'s end whose document of this noun the article mentions ("The NAO's annual report
 * showed …" before "the report says"), in the same paragraph or the one before.
 */
function ownerBefore(
  body: string,
  from: number,
  window: string,
  noun: string,
  at: number,
): { end: number; subject: Mention } | null {
  let pattern = owners.get(noun);
  if (!pattern) {
    pattern = new RegExp(String.raw`${OWNER}${noun}\b`, "gu");
    owners.set(noun, pattern);
  }
  let found: { end: number; subject: Mention } | null = null;
  for (const match of window.matchAll(pattern)) {
    const end = from + (match.index ?? 0) + match[0].length;
    if ((body.slice(end, at).match(/\n+/g) ?? []).length > 1) continue;
    // A sentence's opening "The" belongs to the phrase, not to the name: "The NAO's report".
    const name = match[1]!.replace(/^(?:The|A|An)\s+/u, "");
    const start = from + (match.index ?? 0) + match[1]!.length - name.length;
    const tokens = tokenize(body, start, start + name.length, []);
    const subject = tokens.length > 0 ? parseNounPhrase(tokens, body) : null;
    if (subject && isIssuer(subject)) found = { end, subject };
  }
  return found;
}

/** "we said in a statement" is a speaker's own; a document does not issue another. */
function isIssuer(subject: Mention): boolean {
  if (subject.kind === "pronoun")
    return subject.pronoun === "neuter" || subject.pronoun === "male" || subject.pronoun === "female";
  return !DOCUMENT_NOUNS.has(subject.head ?? "");
}

/** Who issued a document that speaks ("the statement"), as the article tells it before the document speaks. */
export class DocumentIssuer {
  private ordered: readonly Mention[] | undefined;

  constructor(
    private readonly sources: readonly Mention[],
    private readonly body: string,
    /** The issuer a document's own words name: "a Pellow Athletics statement" → Pellow Athletics. */
    private readonly named: (document: Mention) => Mention | null,
  ) {}

  /**
   * "the statement": its issuer as an earlier sentence names it ("In a statement, the club said"), or as the
   * nearer document of the same noun quoted before in the same paragraph named it ("A Pellow Athletics statement
   * said: … The statement continued").
   */
  of(mention: Mention): Mention | null {
    if (!/^the\s/i.test(mention.text)) return null;
    const said = issuedBefore(this.body, mention);
    this.ordered ??= [...this.sources].sort((a, b) => a.start - b.start);
    for (let i = this.ordered.length - 1; i >= 0; i--) {
      const source = this.ordered[i]!;
      if (source.start >= mention.start) continue;
      // A document quoted in an earlier paragraph may be another of the same noun ("the poll" after "a YouGov poll").
      if ((said && source.start < said.start) || this.body.slice(source.end, mention.start).includes("\n"))
        break;
      const issuer = source.kind === "description" && source.head === mention.head && this.named(source);
      if (issuer) return issuer;
    }
    return said;
  }
}
