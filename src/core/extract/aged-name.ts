/**
 * "One voter, Guadalupe Ferreira, 35, came …": an age set off by commas right after a name says the name is a
 * person's, so a first word that is also a place ("Guadalupe", "Dallas", "Georgia") is the first name, not a
 * place qualifying a surname ("Texas Gov. Tom Ray", "Iraqi Adil Mahdi").
 */
import { isPlaceWord } from "./lexicon-tags.js";
import type { Mention } from "./mention.js";
import type { Token } from "./tokens.js";

/** An age as a newspaper writes it after a name: one to three digits, closed by a comma or the sentence's end. */
function agedAfter(tokens: readonly Token[], end: number): boolean {
  return (
    tokens[end]?.text === "," &&
    /^\d{1,3}$/.test(tokens[end + 1]?.text ?? "") &&
    /^[,.;]$/.test(tokens[end + 2]?.text ?? "")
  );
}

/** The mention read from the two words at `first` and `first + 1`, with a place word before an age's name kept. */
export function withAgedFirstName(
  mention: Mention | null,
  tokens: readonly Token[],
  first: number,
  last: number,
): Mention | null {
  if (mention?.kind !== "person" || last !== first + 1 || /\s/.test(mention.name)) return mention;
  const given = tokens[first]!;
  if (!isPlaceWord(given.lower) || !agedAfter(tokens, last + 1)) return mention;
  return { ...mention, name: `${given.text} ${mention.name}`, gender: null };
}
