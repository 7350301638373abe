/**
 * A naive reference over the corpus text, independent of the matcher: the words it uses (so a generated typo is
 * never a real word) and its four-word phrases (so an "invented" quotation shares none of them with the corpus).
 */
import type { Article } from "../../src/core/types.js";

const PHRASE = 4;

function hash(words: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 32;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const plainWords = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function wordsOfCorpus(articles: readonly Article[]): {
  known: Set<string>;
  sharesPhrase: (text: string) => boolean;
} {
  const known = new Set<string>();
  const phrases = new Set<number>();
  for (const article of articles) {
    const words = plainWords(article.body);
    for (let i = 0; i < words.length; i++) {
      known.add(words[i]!);
      if (i + PHRASE <= words.length) phrases.add(hash(words.slice(i, i + PHRASE)));
    }
  }
  return {
    known,
    sharesPhrase: (text) => {
      const words = plainWords(text);
      for (let i = 0; i + PHRASE <= words.length; i++)
        if (phrases.has(hash(words.slice(i, i + PHRASE)))) return true;
      return false;
    },
  };
}
