/** A few words quoted inside a sentence of narration, which speaker-candidates.ts weighs apart. */

/** At most this many words quoted inside a sentence make a fragment (5 and 12 did a little worse in CV). */
const FRAGMENT_WORDS = 8;

/**
 * A few words quoted inside a sentence of narration (`called the plan "reckless"`): not opening its sentence,
 * after no colon or comma. Such fragments are the words of whoever the sentence is about more often than of the
 * last speaker, and are the quotations most often left to nobody.
 */
export function isFragment(body: string, open: number, close: number): boolean {
  if (body.slice(open, close).split(/\s+/).filter(Boolean).length > FRAGMENT_WORDS) return false;
  let i = open - 1;
  while (i >= 0 && /[ \t"“”'‘’]/.test(body[i]!)) i--;
  return i >= 0 && /[\p{L}\p{N}]/u.test(body[i]!);
}
