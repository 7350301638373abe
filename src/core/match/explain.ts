import type { DiffPart } from "../types.js";
import type { Located } from "./locate-occurrences.js";
import { sourceName } from "./wording-variants.js";

/** One readable sentence per verdict. Everything quoted back to the user is shortened to stay one line. */

const MAX_QUOTED = 70;

export function shorten(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** "TIME", "TIME and NBC News", "TIME, NBC News and 3 more". */
export function listSources(located: readonly Located[]): string {
  const names = [...new Set(located.map((l) => sourceName(l.occurrence)))];
  if (names.length <= 1) return names[0] ?? "the corpus";
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
}

function earliest(located: readonly Located[]): string {
  const dates = located.map((l) => l.occurrence.date).filter((d): d is string => d !== null);
  if (dates.length === 0) return "";
  return ` (earliest ${dates.sort()[0]})`;
}

/** The first few differences of a diff, in words: “defense” for your “defence”. */
export function describeDiff(diff: readonly DiffPart[], limit = 2): string {
  const notes: string[] = [];
  for (let i = 0; i < diff.length && notes.length < limit; i++) {
    const part = diff[i]!;
    const next = diff[i + 1];
    const value = part.value.trim();
    if (!value || (!part.added && !part.removed)) continue;
    if (part.removed && next?.added && next.value.trim()) {
      notes.push(`“${shorten(value, 30)}” for your “${shorten(next.value.trim(), 30)}”`);
      i++;
    } else if (part.removed) notes.push(`“${shorten(value, 30)}”, which you left out`);
    else notes.push(`your “${shorten(value, 30)}”, not in the source`);
  }
  return notes.join(", ");
}

export function explainVerified(speaker: string | null, basis: readonly Located[]): string {
  const exact = basis.filter((l) => l.exact);
  const others = basis.filter(
    (l) => !l.exact && !exact.some((e) => e.occurrence.document === l.occurrence.document),
  );
  const where = `${listSources(exact)}${earliest(exact)}`;
  const plural = new Set(others.map((l) => sourceName(l.occurrence))).size > 1;
  const also =
    others.length > 0
      ? `; ${listSources(others)} ${plural ? "carry" : "carries"} it with small differences`
      : "";
  if (speaker) return `${speaker} said this, word for word, as reported by ${where}${also}.`;
  return `These words appear word for word as a quotation in ${where}, but the source does not say who said them${also}.`;
}

export function explainVariant(
  speaker: string | null,
  basis: readonly Located[],
  diff: readonly DiffPart[],
): string {
  const who = speaker ?? "Someone the source does not name";
  const differences = describeDiff(diff);
  const how = differences ? ` (${differences})` : "";
  return `${who} said this in slightly different words${how}, as reported by ${listSources(basis)}${earliest(basis)}.`;
}

export function explainMisattributed(
  claimed: string,
  speakers: readonly string[],
  basis: readonly Located[],
): string {
  const actual =
    speakers.length === 1 ? speakers[0]! : `${speakers.slice(0, -1).join(", ")} and ${speakers.at(-1)}`;
  const plural = new Set(basis.map((l) => sourceName(l.occurrence))).size > 1;
  return `${listSources(basis)} attribute${plural ? "" : "s"} these words to ${actual}, not ${claimed}.`;
}

export function explainUnquoted(basis: readonly Located[]): string {
  return `These words appear in ${listSources(basis)}, but in the reporter's own narration, not inside anyone's quotation.`;
}

export function explainPartial(
  parts: readonly { text: string; supported: boolean; speaker: string | null; sources: string }[],
): string {
  const found = parts
    .filter((p) => p.supported)
    .map((p) => `“${shorten(p.text, 50)}” (${p.speaker ? `${p.speaker}, ` : ""}${p.sources})`);
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
