/**
 * The probe set: each probe is a query (a quotation, sometimes with a claimed speaker) made from the shared
 * corpora by a seeded generator, with the verdict a careful reader of the corpus would give fixed when it is made.
 * Probes are split in two halves by source article: one to calibrate confidence on, one held out to report.
 */
import { createRng, type Rng } from "../../bench/rng.js";
import type { Verdict } from "../../src/core/types.js";
import type { EvalArticle, EvalCorpus } from "./eval-corpus.js";
import {
  addTypos,
  changeNumber,
  contentWords,
  dropFunctionWord,
  flipNegation,
  inflect,
  plainWords,
  replaceWord,
  respell,
  words,
} from "./mutate.js";
import { narrationOf, type Passage, quotationsOf } from "./passages.js";

export const PROBE_KINDS = {
  exact: "verified",
  punctuation: "verified",
  typo: "variant",
  spelling: "variant",
  inflection: "variant",
  "function-word": "variant",
  number: "misquoted",
  "negation-inside": "misquoted",
  "negation-start": "misquoted",
  "word-replaced": "misquoted",
  splice: "partial",
  narration: "unquoted",
  "speaker-right": "verified",
  "speaker-wrong": "misattributed",
  "speaker-unnamed": "unattributed",
  "twin-quotation": "verified",
  "twin-narration": "unquoted",
  invented: "not_found",
} as const satisfies Record<string, Verdict>;

export type ProbeKind = keyof typeof PROBE_KINDS;
export type Half = "calibration" | "held-out";

export interface Probe {
  id: string;
  kind: ProbeKind;
  quote: string;
  speaker?: string;
  expected: Verdict;
  /** The article the probe's words come from (the first, for a splice). */
  article: string;
  /** The gold Source of the quotation, as written (PolNeAR only), for reading failures. */
  goldSource?: string;
  half: Half;
}

export interface ProbeOptions {
  seed: number;
  /** Probes per kind (fewer when the corpus offers fewer). */
  perKind: number;
}

/** FNV-1a: a stable hash, so an article's half never depends on the order anything was read in. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const halfOf = (articleId: string, seed: number): Half =>
  hash(`${seed}:${articleId}`) % 2 === 0 ? "calibration" : "held-out";

/** Words from..to of the text, as written. */
function slice(text: string, from: number, to: number): string {
  const all = words(text);
  return text.slice(all[from]!.start, all[to - 1]!.end);
}

