/**
 * A quotation interrupted by its attribution whose closing mark was lost there: `"Absent a force on the ground,
 * he added, "this is how it ends."`. Double marks do not nest inside double marks, so an opening one after
 * `, he added,` inside an open quotation means the first quotation ended at that comma.
 */
import { hasStrongCue } from "./lexicon.js";

/** `, he added, ` / `, Ms Ruiz said, `: a short aside between commas, right before the new opening mark. */
const ASIDE = /,[ \t]+([^,.!?;:"“”\n]{1,40}),[ \t]*$/u;
/** The most words such an aside holds: a speaker (a pronoun or a name with its title) and the verb. */
const MAX_ASIDE_WORDS = 4;
/** Words of a speaker talking to a listener, never of the narration between two quotations. */
export const SPEAKER_WORDS: ReadonlySet<string> = new Set([
  "i",
  "me",
  "my",
  "we",
  "us",
  "our",
  "you",
  "your",
]);

/**
 * Where the open quotation whose words run from `from` lost its closing mark, given a new opening mark at `at`:
 * the comma before an aside that reports speech; or -1.
 */
export function endBeforeAside(body: string, from: number, at: number): number {
  const match = ASIDE.exec(body.slice(from, at));
  if (!match) return -1;
  const words = match[1]!
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .filter((w) => w !== "");
  if (words.length > MAX_ASIDE_WORDS || words.some((w) => SPEAKER_WORDS.has(w))) return -1;
  return hasStrongCue(words) ? from + match.index : -1;
}
