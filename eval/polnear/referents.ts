/**
 * Hand-resolved referents of PolNeAR pronoun Sources. PolNeAR marks who said a quotation but not who a pronoun
 * Source ("he said") refers to; gold.ts guesses the nearest preceding named Source, which is sometimes someone
 * else. pronoun-referents.json records, for the held-out articles, the person or group a careful reader of the
 * text before each pronoun takes it to mean (null: not determinable from the text), written without looking at
 * what our extractor answers; pronoun-referents-tune-*.json do the same for the tuning articles, in parts. Listed
 * by dump-pronoun-sources.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

/** The annotations of `file` and of its tuning parts beside it (`<name>-tune-<n>.json`), or none. */
export function loadReferents(file = REFERENTS_FILE): ReferentIndex {
  const dir = path.dirname(file);
  const stem = path.basename(file, ".json");
  const parts = existsSync(dir)
    ? readdirSync(dir).filter((name) => name.startsWith(`${stem}-tune-`) && name.endsWith(".json"))
    : [];
  const files = [...(existsSync(file) ? [file] : []), ...parts.sort().map((name) => path.join(dir, name))];
  return indexReferents(files.flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as PronounReferent[]));
}
