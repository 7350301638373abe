/** What is known of where a passage was published. */
export interface SourceNames {
  source?: string | null | undefined;
  title?: string | null | undefined;
}

export const UNKNOWN_OUTLET = "unknown outlet";

/**
 * A source as readers know it: the outlet, else the headline in quotation marks, else "unknown outlet" — never the
 * file it was read from, which means nothing to a reader. Every answer, list and digest names sources this way.
 */
export function nameSource(names: SourceNames): string {
  const outlet = names.source?.trim();
  if (outlet) return outlet;
  const title = names.title?.trim();
  return title ? `“${title}”` : UNKNOWN_OUTLET;
}
