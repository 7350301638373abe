import { nameSource, type SourceNames } from "../src/core/source-name.js";

/**
 * Small pieces of wording every answer and every front end shares, written once: counts, "and N more", and how a
 * source is named.
 */

/** "1 quotation", "2,225 articles". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** The noun of a list in the singular: "sources" → "source", "quotations" → "quotation". */
function singular(noun: string): string {
  return /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
}

/** What ends a list that could not be shown whole: "and 12 more sources", "and 1 more wording". */
export function andMore(hidden: number, noun: string): string {
  return `and ${hidden.toLocaleString("en-US")} more ${hidden === 1 ? singular(noun) : noun}`;
}

export { nameSource, type SourceNames, UNKNOWN_OUTLET } from "../src/core/source-name.js";

/** Outlet and headline together where both are known ("NBC News — Iran leaves…"), for lists of sources. */
export function nameSourceWithTitle(names: SourceNames): string {
  const outlet = names.source?.trim();
  const title = names.title?.trim();
  return outlet && title ? `${outlet} — ${title}` : nameSource(names);
}

/** Each source named once, in first-seen order. */
export function distinctSourceNames(sources: readonly SourceNames[]): string[] {
  return [...new Set(sources.map(nameSource))];
}

/** Cuts `value` to at most `max` characters, ending with an ellipsis when cut, never inside a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  if (max <= 0) return "";
  let cut = max - 1;
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${value.slice(0, cut).trimEnd()}…`;
}