const NEGATION = /^(?:not|no|never|nothing|nobody|none|neither|nor|nowhere|cannot|without)$|n['’]t$/i;

/**
 * A stretch of 7 to 20 words (all of a short text), from its start when `atStart`. A stretch never begins just
 * after a negation or ends just before one: "seek escalation or war" cut from "not seek escalation or war" is not
 * an exact quotation but a changed one.
 */
function window(text: string, rng: Rng, atStart = false): string {
  const all = words(text);
  const count = all.length;
  const length = Math.min(count, rng.int(7, 20));
  const cuts = (from: number) =>
    NEGATION.test(all[from - 1]?.text ?? "") || NEGATION.test(all[from + length]?.text ?? "");
  let from = atStart ? 0 : rng.int(0, count - length);
  for (let tries = 0; !atStart && cuts(from) && tries < 10; tries++) from = rng.int(0, count - length);
  if (cuts(from)) from = 0;
  const end = NEGATION.test(all[from + length]?.text ?? "") ? from + length + 1 : from + length;
  return slice(text, from, Math.min(count, end));
}

const TITLES =
  /^(?:(?:The|And|But|As|So|Then|When|While|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|President|Senator|Governor|Secretary|Speaker|Former|Vice|Republican|Democratic|presidential|candidate)\.?\s+)+/;

/**
 * The person a gold Source names, as the article gives the name in full nearest before the Source ("Mr. Obama" →
 * "Barack Obama"); null when the article names two people with that surname, or none in full.
 */
function fullName(source: string, body: string, at: number | null): string | null {
  const head = source
    .replace(/\([^)]*\)/g, " ")
    .split(/,|\s(?:of|who|from|at|for|with|to)\s/)[0]!
    .trim();
  const surname = head
    .replace(/['’]s$/, "")
    .split(/\s+/)
    .at(-1);
  if (!surname || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
  const pattern = new RegExp(`(\\p{Lu}\\p{Ll}+)(?:[ \\t]+(\\p{Lu}\\.))?[ \\t]+${surname}\\b`, "gu");
  const forms = [...body.matchAll(pattern)]
    .filter((m) => !TITLES.test(`${m[1]} `))
    .map((m) => ({ name: m[0].replace(/\s+/g, " "), at: m.index }));
  const names = new Set(forms.map((f) => f.name.split(" ")[0]));
  if (names.size !== 1) return null;
  const before = forms.filter((f) => at === null || f.at <= at).at(-1);
  return (before ?? forms[0]!).name;
}

function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

interface Pools {
  quotations: Passage[];
  narration: Passage[];
  twinQuotations: Passage[];
  twinNarration: Passage[];
  outside: Passage[];
  people: string[];
  contentPool: string[];
}

function pools(corpus: EvalCorpus, rng: Rng): Pools {
  const of = (items: EvalArticle[], twinned: boolean) =>
    items.filter((i) => corpus.twinned.has(i.article.id) === twinned);
  const quotations = of(corpus.inside, false).flatMap(quotationsOf);
  const people = [
    ...new Set(
      quotations
        .filter((p) => p.person)
        .map((p) => fullName(p.source!, p.item.article.body, p.sourceAt))
        .filter((n): n is string => (n ?? "").includes(" ")),
    ),
  ].sort();
  return {
    quotations,
    narration: of(corpus.inside, false).flatMap(narrationOf),
    twinQuotations: of(corpus.inside, true).flatMap(quotationsOf),
    twinNarration: of(corpus.inside, true).flatMap(narrationOf),
    outside: corpus.outside.flatMap((i) => [...quotationsOf(i), ...narrationOf(i)]),
    people,
    contentPool: sample(quotations, 2000, rng).flatMap((p) => contentWords(p.text)),
  };
}

/** Someone else: a person quoted elsewhere whose surname the article never uses. */
function someoneElse(people: readonly string[], body: string, rng: Rng): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const person = rng.pick(people);
    if (!body.includes(person.split(" ").at(-1)!)) return person;
  }
  return null;
}

type Maker = (p: Passage, rng: Rng) => { quote: string; speaker?: string } | null;

export function makeProbes(
  corpus: EvalCorpus,
  known: ReadonlySet<string>,
  inCorpus: (text: string) => boolean,
  options: ProbeOptions,
): Probe[] {
  const rng = createRng(options.seed);
  const p = pools(corpus, rng);
  const probes: Probe[] = [];
  const make = (kind: ProbeKind, from: readonly Passage[], maker: Maker) => {
    let made = 0;
    for (const passage of sample(from, from.length, rng)) {
      if (made >= options.perKind) break;
      const query = maker(passage, rng);
      if (!query || query.quote.length < 10) continue;
      const article = passage.item.article.id;
      probes.push({
        id: `${kind}-${made}`,
        kind,
        ...query,
        expected: PROBE_KINDS[kind],
        article,
        ...(passage.source ? { goldSource: passage.source } : {}),
        half: halfOf(article, options.seed),
      });
      made++;
    }
  };
  const exact: Maker = (q, r) => ({ quote: window(q.text, r) });
  make("exact", p.quotations, exact);
  make("typo", p.quotations, (q, r) => {
    const quote = addTypos(window(q.text, r), r, known);
    return quote ? { quote } : null;
  });
  make("punctuation", p.quotations, (q, r) => {
    const quote = plainWords(window(q.text, r));
    return quote ? { quote } : null;
  });
  make("inflection", p.quotations, (q, r) => {
    const quote = inflect(window(q.text, r), r, known);
    return quote ? { quote } : null;
  });
  make("function-word", p.quotations, (q, r) => {
    const quote = dropFunctionWord(window(q.text, r), r);
    return quote ? { quote } : null;
  });
  make("spelling", p.quotations, (q, r) => {
    const quote = respell(q.text, r, known);
    return quote ? { quote } : null;
  });
  make("number", p.quotations, (q, r) => {
    const quote = changeNumber(q.text, r);
    return quote ? { quote } : null;
  });
  // A negation next to an ellipsis ("not… in the best interests") flips nothing a reader could check.
  const noEllipsis = p.quotations.filter((q) => !/…|\.\.\./.test(q.text));
  make("negation-inside", noEllipsis, (q, r) => {
    const quote = flipNegation(q.text, r, 2, words(q.text).length - 1);
    return quote ? { quote } : null;
  });
  make("negation-start", noEllipsis, (q, r) => {
    const quote = flipNegation(window(q.text, r, true), r, 0, 3);
    return quote ? { quote } : null;
  });
  make("word-replaced", p.quotations, (q, r) => {
    const quote = replaceWord(window(q.text, r), r, p.contentPool);
    return quote ? { quote } : null;
  });
  make("splice", p.quotations, (q, r) => {
    const other = r.pick(p.quotations);
    if (other.item === q.item || words(q.text).length < 6 || words(other.text).length < 6) return null;
    const head = slice(q.text, 0, Math.min(words(q.text).length, r.int(6, 10)));
    const otherCount = words(other.text).length;
    const tail = slice(other.text, Math.max(0, otherCount - r.int(6, 10)), otherCount);
    return { quote: `${head.replace(/[,;:]$/, "")}, ${tail.charAt(0).toLowerCase()}${tail.slice(1)}` };
  });
  make("narration", p.narration, exact);
  make(
    "speaker-right",
    p.quotations.filter((q) => q.person),
    (q, r) => {
      const name = fullName(q.source!, q.item.article.body, q.sourceAt);
      return name ? { quote: window(q.text, r), speaker: name } : null;
    },
  );
  make(
    "speaker-wrong",
    p.quotations.filter((q) => q.person),
    (q, r) => {
      const name = someoneElse(p.people, q.item.article.body, r);
      return name ? { quote: window(q.text, r), speaker: name } : null;
    },
  );
  make(
    "speaker-unnamed",
    p.quotations.filter((q) => q.unnamed),
    (q, r) => {
      const name = someoneElse(p.people, q.item.article.body, r);
      return name ? { quote: window(q.text, r), speaker: name } : null;
    },
  );
  make("twin-quotation", p.twinQuotations, exact);
  make("twin-narration", p.twinNarration, exact);
  make("invented", p.outside, (q, r) => {
    const quote = window(q.text, r);
    return inCorpus(quote) ? null : { quote };
  });
  return probes;
}
