/**
 * Hand judgements of what PolNeAR's short or title-like quoted parts are. PolNeAR marks every quoted stretch inside
 * an attribution's Content, so book and show titles, nicknames, campaign mottoes and the writer's own scare quotes
 * count there as direct quotations; Verbatim deliberately leaves them out, as they are nobody's words. Every gold
 * quoted part of fewer than LONG_QUOTE_WORDS words, or with every content word capitalised, in every article, was
 * judged from its context alone by a careful reader following QUOTATION-KINDS.md, without seeing what our
 * extractor answers. Longer quoted parts were not judged and all count as quotations, so setting parts aside can
 * only ever be too cautious. quotation-kinds-second.json holds a second reader's independent judgement of a
 * random sample, from which agreement is measured.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ExtractedQuote } from "../../src/core/extract/extracted-quote.js";
import type { GoldQuote } from "./gold.js";
import { coverage } from "./score.js";

export const QUOTATION_KINDS = ["quote", "title", "name", "slogan", "scare", "unclear"] as const;
export type QuotationKind = (typeof QUOTATION_KINDS)[number];

/** Article name → [start, end, kind] of each judged quoted part. */
export type KindsFile = Record<string, Array<[number, number, QuotationKind]>>;

/** Per article, `start:end` of a judged quoted part → its kind. */
export type KindIndex = ReadonlyMap<string, ReadonlyMap<string, QuotationKind>>;

export const KINDS_FILE = fileURLToPath(new URL("./quotation-kinds.json", import.meta.url));
export const SECOND_KINDS_FILE = fileURLToPath(new URL("./quotation-kinds-second.json", import.meta.url));

const key = (start: number, end: number) => `${start}:${end}`;

export function indexKinds(file: KindsFile): KindIndex {
  const index = new Map<string, Map<string, QuotationKind>>();
  for (const [article, parts] of Object.entries(file)) {
    index.set(article, new Map(parts.map(([start, end, kind]) => [key(start, end), kind])));
  }
  return index;
}

export function loadKinds(file = KINDS_FILE): KindIndex {
  return existsSync(file) ? indexKinds(JSON.parse(readFileSync(file, "utf8")) as KindsFile) : new Map();
}

/** Nobody's words: a title, a name, a motto or the writer's own scare quotes. Unclear parts stay quotations. */
export function isSetAside(kind: QuotationKind | undefined): boolean {
  return kind === "title" || kind === "name" || kind === "slogan" || kind === "scare";
}

export interface JudgedDocument {
  gold: GoldQuote[];
  ours: ExtractedQuote[];
  setAside: number;
}

/**
 * The gold quotations a reader judged to be someone's words, and ours without those that lie mostly on a part
 * set aside: extracting a title is then neither right nor wrong, as missing it is not a miss.
 */
export function judgeDocument(
  gold: readonly GoldQuote[],
  ours: readonly ExtractedQuote[],
  kinds: ReadonlyMap<string, QuotationKind> | undefined,
): JudgedDocument {
  const aside = gold.filter((g) => isSetAside(kinds?.get(key(g.start, g.end))));
  if (aside.length === 0) return { gold: [...gold], ours: [...ours], setAside: 0 };
  const kept = gold.filter((g) => !aside.includes(g));
  const spans = new Set(aside.map((g) => key(g.start, g.end)));
  const keptOurs = ours.filter(
    (o) => coverage(o.start, o.end, aside) < 0.5 || coverage(o.start, o.end, kept) >= 0.5,
  );
  return { gold: kept, ours: keptOurs, setAside: spans.size };
}

export interface KindAgreement {
  /** Parts both readers judged. */
  total: number;
  /** Both set the part aside, or both kept it as a quotation. */
  agree: number;
  /** Cohen's kappa over that yes/no judgement. */
  kappa: number;
}

/** How far two readers agree on setting parts aside, over the parts both judged. */
export function kindAgreement(first: KindIndex, second: KindIndex): KindAgreement {
  let total = 0;
  let agree = 0;
  let firstAside = 0;
  let secondAside = 0;
  for (const [article, parts] of second) {
    for (const [span, kind] of parts) {
      const other = first.get(article)?.get(span);
      if (other === undefined) continue;
      total++;
      const a = isSetAside(other);
      const b = isSetAside(kind);
      if (a === b) agree++;
      if (a) firstAside++;
      if (b) secondAside++;
    }
  }
  if (total === 0) return { total, agree, kappa: 0 };
  const observed = agree / total;
  const pa = firstAside / total;
  const pb = secondAside / total;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  const kappa = chance === 1 ? 1 : (observed - chance) / (1 - chance);
  return { total, agree, kappa: Math.round(kappa * 1000) / 1000 };
}
