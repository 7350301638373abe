/**
 * The he/she words after a name in its sentence, a hint at the person's gender ("Clinton said she …"). The oblique
 * forms (his, him, her) are counted apart: they are as often someone else the sentence speaks of ("Hendry backed
 * her rival") as the person named, so they do not outweigh a first name or an honorific (person-genders.ts).
 */
import type { Token } from "./tokens.js";

export interface PronounHints {
  /** +1 for each he/his/him after the name in its sentence, −1 for each she/her. */
  hint: number;
  /** The part of `hint` the oblique forms (his, him, her, hers, himself, herself) make. */
  oblique: number;
}

const MALE = new Set(["he", "his", "him", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);

/** Words a sentence reads past after a name before its pronouns say nothing more of it. */
const REACH = 15;

export function pronounHints(tokens: readonly Token[], end: number): PronounHints {
  let hint = 0;
  let oblique = 0;
  for (let i = end; i < tokens.length && i < end + REACH; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && (t.text === "." || t.text === "!" || t.text === "?")) break;
    // Every pronoun counted is a word starting "h" or "s": a character test spares most tokens two lookups.
    const initial = t.lower.charCodeAt(0);
    if (t.kind !== "word" || (initial !== 104 && initial !== 115)) continue;
    const sign = MALE.has(t.lower) ? 1 : FEMALE.has(t.lower) ? -1 : 0;
    hint += sign;
    if (sign !== 0 && t.lower !== "he" && t.lower !== "she") oblique += sign;
  }
  return { hint, oblique };
}
