/**
 * Gold direct quotations from PolNeAR: the quoted parts (inside quotation marks) of every attribution's Content
 * span, each with the gold Source as written and, for pronouns, the nearest preceding named Source.
 */
import type { Attribution, PolnearDocument } from "./load-polnear.js";

export type SourceCategory = "name" | "pronoun" | "other";

export interface GoldQuote {
  start: number;
  end: number;
  source: string | null;
  category: SourceCategory;
  /** The name to compare with: the Source itself, or for a pronoun the nearest preceding named Source. */
  expected: string | null;
  /**
   * For a pronoun Source resolved by hand (referents.ts): who it refers to, or null when the text does not tell;
   * undefined when not annotated.
   */
  referent?: string | null;
}

const PRONOUNS = new Set(["he", "she", "they", "him", "his", "her", "them", "their"]);
/**
 * Function words that open a Source with a capital only because they open its sentence ("It said", "Another
 * tweeted", "At least half of voters say", "From Donald Trump's …"): never a name.
 */
const NON_NAME_FIRST = new Set(
  `the a an i one some many several two three this that these those it its another other others both each every
  all most few such we we've we’ve you your our my at from in on for by with according`.split(/\s+/),
);

/** Quoted parts of a stretch of text: between paired marks, or from an opening mark to the stretch's end. */
const QUOTED =
  /“([^”\n]+)”?|"([^"\n]+)"?|''((?:(?!'')[^\n])+)(?:'')?|(?<![\p{L}\p{N}])‘([^’\n]+)’(?![\p{L}])/gu;

export function quotedParts(text: string, offset: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    const innerStart = m.index + m[0].indexOf(inner);
    const trimmed = inner.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = offset + innerStart + inner.indexOf(trimmed);
    parts.push([start, start + trimmed.length]);
  }
  return parts;
}

export function categorise(source: string | null): SourceCategory {
  if (!source) return "other";
  const words = source.trim().split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return "pronoun";
  const named = words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && NON_NAME_FIRST.has(w.toLowerCase())));
  return named ? "name" : "other";
}

function sourceText(doc: PolnearDocument, a: Attribution): string | null {
  if (!a.source) return null;
  return a.source.ranges.map(([s, e]) => doc.article.body.slice(s, e)).join(" ");
}

const NOT_PERSON = new Set(
  `times post news journal press poll polls survey campaign campaigns party committee house office department
  network magazine tribune herald institute center centre foundation association administration government
  court council group agency service university reports report website page statement ad ads democrats
  republicans`.split(/\s+/),
);

/** A Source naming a person ("Mr. Obama", "Joel Pollak of Breitbart"), not an outlet, poll or organisation. */
export function namesPerson(source: string): boolean {
  // "Bloomberg's pollster, Douglas Schoen,": the name may stand in apposition after the description.
  const [head = "", apposition = ""] = source.replace(/\([^)]*\)/g, " ").split(",");
  return (
    isPersonName(head) || (!isPersonName(head) && /^\s*\p{Lu}/u.test(apposition) && isPersonName(apposition))
  );
}

function isPersonName(phrase: string): boolean {
  const head = phrase.split(/\s(?:of|who|from|at|for|with)\s/)[0] ?? "";
  const words = head
    .replace(/['’]s?\b/g, "")
    .split(/[^\p{L}.-]+/u)
    .filter(Boolean);
  const last = words.at(-1) ?? "";
  if (!/^\p{Lu}\p{Ll}/u.test(last)) return false;
  return !words.some((w) => NOT_PERSON.has(w.toLowerCase()));
}

/** `referents`: hand-resolved referents of this article's pronoun Sources, by the Source's start offset. */
export function goldQuotes(
  doc: PolnearDocument,
  referents: ReadonlyMap<number, string | null> = new Map(),
): GoldQuote[] {
  const named = doc.attributions
    .filter((a) => a.source && categorise(sourceText(doc, a)) === "name")
    .map((a) => ({ at: a.source!.ranges[0]![0], name: sourceText(doc, a)! }))
    .sort((x, y) => x.at - y.at);
  const gold: GoldQuote[] = [];
  for (const a of doc.attributions) {
    if (!a.content) continue;
    const source = sourceText(doc, a);
    const category = categorise(source);
    let expected = category === "name" ? source : null;
    let referent: string | null | undefined;
    if (category === "pronoun") {
      const at = a.source!.ranges[0]![0];
      referent = referents.get(at);
      const pool = /^(?:they|them|their)$/i.test(source!.trim())
        ? named
        : named.filter((n) => namesPerson(n.name));
      expected = pool.filter((n) => n.at < at).at(-1)?.name ?? null;
    }
    for (const [s, e] of a.content.ranges) {
      for (const [start, end] of quotedParts(doc.article.body.slice(s, e), s)) {
        gold.push({
          start,
          end,
          source,
          category,
          expected,
          ...(referent === undefined ? {} : { referent }),
        });
      }
    }
  }
  return gold;
}
