import type { Speaker } from "../types.js";

/** The speaker the user named, and the canonical speaker the directory matched it to (null when none). */
export interface Claim {
  name: string;
  resolved: Speaker | null;
}

const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "dame",
  "lord",
  "president",
  "sen",
  "senator",
  "rep",
  "gen",
  "general",
  "minister",
  "foreign",
  "prime",
  "secretary",
  "supreme",
  "leader",
  "ayatollah",
  "king",
  "queen",
  "prince",
  "chancellor",
]);

function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !TITLES.has(w));
}

/**
 * Whether the corpus speaker is the one claimed: the directory's canonical match, or else every word of the
 * claimed name (titles aside) appearing in the speaker's name or in the mention at the attribution ("Zarif" for
 * "Mohammad Javad Zarif"), so a claim still counts when the directory does not know the name or guessed another.
 */
export function claimMatches(claim: Claim, speaker: string, mention: string | null): boolean {
  const { resolved } = claim;
  if (resolved && (resolved.name === speaker || resolved.aliases.includes(speaker))) return true;
  const claimed = nameWords(claim.name);
  if (claimed.length === 0) return false;
  // The source names only a surname ("Hicks", "Mr. Prince"): a claim of that surname with a given name is the
  // same person as far as the source can tell.
  const [only, ...more] = nameWords(speaker);
  if (only !== undefined && more.length === 0 && claimed.length > 1 && claimed.at(-1) === only) return true;
  // A directory match on the very name is final. Otherwise it was a guess (by surname, or fuzzy), and a speaker
  // whose name holds every word of the claim ("Richardson White" in "Anna Richardson White") is the one meant.
  if (resolved && [resolved.name, ...resolved.aliases].some((form) => sameWords(nameWords(form), claimed)))
    return false;
  const candidates = [nameWords(speaker), mention ? nameWords(mention) : []];
  return candidates.some((words) => words.length > 0 && claimed.every((w) => words.includes(w)));
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);
