import { UNKNOWN_OUTLET } from "../source-name.js";
import type { AttributionCount, Change, QueryPartResult } from "../types.js";
import { isMeaningful } from "./classify-changes.js";
import type { Located } from "./locate-occurrences.js";
import { sourceName } from "./wording-variants.js";

/** One readable paragraph per verdict. Everything quoted back to the user is shortened to stay one line. */

const MAX_QUOTED = 70;
const MAX_CHANGE = 40;

export function shorten(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** "TIME", "TIME and NBC News", "TIME, NBC News and 3 more"; in a sentence, an outlet not known is "an unknown outlet". */
function joinNames(given: readonly string[]): string {
  const names = given.map((n) => (n === UNKNOWN_OUTLET ? `an ${n}` : n));
  if (names.length <= 1) return names[0] ?? "the corpus";
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
}

/** Distinct source names of the occurrences, in their order. */
export function sourceList(located: readonly Located[]): string[] {
  return [...new Set(located.map((l) => sourceName(l.occurrence)))];
}

export function listSources(located: readonly Located[]): string {
  return joinNames(sourceList(located));
}

function earliest(located: readonly Located[]): string {
  const dates = located.map((l) => l.occurrence.date).filter((d): d is string => d !== null);
  if (dates.length === 0) return "";
  return ` (earliest ${dates.sort()[0]})`;
}

const quoted = (text: string) => `“${shorten(text, MAX_CHANGE)}”`;

/** A meaning-changing difference in words: "the source says 20%, not 30%". */
function describeMeaningful(change: Change): string {
  if (!change.source) return `the source does not have ${quoted(change.yours)}`;
  if (change.kind === "number")
    return change.yours
      ? `the source says ${shorten(change.source, MAX_CHANGE)}, not ${shorten(change.yours, MAX_CHANGE)}`
      : `the source says ${shorten(change.source, MAX_CHANGE)}`;
  if (!change.yours) return `the source says ${quoted(change.source)}`;
  return `the source says ${quoted(change.source)}, not ${quoted(change.yours)}`;
}

/** A difference that keeps the meaning: “defense” for your “defence”. */
function describeSmall(change: Change): string {
  if (!change.source) return `your ${quoted(change.yours)}, not in the source`;
  if (!change.yours) return `${quoted(change.source)}, which you left out`;
  return `${quoted(change.source)} for your ${quoted(change.yours)}`;
}

export function describeChanges(changes: readonly Change[], limit = 2): string {
  return changes
    .slice(0, limit)
    .map((c) => (isMeaningful(c) ? describeMeaningful(c) : describeSmall(c)))
    .join("; ");
}

/**
 * When sources name different speakers: "NBC News and TIME quote Zarif; CNN gives it to an official. Most name
 * Zarif; the earliest, TIME (2020-01-08), names Zarif." Empty when they agree.
 */
export function describeDisagreement(attributions: readonly AttributionCount[]): string {
  if (attributions.length < 2) return "";
  const [first, ...others] = attributions;
  const parts = [
    `${joinNames(first!.sources)} quote${first!.sources.length > 1 ? "" : "s"} ${first!.speaker}`,
    ...others.map((a) => `${joinNames(a.sources)} give${a.sources.length > 1 ? "" : "s"} it to ${a.speaker}`),
  ];
  const lead = ` Sources disagree on the speaker: ${parts.join("; ")}.`;
  const majority =
    first!.documents.length > (others[0]?.documents.length ?? 0) ? ` Most name ${first!.speaker}` : "";
  const dated = attributions.filter((a) => a.earliest !== null);
  const early = [...dated].sort((a, b) => a.earliest!.localeCompare(b.earliest!))[0];
  const earliestNote = early ? `the earliest (${early.earliest}) names ${early.speaker}` : "";
  if (majority && earliestNote) return `${lead}${majority}; ${earliestNote}.`;
  if (majority) return `${lead}${majority}.`;
  return earliestNote ? `${lead} The ${earliestNote.slice(4)}.` : lead;
}

/**
 * Speakers an article may mean but does not name clearly (see `clearSpeaker`): offered as a possibility, never
 * stated.
 */
function perhaps(unclear: readonly string[]): string {
  return unclear.length > 0 ? ` (perhaps ${joinNames(unclear)})` : "";
}

export function explainVerified(
  speaker: string | null,
  basis: readonly Located[],
  attributions: readonly AttributionCount[],
  unclear: readonly string[] = [],
): string {
  const exact = basis.filter((l) => l.exact && !l.meaningful);
  const others = basis.filter((l) => !exact.some((e) => e.occurrence.document === l.occurrence.document));
  const where = `${listSources(exact)}${earliest(exact)}`;
  const plural = new Set(others.map((l) => sourceName(l.occurrence))).size > 1;
  const also =
    others.length > 0
      ? `; ${listSources(others)} ${plural ? "carry" : "carries"} it with small differences`
      : "";
  const disagreement = describeDisagreement(attributions);
  if (speaker) return `${speaker} said this, word for word, as reported by ${where}${also}.${disagreement}`;
  if (attributions.length > 1)
    return `These words appear word for word as a quotation in ${where}${also}, but the sources give them to different people.${disagreement}`;
  if (unclear.length > 0)
    return `These words appear word for word as a quotation in ${where}, but the source does not make clear who said them${perhaps(unclear)}${also}.`;
  return `These words appear word for word as a quotation in ${where}, but the source does not say who said them${also}.`;
}

export function explainVariant(
  speaker: string | null,
  basis: readonly Located[],
  changes: readonly Change[],
  attributions: readonly AttributionCount[],
  unclear: readonly string[] = [],
): string {
  const differences = describeChanges(changes);
  const how = differences ? ` (${differences})` : "";
  if (!speaker && attributions.length > 1)
    return `These words appear, in slightly different words${how}, as a quotation in ${listSources(basis)}${earliest(basis)}, but the sources give them to different people.${describeDisagreement(attributions)}`;
  const who =
    speaker ??
    (unclear.length > 0
      ? `Someone the source does not clearly name${perhaps(unclear)}`
      : "Someone the source does not name");
  return `${who} said this in slightly different words${how}, as reported by ${listSources(basis)}${earliest(basis)}.${describeDisagreement(attributions)}`;
}

export function explainMisquoted(
  speaker: string | null,
  basis: readonly Located[],
  changes: readonly Change[],
  attributions: readonly AttributionCount[],
  claim?: { claimed: string; named: readonly string[] },
): string {
  const meaningful = changes.filter(isMeaningful);
  const who = speaker ? `quoted from ${speaker} ` : "quoted ";
  const lead = `The words are ${who}in ${listSources(basis)}${earliest(basis)}, but changed in meaning: ${describeChanges(meaningful, 3)}.`;
  let note = "";
  if (claim)
    note =
      claim.named.length > 0
        ? ` The sources give them to ${joinNames(claim.named)}, not ${claim.claimed}.`
        : ` No source names who said them, so this cannot confirm ${claim.claimed}.`;
  return `${lead}${note}${describeDisagreement(attributions)}`;
}

/** " TIME has it with another meaning: the source says “don't think”, not “think”." */
export function explainConflict(conflicting: readonly Located[]): string {
  const first = conflicting[0]?.changes.find(isMeaningful);
  if (!first) return "";
  const plural = sourceList(conflicting).length > 1;
  return ` ${listSources(conflicting)} ${plural ? "have" : "has"} it with another meaning: ${describeMeaningful(first)}.`;
}

export function explainMisattributed(
  claimed: string,
  attributions: readonly AttributionCount[],
  basis: readonly Located[],
): string {
  const speakers = attributions.map((a) => a.speaker);
  const plural = new Set(basis.map((l) => sourceName(l.occurrence))).size > 1;
  return `${listSources(basis)} attribute${plural ? "" : "s"} these words to ${joinNames(speakers)}, not ${claimed}.${describeDisagreement(attributions)}`;
}

export function explainUnattributed(
  claimed: string,
  attributions: readonly AttributionCount[],
  basis: readonly Located[],
  unclear: readonly string[] = [],
): string {
  if (attributions.length === 0 && unclear.length > 0) {
    const plural = new Set(basis.map((l) => sourceName(l.occurrence))).size > 1;
    return `Quoted in ${listSources(basis)}${earliest(basis)}, which may give it to ${joinNames(unclear)} but ${plural ? "do" : "does"} not make it clear, so this cannot confirm ${claimed}.`;
  }
  const described = attributions.map((a) => a.speaker);
  const only =
    described.length > 0
      ? `, which give${basis.length > 1 ? "" : "s"} it only to ${joinNames(described)}`
      : "";
  return `Quoted in ${listSources(basis)}${earliest(basis)}${only}, but no source names who said it, so this cannot confirm ${claimed}.`;
}

export function explainUnquoted(pool: readonly Located[], overruled: readonly Located[]): string {
  const partly = pool.find((l) => l.partlyQuoted)?.partlyQuoted;
  const base = partly
    ? `These words appear in ${listSources(pool)}, but only “${shorten(partly)}” is inside a quotation there; the rest is the reporter's own narration.`
    : `These words appear in ${listSources(pool)}, but in the reporter's own narration, not inside anyone's quotation.`;
  if (overruled.length === 0) return base;
  return `${base} A copy without punctuation (${listSources(overruled)}) reads them as a quotation, which the punctuated text does not bear out.`;
}

export function explainPartial(parts: readonly QueryPartResult[]): string {
  const found = parts
    .filter((p) => p.supported)
    .map((p) => {
      const who = p.quoted ? (p.speaker ? `${p.speaker}, ` : "") : "narration in ";
      return `“${shorten(p.text, 50)}” (${who}${joinNames(p.sources)})`;
    });
  const missing = parts.filter((p) => !p.supported).map((p) => `“${shorten(p.text, 50)}”`);
  const lead = `Only part of this is supported: ${found.join(" and ")}`;
  if (missing.length > 0)
    return `${lead}; ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not in the corpus.`;
  return `${lead}, from separate passages rather than one quotation.`;
}

export function explainNotFound(closest: Located | null): string {
  if (!closest) return "Nothing in the corpus supports this quotation: no article has these words.";
  return `Nothing in the corpus supports this quotation; the closest passage, in ${sourceName(closest.occurrence)}, shares only some of its words.`;
}
