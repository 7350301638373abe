/**
 * Hand-resolved referents of PolNeAR pronoun Sources. PolNeAR marks who said a quotation but not who a pronoun
 * Source ("he said") refers to; gold.ts guesses the nearest preceding named Source, which is sometimes someone
 * else. pronoun-referents.json records, for the held-out articles, the person or group a careful reader of the
 * text before each pronoun takes it to mean (null: not determinable from the text), written without looking at
 * what our extractor answers. Listed by dump-pronoun-sources.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface PronounReferent {
  article: string;
  /** Start offset of the pronoun Source in the article text. */
  at: number;
  pronoun: string;
  /** The person or group the pronoun refers to, as the article names it; null when the text does not tell. */
  referent: string | null;
}

/** Per article, the Source's start offset → its hand-resolved referent. */
export type ReferentIndex = ReadonlyMap<string, ReadonlyMap<number, string | null>>;

export const REFERENTS_FILE = fileURLToPath(new URL("./pronoun-referents.json", import.meta.url));

export function indexReferents(entries: readonly PronounReferent[]): ReferentIndex {
  const index = new Map<string, Map<number, string | null>>();
  for (const e of entries) {
    const byOffset = index.get(e.article) ?? new Map<number, string | null>();
    byOffset.set(e.at, e.referent);
    index.set(e.article, byOffset);
  }
  return index;
}

/** The annotations, or none when the file is absent. */
export function loadReferents(file = REFERENTS_FILE): ReferentIndex {
  if (!existsSync(file)) return new Map();
  return indexReferents(JSON.parse(readFileSync(file, "utf8")) as PronounReferent[]);
}
